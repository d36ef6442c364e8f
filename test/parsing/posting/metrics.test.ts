import type { PostingDraft, RequirementDraft } from '../../../src/domain/drafts';
import { parsePostings } from '../../../src/parsing/posting';
import {
  computeParserMetrics,
  type ExpectedPosting,
  parseExpectedPostings,
} from '../../../src/parsing/posting/metrics';
import { expectedJson, fixture, labelledFixtures, taxonomy } from './helpers';

function draft(requirements: Partial<RequirementDraft>[], extra: Partial<PostingDraft> = {}): PostingDraft {
  return {
    title: 'Engineer',
    company: null,
    employmentType: 'FULL_TIME',
    locations: [],
    description: '',
    datePosted: null,
    education: null,
    requirements: requirements.map((r) => ({
      importance: 'REQUIRED',
      category: 'LANGUAGE',
      label: '',
      skills: [],
      minMatches: 1,
      minMonths: null,
      weight: 1,
      ...r,
    })),
    ...extra,
  };
}

const expected = (
  requirements: ExpectedPosting['requirements'],
  extra: Partial<ExpectedPosting> = {},
): ExpectedPosting => ({
  title: 'Engineer',
  employmentType: null,
  education: null,
  requirements,
  ...extra,
});

describe('computeParserMetrics', () => {
  it('counts (importance, skill) pairs for precision and recall', () => {
    const m = computeParserMetrics([
      {
        name: 'a',
        expected: [
          expected([
            { importance: 'REQUIRED', skills: ['Python', 'Go'], minMonths: null },
            { importance: 'PREFERRED', skills: ['Rust'], minMonths: null },
          ]),
        ],
        actual: [draft([{ skills: ['Python', 'Java'] }, { importance: 'REQUIRED', skills: ['Rust'] }])],
      },
    ]);
    // Found: Python (ok), Java (extra), Rust as REQUIRED (wrong importance). Expected: Python, Go, Rust(PREFERRED).
    expect(m.skillPrecision).toEqual({ correct: 1, total: 3, value: 1 / 3 });
    expect(m.skillRecall).toEqual({ correct: 1, total: 3, value: 1 / 3 });
    // Of skills found at all (Python, Rust), Rust is misplaced.
    expect(m.placementAccuracy).toEqual({ correct: 1, total: 2, value: 0.5 });
    expect(m.cases[0].missing).toEqual(['0#REQUIRED:go', '0#PREFERRED:rust']);
  });

  it('compares minMonths of matched groups only, and names through the canonical function', () => {
    const m = computeParserMetrics(
      [
        {
          name: 'b',
          expected: [
            expected([
              { importance: 'REQUIRED', skills: ['Golang'], minMonths: 36 },
              { importance: 'REQUIRED', skills: ['SQL'], minMonths: 12 },
              { importance: 'PREFERRED', skills: ['Kafka'], minMonths: null },
            ]),
          ],
          actual: [
            draft([
              { skills: ['Go'], minMonths: 36 },
              { skills: ['SQL'], minMonths: null },
            ]),
          ],
        },
      ],
      (name) => (name === 'Golang' ? 'Go' : name),
    );
    expect(m.minMonthsAccuracy).toEqual({ correct: 1, total: 2, value: 0.5 });
    expect(m.skillRecall.value).toBeCloseTo(2 / 3);
  });

  it('scores title, education and employment type per posting, and missing postings as wrong', () => {
    const m = computeParserMetrics([
      {
        name: 'c',
        expected: [
          expected([], {
            title: 'Data Engineer – Remote',
            education: { level: 'BACHELOR', required: true },
            employmentType: 'INTERN',
          }),
          expected([], { title: 'Second' }),
        ],
        actual: [
          draft([], {
            title: 'data engineer - remote',
            education: { level: 'BACHELOR', required: false },
            employmentType: 'INTERN',
          }),
        ],
      },
    ]);
    expect(m.titleAccuracy).toEqual({ correct: 1, total: 2, value: 0.5 });
    expect(m.educationAccuracy).toEqual({ correct: 0, total: 2, value: 0 });
    expect(m.employmentTypeAccuracy).toEqual({ correct: 1, total: 1, value: 1 });
  });

  it('rejects malformed labels loudly', () => {
    expect(() => parseExpectedPostings({ title: 'x', requirements: [{ importance: 'MUST', skills: [] }] })).toThrow(
      /importance/u,
    );
    expect(() => parseExpectedPostings({ title: 'x', education: { level: 'BSC' }, requirements: [] })).toThrow(
      /education/u,
    );
    expect(
      parseExpectedPostings({
        postings: [
          { title: 'a', requirements: [] },
          { title: 'b', requirements: [] },
        ],
      }),
    ).toHaveLength(2);
  });
});

describe('the labelled posting set', () => {
  const names = labelledFixtures();
  const canonical = (name: string): string => taxonomy().resolve(name)?.name ?? name;
  const cases = names.map((name) => ({
    name,
    expected: parseExpectedPostings(expectedJson(name), name),
    actual: parsePostings(fixture(name), taxonomy()).map((p) => p.posting),
  }));
  const metrics = computeParserMetrics(cases, canonical);

  it('has the two seeds and at least 14 postings of varied styles, each labelled', () => {
    expect(names).toEqual(expect.arrayContaining(['seed-ibm-backend-intern-2026', 'seed-ibm-backend-coop-2025']));
    expect(names.length).toBeGreaterThanOrEqual(16);
    expect(cases.flatMap((c) => c.expected).length).toBeGreaterThanOrEqual(17);
  });

  it.each([
    ['skill precision', () => metrics.skillPrecision.value],
    ['skill recall', () => metrics.skillRecall.value],
    ['required/preferred placement', () => metrics.placementAccuracy.value],
    ['minMonths accuracy', () => metrics.minMonthsAccuracy.value],
    ['education accuracy', () => metrics.educationAccuracy.value],
    ['title accuracy', () => metrics.titleAccuracy.value],
  ])('%s stays at or above 0.9', (_name, value) => {
    expect(value()).toBeGreaterThanOrEqual(0.9);
  });

  it('measures enough to mean something', () => {
    expect(metrics.skillRecall.total).toBeGreaterThanOrEqual(200);
    expect(metrics.minMonthsAccuracy.total).toBeGreaterThanOrEqual(100);
  });
});
