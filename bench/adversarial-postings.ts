/**
 * Posting texts built to find super-linear work in the parser: one short unit repeated to the
 * size limit, laid out as one line, as lines, as bullets, as paragraphs, and under a
 * requirements heading. Shared by the parser's linear-time test and `npm run bench`.
 */

/** A repeated unit and the layouts it is tried in. */
const UNITS: readonly string[] = [
  'C 1 year , ',
  'C , ',
  ', ',
  ' ',
  'Python, ',
  '3+ years of Java and ',
  'at least 2 in Go, 3 years of ',
  '(Python) ',
  'Python (',
  'Software Engineer ',
  'Senior Engineer at Acme ',
  'Senior Software Engineer\n\nRequirements:\n- Python ',
  'Must have ',
  'is a plus; ',
  'one or more of ',
  'Python, Go and/or ',
  'a; and/or ',
  'Communication skills, team player, ',
  'able to learn and/or ',
  'C++/',
  '.NET ',
  'A B ',
  '&amp; ',
  '**a** ',
  'Ã© ',
  'Requirements: ',
  '<!-- ',
  '{% a ',
  'EngineerWe ',
  'APIsThe ',
  'aRequirementsBenefits',
  'xNice-to-havesA1 ',
  'aA',
  'timeWork Schedule:',
  'databasesCreate ',
  'as a Python developer, ',
  'data analysis and ',
  'design, testing, ',
  // Phrases of real postings: each took 150-600 ms at 100 KB (on a loaded machine) while every pattern with the i and
  // u flags ran V8's slow Unicode word-boundary scan over the whole line.
  'degree or at least 2 years ',
  'or equivalent experience ',
  "Bachelor's degree in Computer Science or related field ",
  '3+ years of experience with Python ',
  'nice to have: ',
  '- Java\n',
  '(',
  'e.g. ',
];

const LAYOUTS: readonly (readonly [string, (unit: string) => string, boolean])[] = [
  ['one line', (u) => u, false],
  ['lines', (u) => `${u}\n`, false],
  ['bullets', (u) => `- ${u}\n`, false],
  ['paragraphs', (u) => `${u}\n\n`, false],
  ['one line under Requirements', (u) => u, true],
  ['paragraphs under Requirements', (u) => `${u}\n\n`, true],
];

export interface AdversarialPosting {
  readonly name: string;
  readonly text: string;
}

/** Every unit in every layout, each `size` characters long. */
export function adversarialPostings(size: number): AdversarialPosting[] {
  const out: AdversarialPosting[] = [];
  for (const unit of UNITS) {
    for (const [layout, shape, underHeading] of LAYOUTS) {
      const head = underHeading ? 'Software Engineer\nRequirements:\n' : '';
      const piece = shape(unit);
      const body = piece.repeat(Math.ceil((size - head.length) / piece.length)).slice(0, size - head.length);
      out.push({ name: `${JSON.stringify(unit)} ${layout}`, text: head + body });
    }
  }
  return out;
}
