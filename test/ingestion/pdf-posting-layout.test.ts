import { bodySize, type LaidOutRow, postingColumnText } from '../../src/documents/pdf-posting-layout';
import { parsePosting } from '../../src/parsing/posting';
import { skillsOf, taxonomy } from '../parsing/posting/helpers';

// Rows as a PDF export of a posting lays them out: A4, 48 pt margins, body text at 10 pt.
const row = (text: string, size = 10): LaidOutRow => ({
  text,
  size,
  charWidth: size * 0.5,
  right: 48 + text.length * size * 0.5,
});

describe('a posting PDF read back from its layout (issue 10)', () => {
  const rows = [
    row('Site Reliability Engineer', 12),
    row('You may be a fit for this role if you:'),
    row('• Know your way around Kubernetes, Grafana, Prometheus, MySQL, Cassandra, Linux and the Unix Shell.'),
    row('• Have experience with GKE, Nginx, Docker, Terraform or similar technologies, and love sharing your'),
    row('  learnings with other folks through Meetups, Conference talks and so forth.'),
    row('Leveling of Site Reliability Engineering', 12),
    row('• Implement "Infrastructure as Code" using Terraform, Flux, Helm and GitLab/Jenkins/Travis CI/CD, for'),
    row('automation'),
  ];

  it('writes rows set larger than the body as headings and joins a row that wrapped onto the next', () => {
    const text = postingColumnText(rows, bodySize(rows));
    expect(text.split('\n')).toEqual([
      '## Site Reliability Engineer',
      'You may be a fit for this role if you:',
      '• Know your way around Kubernetes, Grafana, Prometheus, MySQL, Cassandra, Linux and the Unix Shell.',
      '• Have experience with GKE, Nginx, Docker, Terraform or similar technologies, and love sharing your learnings with other folks through Meetups, Conference talks and so forth.',
      '## Leveling of Site Reliability Engineering',
      '• Implement "Infrastructure as Code" using Terraform, Flux, Helm and GitLab/Jenkins/Travis CI/CD, for automation',
    ]);
  });

  it('keeps short rows, sentence ends and list items as lines of their own', () => {
    const short = [
      row('Requirements'),
      row('• Python'),
      row('• Go'),
      row('Experience with Kubernetes and Terraform in production at scale is expected of you.'),
      row('Nice to have'),
    ];
    expect(postingColumnText(short, 10).split('\n')).toEqual([
      'Requirements',
      '• Python',
      '• Go',
      'Experience with Kubernetes and Terraform in production at scale is expected of you.',
      'Nice to have',
    ]);
  });

  it('joins a word broken at a hyphen at the row end without a space', () => {
    const broken = [
      row('• Expertise in user centered design, including organizational re-design, change management and user-'),
      row('centered research with high tech start-ups'),
    ];
    expect(postingColumnText(broken, 10).split('\n')).toEqual([
      '• Expertise in user centered design, including organizational re-design, change management and user-centered research with high tech start-ups',
    ]);
  });

  it('starts a new line at a row set further apart than the line spacing, though its bullet is no text', () => {
    // Rows that fill the column end at its right edge; the short ones end where their text does.
    const at = (r: LaidOutRow, y: number): LaidOutRow => ({ ...r, y, right: r.text.length > 60 ? 550 : r.right });
    const items = [
      at(
        row('Experience developing scalable data systems, data modeling and the pipelines that feed all of them'),
        500,
      ),
      at(row('for analytics'), 490),
      at(row('3+ years of relevant experience developing scalable data systems and data modeling in production'), 475),
      at(row('at scale'), 465),
      at(row('Experience developing solutions in Spark'), 450),
      at(
        row('Experience working with Python, Java or any other equivalent programming languages in production data'),
        435,
      ),
      at(row('at scale'), 425),
    ];
    expect(postingColumnText(items, 10).split('\n')).toEqual([
      'Experience developing scalable data systems, data modeling and the pipelines that feed all of them for analytics',
      '3+ years of relevant experience developing scalable data systems and data modeling in production at scale',
      'Experience developing solutions in Spark',
      'Experience working with Python, Java or any other equivalent programming languages in production data at scale',
    ]);
  });

  it('lets the parser close the requirements at a heading the PDF gave only by its size', () => {
    const { posting } = parsePosting(postingColumnText(rows, bodySize(rows)), taxonomy());
    expect(posting.title).toBe('Site Reliability Engineer');
    const required = skillsOf(posting.requirements, 'REQUIRED');
    expect(required).toEqual(expect.arrayContaining(['Kubernetes', 'Docker', 'Terraform']));
    for (const duty of ['FLUX', 'Helm', 'Jenkins', 'Travis CI']) expect(required).not.toContain(duty);
  });
});
