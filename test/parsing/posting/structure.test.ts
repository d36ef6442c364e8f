import { parsePosting, parsePostings, splitPostings } from '../../../src/parsing/posting';
import { removeRepeatedBlocks } from '../../../src/parsing/posting/dedupe';
import { toLines } from '../../../src/parsing/posting/lines';
import { dropTrailingListings } from '../../../src/parsing/posting/trailing-listings';
import { findGroup, fixture, skillsOf, taxonomy } from './helpers';

const parse = (text: string) => parsePosting(text, taxonomy());

describe('repeated blocks', () => {
  const body = [
    'Acme builds tools for field technicians across North America and Europe.',
    'Requirements',
    '- 3+ years of experience with Python',
    '- Experience with PostgreSQL and Redis',
    '- Familiarity with Docker',
    'Nice to have',
    '- Kubernetes',
  ].join('\n');

  it('removes a description pasted twice and reports it', () => {
    const { posting, warnings } = parse(`Backend Engineer\n${body}\n${body}`);
    expect(warnings.find((w) => w.code === 'DUPLICATE_BLOCK_REMOVED')?.at).toBe(
      'Acme builds tools for field technicians across North America and Europe.',
    );
    expect(posting.requirements.filter((g) => g.skills.includes('Python'))).toHaveLength(1);
    expect(posting.description.match(/Acme builds/gu)).toHaveLength(1);
  });

  it('keeps the same list under a required and a preferred heading', () => {
    const list = [
      '- Hands-on experience operating Kubernetes clusters in production',
      '- Experience packaging services with Helm charts',
      '- Experience building dashboards with Prometheus and Grafana',
      '- Experience with Linux system administration and Bash scripting',
    ];
    const text = ['Platform Engineer', 'Required:', ...list, 'Preferred:', ...list].join('\n');
    const { posting, warnings } = parse(text);
    expect(warnings.map((w) => w.code)).not.toContain('DUPLICATE_BLOCK_REMOVED');
    for (const skill of ['Kubernetes', 'Helm', 'Prometheus', 'Bash']) {
      expect(skillsOf(posting.requirements, 'REQUIRED')).toContain(skill);
      expect(skillsOf(posting.requirements, 'PREFERRED')).toContain(skill);
    }
  });

  it('keeps short repeats (a heading or a one-line item used twice)', () => {
    const lines = toLines('Requirements\n- Python\nPreferred\n- Python');
    expect(removeRepeatedBlocks(lines).lines).toHaveLength(4);
  });

  it('reads the same-list fixture: both groups, preferred with more months', () => {
    const { posting } = parse(fixture('same-list-both-headings'));
    expect(findGroup(posting.requirements, 'REQUIRED', ['Python', 'Go'])).toMatchObject({ minMonths: null });
    expect(findGroup(posting.requirements, 'PREFERRED', ['Python', 'Go'])).toMatchObject({ minMonths: 36 });
    expect(findGroup(posting.requirements, 'PREFERRED', ['PostgreSQL'])).toMatchObject({ minMonths: 24 });
  });
});

describe('listings of other jobs pasted after the posting', () => {
  it('drops "title / Company - / City, ST" blocks at the end', () => {
    const lines = toLines(
      'Requirements\n- Go\nEntry Level Back End Developer 2026\nIBM -\nPoughkeepsie, AR\nBack End Software Engineer - (Golang)\nUpfluence -\nLyon, MS',
    );
    const result = dropTrailingListings(lines);
    expect(result.lines.map((l) => l.text)).toEqual(['Requirements', 'Go']);
    expect(result.dropped).toHaveLength(6);
  });

  it('drops everything under "Similar jobs"', () => {
    const { posting, warnings } = parse(
      'Data Engineer\nRequirements\n- SQL\n\nSimilar jobs\nAnalytics Engineer\nAcme\nRemote',
    );
    expect(warnings.map((w) => w.code)).toContain('TRAILING_LISTINGS_DROPPED');
    expect(posting.description).not.toContain('Analytics Engineer');
  });

  it('keeps reading past a "Similar Jobs" sidebar printed beside the text when the requirements come after it', () => {
    const { posting } = parse(
      'Data Engineer\nJob Description\nYou will build pipelines.\nSimilar Jobs\nAnalytics Engineer\n$90K\nRequired Qualifications:\nExperience with Spark and SQL',
    );
    expect(skillsOf(posting.requirements, 'REQUIRED').sort()).toEqual(['Apache Spark', 'SQL']);
  });

  it('keeps a posting that merely ends with a place', () => {
    const lines = toLines('Requirements\n- Go\nOffice:\nAustin, TX');
    expect(dropTrailingListings(lines).dropped).toEqual([]);
  });
});

