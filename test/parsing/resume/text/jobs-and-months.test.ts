import { NotAResumeDocumentError } from '../../../../src/parsing/resume/text';
import { parse, months } from './parse-helpers';

describe('parseResumeText: jobs and their months', () => {
  it('gives a job held in two summers the months of both', () => {
    const r = parse('Ann Lee\nann@lee.dev\nEXPERIENCE\nData Scientist, Lucena  Summer 2012 and 2013\n- Python backend');
    expect(months(r)).toEqual({ 'Data science': 6, Python: 6, 'Back-end development': 6 });
    expect(r.work.map((w) => [w.title, w.employer])).toEqual([['Data Scientist', 'Lucena']]);
  });

  it('merges overlapping jobs naming the same skill', () => {
    const r = parse(`Ann Lee
ann@lee.dev
EXPERIENCE
Backend Developer, Alpha — January 2019 - December 2020
- TypeScript services
Consultant, Beta — Jan 2020 – Jun 2021
- TypeScript tooling
`);
    // 2019-01 .. 2021-06 is 30 months, not 24 + 18.
    expect(months(r).TypeScript).toBe(30);
  });

  it('reads every date form of the issue', () => {
    const r = parse(`Bo Chen
bo@chen.dev
EXPERIENCE
Engineer, A — 2018–2020
- Rust
Engineer, B — Sep. 2020 to Aug. 2022
- Elixir
Engineer, C — 2021 – now
- Scala
`);
    const m = months(r);
    expect(m.Rust).toBe(36);
    expect(m.Elixir).toBe(24);
    // 2021-01-01 to 2026-12-03.
    expect(m.Scala).toBe(71);
  });

  it('reads a range whose dash is a minus sign or a figure dash', () => {
    const r = parse(
      'Bo Chen\nbo@chen.dev\nEXPERIENCE\nEngineer, A  Sep. 2017 \u2212 Aug. 2019\n- Rust\nEngineer, B  2020 \u2012 2021\n- Elixir',
    );
    expect(months(r)).toMatchObject({ Rust: 24, Elixir: 24 });
  });

  it('warns about what it cannot read', () => {
    const r = parse('EXPERIENCE\nEngineer, X — Mar 2021 – Jan 2020\n- Java\nSKILLS\nJava, Frobnicator 3000');
    const codes = r.warnings.map((w) => w.code);
    expect(codes).toEqual(
      expect.arrayContaining(['END_BEFORE_START', 'UNKNOWN_SKILL', 'MISSING_NAME', 'MISSING_EMAIL']),
    );
    expect(r.candidate.name).toBe('Unnamed candidate');
    expect(months(r).Java).toBeNull();
  });

  it('refuses a memo and an invoice', () => {
    const memo =
      'MEMORANDUM\nTo: All staff\nFrom: IT\nDate: March 3, 2026\nSubject: Python upgrade\nPlease upgrade Python by Friday.';
    const invoice =
      'INVOICE #2041\nBill to: Acme Corp\nQty  Item  Unit price\n3  Java consulting hours  120.00\nSubtotal 360.00\nAmount due 360.00';
    expect(() => parse(memo)).toThrow(NotAResumeDocumentError);
    expect(() => parse(memo)).toThrow(/memo/);
    expect(() => parse(invoice)).toThrow(/invoice/);
  });

  it("reads a résumé's skeleton (a name, an e-mail, sections with nothing to import) with warnings", () => {
    const r = parse(
      ['Ada Byron', 'ada@example.org', 'Education', 'Home tutoring, London', 'Awards', 'Medal'].join('\n'),
    );
    expect([r.name, r.email, r.skills, r.education]).toEqual(['Ada Byron', 'ada@example.org', [], []]);
    expect(r.warnings.map((w) => w.code)).toContain('NO_SKILLS');
    // The same sections with no one to reach are still no résumé.
    expect(() => parse(['Education', 'The training budget is frozen until May.'].join('\n'))).toThrow(
      NotAResumeDocumentError,
    );
  });

  it('reads a résumé whose headings were lost by its job lines: summary, jobs, education', () => {
    // A Word file converted from LaTeX, its headings drawings: no heading line is left.
    const r = parse(`Data engineer building analytics platforms with Python and dbt.
Programming Python, SQL, Bash
Senior Data Engineer  Acme  Remote  2024 – 2026
Owned a Redshift platform with ELT pipelines in dbt.
Data Engineer  Beta  Remote  2021 – 2023
Built pipelines with Selenium and Lambda.
Bachelor of Computer Applications  Open University  2017
dbt Fundamentals  dbt Labs  2025`);
    expect(r.work.map((w) => [w.title, w.start, w.end])).toEqual([
      ['Senior Data Engineer', '2024-01', '2026-12'],
      ['Data Engineer', '2021-01', '2023-12'],
    ]);
    const m = months(r);
    // 2024 to today (3 Dec 2026) is 35 months; the certificate's year is no job.
    expect(m.dbt).toBe(35);
    expect(m['Data engineering']).toBe(71);
    expect(m.Selenium).toBe(36);
    expect(m.Bash).toBeNull();
    expect(r.education.map((e) => [e.level, e.status])).toEqual([['BACHELOR', 'COMPLETED']]);
  });
});
