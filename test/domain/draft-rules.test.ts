import { fitCandidateDraft, fitPostingDraft } from '../../src/domain/draft-fit';
import { CANDIDATE_LIMITS, POSTING_LIMITS } from '../../src/domain/draft-limits';
import { checkCandidateDraft, checkPostingDraft } from '../../src/domain/draft-rules';
import type { CandidateDraft, PostingDraft, RequirementDraft } from '../../src/domain/drafts';

const group = (over: Partial<RequirementDraft> = {}): RequirementDraft => ({
  importance: 'REQUIRED',
  category: 'LANGUAGE',
  label: 'Languages',
  skills: ['Go', 'Java'],
  minMatches: 1,
  minMonths: null,
  weight: 1,
  ...over,
});

const posting = (over: Partial<PostingDraft> = {}): PostingDraft => ({
  title: 'Backend engineer',
  company: 'Acme',
  employmentType: 'FULL_TIME',
  locations: ['Lyon'],
  description: 'Build things.',
  datePosted: '2026-03-01',
  education: null,
  requirements: [group()],
  ...over,
});

const candidate = (over: Partial<CandidateDraft> = {}): CandidateDraft => ({
  name: 'Ann Lee',
  email: null,
  headline: null,
  location: null,
  education: [],
  skills: [{ name: 'Go', months: 12, level: null }],
  ...over,
});

const fields = (issues: { field: string }[]) => issues.map((i) => i.field);

describe('draft rules: what the GraphQL inputs refuse, for every other source too', () => {
  it('take a posting within every limit', () => {
    expect(checkPostingDraft(posting())).toEqual([]);
    expect(checkCandidateDraft(candidate())).toEqual([]);
  });

  it.each([
    ['minMatches 0', { requirements: [group({ minMatches: 0 })] }, 'input.requirements[0].minMatches'],
    ['a fractional minMatches', { requirements: [group({ minMatches: 1.5 })] }, 'input.requirements[0].minMatches'],
    ['weight 0', { requirements: [group({ weight: 0 })] }, 'input.requirements[0].weight'],
    ['weight over 100', { requirements: [group({ weight: 101 })] }, 'input.requirements[0].weight'],
    ['minMonths over 600', { requirements: [group({ minMonths: 601 })] }, 'input.requirements[0].minMonths'],
    ['minMonths 1e308', { requirements: [group({ minMonths: 1e308 })] }, 'input.requirements[0].minMonths'],
    ['a negative minMonths', { requirements: [group({ minMonths: -1 })] }, 'input.requirements[0].minMonths'],
    ['a title over 200 characters', { title: 'x'.repeat(201) }, 'input.title'],
    [
      'a label over 500 characters',
      { requirements: [group({ label: 'x'.repeat(501) })] },
      'input.requirements[0].label',
    ],
    [
      'a skill name over 120 characters',
      { requirements: [group({ skills: ['x'.repeat(121)] })] },
      'input.requirements[0].skills[0]',
    ],
    [
      '101 skills in a group',
      { requirements: [group({ skills: Array(101).fill('Go') })] },
      'input.requirements[0].skills',
    ],
    ['51 groups', { requirements: Array.from({ length: 51 }, () => group()) }, 'input.requirements'],
    ['51 locations', { locations: Array(51).fill('Lyon') }, 'input.locations'],
    ['a date that does not exist', { datePosted: '2025-02-30' }, 'input.datePosted'],
    ['a negative scoring weight', { scoring: { requiredWeight: -1 } }, 'input.scoring.requiredWeight'],
    [
      'a category weight over 100',
      { scoring: { categoryWeights: { LANGUAGE: 500 } } },
      'input.scoring.categoryWeights.LANGUAGE',
    ],
  ])('refuse %s, naming the field', (_what, over, field) => {
    expect(fields(checkPostingDraft(posting(over as Partial<PostingDraft>)))).toContain(field);
  });

  it('say the range in the message', () => {
    const [issue] = checkPostingDraft(posting({ requirements: [group({ minMatches: 0 })] }));
    expect(issue.message).toBe('must be a whole number from 1 to 50, got 0');
    const [weight] = checkPostingDraft(posting({ requirements: [group({ weight: 0 })] }));
    expect(weight.message).toBe('must be a number from 0.01 to 100, got 0');
  });

  it.each([
    ['months 1e308', { skills: [{ name: 'Go', months: 1e308, level: null }] }, 'input.skills[0].months'],
    ['fractional months', { skills: [{ name: 'Go', months: 2.5, level: null }] }, 'input.skills[0].months'],
    ['negative months', { skills: [{ name: 'Go', months: -3, level: null }] }, 'input.skills[0].months'],
    ['a name over 200 characters', { name: 'x'.repeat(201) }, 'input.name'],
    ['201 skills', { skills: Array(201).fill({ name: 'Go', months: 1, level: null }) }, 'input.skills'],
  ])('refuse a candidate with %s, naming the field', (_what, over, field) => {
    expect(fields(checkCandidateDraft(candidate(over as Partial<CandidateDraft>)))).toContain(field);
  });
});

describe('fitting an imported draft into the same limits', () => {
  it('brings minMatches, minMonths and weight into range, each change said in a warning', () => {
    const { draft, warnings } = fitPostingDraft(
      posting({
        requirements: [
          group({ minMatches: 0, minMonths: 1000, weight: 0 }),
          group({ minMatches: 5, weight: 1e9, minMonths: 6.4 }),
        ],
      }),
      [],
    );
    expect(draft.requirements.map((g) => [g.minMatches, g.minMonths, g.weight])).toEqual([
      [1, POSTING_LIMITS.minMonths.max, POSTING_LIMITS.weight.min],
      [2, 6, POSTING_LIMITS.weight.max],
    ]);
    expect(warnings.map((w) => w.code)).toEqual(Array(6).fill('OUT_OF_RANGE'));
    expect(warnings[0].message).toBe('minMatches 0 is outside 1 to 2; 1 was kept');
    expect(checkPostingDraft(draft)).toEqual([]);
  });

  it('leaves a draft within the limits as it is, without a warning', () => {
    const draft = posting({ requirements: [group({ minMatches: 2, minMonths: 24, weight: 2.5 })] });
    expect(fitPostingDraft(draft, [])).toEqual({ draft, warnings: [] });
  });

  it('cuts a candidate skill of 1e308 months to the limit, with a warning, so the draft can be stored', () => {
    const { draft, warnings } = fitCandidateDraft(
      candidate({ skills: [{ name: 'Go', months: 1e308, level: null }] }),
      [],
    );
    expect(draft.skills[0].months).toBe(CANDIDATE_LIMITS.months.max);
    expect(warnings.map((w) => w.code)).toEqual(['TRUNCATED']);
    expect(checkCandidateDraft(draft)).toEqual([]);
  });
});
