import { MAX_UNKNOWN_REQUIREMENTS, parsePosting } from '../../../src/parsing/posting';
import { taxonomy } from './helpers';

const read = (...lines: string[]) => parsePosting(['Software Engineer', '', ...lines].join('\n'), taxonomy());

describe('unknown requirements: terms the taxonomy does not know stay in the result', () => {
  it('keeps each with its text, the line it came from and that line’s importance, never as a skill', () => {
    const { posting, unknownRequirements } = read(
      'Requirements',
      '- Experience with Python and Zorblax 3.0',
      '',
      'Nice to have',
      '- Familiarity with FrobDB',
    );
    expect(unknownRequirements).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          text: 'Zorblax 3.0',
          importance: 'REQUIRED',
          label: 'Experience with Python and Zorblax 3.0',
        }),
        expect.objectContaining({ text: 'FrobDB', importance: 'PREFERRED', label: 'Familiarity with FrobDB' }),
      ]),
    );
    const skills = posting.requirements.flatMap((g) => g.skills);
    expect(skills).toContain('Python');
    expect(skills).not.toContain('Zorblax 3.0');
    expect(skills).not.toContain('FrobDB');
  });

  it('keeps a standard’s number and a list item’s whole name', () => {
    const { unknownRequirements } = read(
      'Requirements',
      '- Release processes (GitHub Actions, PEP 740)',
      '- Token handling as in RFC 7519',
      '- Fipay Payment Engine',
    );
    const texts = unknownRequirements.map((u) => u.text);
    expect(texts).toEqual(expect.arrayContaining(['PEP 740', 'RFC 7519', 'Fipay Payment Engine']));
  });

  it('offers the known skills spelled like a misspelt one', () => {
    const { unknownRequirements } = read('Requirements', '- Experience running Kubernets clusters');
    const term = unknownRequirements.find((u) => u.text === 'Kubernets');
    expect(term?.suggestions).toContain('Kubernetes');
  });

  it('lists a term once, as required when a required line names it too', () => {
    const { unknownRequirements } = read(
      'Nice to have',
      '- Some FrobDB tuning',
      '',
      'Requirements',
      '- Experience with FrobDB',
    );
    expect(unknownRequirements.filter((u) => u.text === 'FrobDB')).toEqual([
      expect.objectContaining({ importance: 'REQUIRED', label: 'Experience with FrobDB' }),
    ]);
  });

  it('reads them only from requirement lines, not from duties or benefits', () => {
    const { unknownRequirements } = read(
      'Responsibilities',
      '- Migrate our Zorblax 3.0 services',
      '',
      'Benefits',
      '- A FrobDB conference ticket',
      '',
      'Requirements',
      '- Experience with Python',
    );
    expect(unknownRequirements).toEqual([]);
  });

  it('reads no skill or term in a web or mail address, or a clock time', () => {
    const { posting, unknownRequirements } = read(
      'Requirements',
      '- Experience with Python; see https://www.example.org/jobs/Zorblax-team or write to jobs@example.org by 5:00pm',
    );
    expect(posting.requirements.flatMap((g) => g.skills)).toEqual(['Python']);
    expect(unknownRequirements).toEqual([]);
  });

  it('keeps at most a bounded number, and a warning counts the rest', () => {
    const terms = Array.from({ length: MAX_UNKNOWN_REQUIREMENTS + 5 }, (_, i) => `Qx${i}lang`);
    const { unknownRequirements, warnings } = read('Requirements', `- Python, ${terms.join(', ')}`);
    expect(unknownRequirements).toHaveLength(MAX_UNKNOWN_REQUIREMENTS);
    expect(warnings.map((w) => w.message)).toContainEqual(expect.stringMatching(/^5 more technical-looking terms/u));
  });
});