describe('prose after a requirements list', () => {
  it('skips a closing sentence that asks nothing, keeps a last item that lost its bullet', () => {
    const { posting } = parse(
      [
        'Platform Engineer',
        '',
        'Requirements',
        '- Experience with Go',
        '- Kubernetes',
        'Strong communication skills and experience with Terraform',
        'Our team builds its tools in Python and shares them with the wider community every year.',
      ].join('\n'),
    );
    expect(skillsOf(posting.requirements, 'REQUIRED')).toEqual(
      expect.arrayContaining(['Go', 'Kubernetes', 'Terraform']),
    );
    expect(skillsOf(posting.requirements, 'REQUIRED')).not.toContain('Python');
  });
});

describe('lead-ins inside a requirements section', () => {
  it('keeps reading the competencies after a bold sentence lead-in under Evaluations', () => {
    const { posting } = parse(
      [
        '# Product Manager',
        '',
        '## Evaluations',
        'We will use a method called Category Rating to assess your application.',
        '',
        '**Here’s how it will work:**',
        '',
        'You will be scored based on a review of your application materials, measuring your possession of each of the following competencies:',
        '',
        '- **Communication:** Ability to communicate effectively with a variety of audiences.',
        '- **Leadership:** Ability to effectively lead a cross-functional team to meet product objectives.',
      ].join('\n'),
    );
    expect(skillsOf(posting.requirements, 'REQUIRED')).toEqual(expect.arrayContaining(['Communication', 'Leadership']));
  });
});

describe('several postings in one text', () => {
  it('does not start a posting at a sentence that leads a list in and names a job noun', () => {
    const postings = parsePostings(
      [
        '# Infrastructure Support Engineer',
        '## Experience:',
        '- 2-3 years of experience',
        '## Job Summary:',
        '- Monitoring servers and logs.',
        '',
        '###### The engineer should be willing to work in the following shifts:',
        '- 6 AM - 3 PM',
        '## Job Requirements:',
        '- Must have experience in installing and monitoring Nagios.',
      ].join('\n'),
      taxonomy(),
    );
    expect(postings).toHaveLength(1);
    expect(skillsOf(postings[0].posting.requirements, 'REQUIRED')).toContain('Nagios');
  });

  it('splits two postings pasted one after the other', () => {
    const postings = parsePostings(fixture('two-postings-in-one'), taxonomy());
    expect(postings.map((p) => p.posting.title)).toEqual(['Junior QA Engineer', 'DevOps Engineer']);
    expect(skillsOf(postings[0].posting.requirements, 'REQUIRED')).toContain('Selenium');
    expect(skillsOf(postings[0].posting.requirements, 'REQUIRED')).not.toContain('Jenkins');
    expect(skillsOf(postings[1].posting.requirements, 'REQUIRED')).toEqual(
      expect.arrayContaining(['AWS', 'Jenkins', 'Terraform']),
    );
    expect(postings[0].warnings.map((w) => w.code)).toContain('MULTIPLE_POSTINGS');
    expect(splitPostings(fixture('two-postings-in-one'))).toHaveLength(2);
  });

  it('parsePosting returns the first and says there are more', () => {
    const { posting, warnings } = parse(fixture('two-postings-in-one'));
    expect(posting.title).toBe('Junior QA Engineer');
    expect(warnings.find((w) => w.code === 'MULTIPLE_POSTINGS')?.message).toMatch(/2 postings/u);
  });

  it('reads one posting pasted twice as one', () => {
    const text = fixture('sre-plus-markers');
    const postings = parsePostings(`${text}\n\n${text}`, taxonomy());
    expect(postings).toHaveLength(1);
    expect(postings[0].warnings.map((w) => w.code)).toEqual(expect.arrayContaining(['DUPLICATE_POSTING_REMOVED']));
  });

  it('does not split a single posting with several headings and a rule', () => {
    expect(splitPostings(fixture('startup-markdown'))).toHaveLength(1);
    expect(splitPostings(fixture('bigtech-software-engineer'))).toHaveLength(1);
    expect(splitPostings('')).toEqual([]);
  });
});
