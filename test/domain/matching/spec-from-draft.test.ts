import {
  candidateSpecFromDraft,
  candidateSpecFromResolved,
  postingSpecFromDraft,
} from '../../../src/domain/matching/spec-from-draft';
import type { CandidateDraft, PostingDraft } from '../../../src/domain/drafts';
import { miniTaxonomy, skillId } from './fixtures';

const tax = miniTaxonomy();

const person = (skills: CandidateDraft['skills']): CandidateDraft => ({
  name: 'Ada Example',
  email: 'ada@example.com',
  headline: 'Engineer',
  location: 'Lyon',
  education: [{ level: 'MASTER', field: 'CS', status: 'COMPLETED' }],
  skills,
});

const posting = (extra: Partial<PostingDraft> = {}): PostingDraft => ({
  title: 'Dev',
  company: null,
  employmentType: 'FULL_TIME',
  locations: [],
  description: '',
  datePosted: null,
  education: null,
  requirements: [
    {
      importance: 'REQUIRED',
      category: 'LANGUAGE',
      label: 'Go',
      skills: ['Go', 'golang', 'Cobolt'],
      minMatches: 1,
      minMonths: 6,
      weight: 2,
    },
  ],
  ...extra,
});

describe('spec-from-draft', () => {
  it('resolves candidate skills by any spelling, lists them by skill id as stored, reports unknown ones and keeps no personal data (nor the level, which no score reads)', () => {
    const { spec, unknownSkills } = candidateSpecFromDraft(
      tax,
      '42',
      person([
        { name: 'k8s', months: null, level: null },
        { name: 'golang', months: 12, level: 'ADVANCED' },
        { name: 'Quantum Basket Weaving', months: 3, level: null },
      ]),
    );
    expect(unknownSkills).toEqual([{ name: 'Quantum Basket Weaving', at: 'skills[2].name' }]);
    expect(spec).toEqual({
      id: '42',
      skills: [
        { skillId: skillId(tax, 'Go'), months: 12 },
        { skillId: skillId(tax, 'Kubernetes'), months: null },
      ].sort((a, b) => a.skillId - b.skillId),
      education: [{ level: 'MASTER', status: 'COMPLETED' }],
    });
  });

  it('counts a candidate skill named twice once, with its larger months (unknown months never replace known ones)', () => {
    const { spec } = candidateSpecFromDraft(
      tax,
      '1',
      person([
        { name: 'Go', months: 3, level: 'BEGINNER' },
        { name: 'golang', months: 20, level: null },
        { name: 'Golang', months: null, level: null },
      ]),
    );
    expect(spec.skills).toEqual([{ skillId: skillId(tax, 'Go'), months: 20 }]);
  });

  it('gives the same candidate spec from names the caller already resolved (the service storing a draft)', () => {
    const draft = person([
      { name: 'k8s', months: null, level: null },
      { name: 'golang', months: 12, level: 'ADVANCED' },
      { name: 'Go', months: 30, level: null },
    ]);
    const ids = draft.skills.map((s) => tax.resolve(s.name)!.id);
    expect(candidateSpecFromResolved('42', draft, ids)).toEqual(candidateSpecFromDraft(tax, '42', draft).spec);
    expect(candidateSpecFromResolved('42', draft, ids).skills).toEqual(
      [
        { skillId: skillId(tax, 'Go'), months: 30 },
        { skillId: skillId(tax, 'Kubernetes'), months: null },
      ].sort((a, b) => a.skillId - b.skillId),
    );
  });

  it('lists a long skill list by skill id too, each skill once with its larger months', () => {
    const ids = Array.from({ length: 40 }, (_, i) => 100 - (i % 35));
    const months = (i: number) => (i % 7 === 0 && i < 35 ? null : i);
    const draft = person(ids.map((_, i) => ({ name: `s${i}`, months: months(i), level: null })));
    const spec = candidateSpecFromResolved('9', draft, ids);
    expect(spec.skills.map((s) => s.skillId)).toEqual(Array.from({ length: 35 }, (_, i) => 66 + i));
    // Ids 96..100 are named twice: at i = 4..0 (100 with unknown months) and again at i + 35.
    expect(spec.skills.filter((s) => s.skillId >= 96).map((s) => s.months)).toEqual([39, 38, 37, 36, 35]);
    expect(spec.skills.find((s) => s.skillId === 93)!.months).toBeNull(); // named once, at i = 7
  });

  it("numbers posting groups, drops repeated spellings of one skill, and keeps the posting's own weights", () => {
    const scoring = { requiredWeight: 3, categoryWeights: { LANGUAGE: 2 } };
    const { spec, unknownSkills } = postingSpecFromDraft(tax, '7', posting({ scoring }));
    expect(unknownSkills).toEqual([{ name: 'Cobolt', at: 'requirements[0].skills[2]' }]);
    expect(spec.requirements).toEqual([
      {
        id: '7-r1',
        importance: 'REQUIRED',
        category: 'LANGUAGE',
        label: 'Go',
        skillIds: [skillId(tax, 'Go')],
        minMatches: 1,
        minMonths: 6,
        weight: 2,
      },
    ]);
    expect(spec.scoring).toEqual(scoring);
    expect(postingSpecFromDraft(tax, '7', posting()).spec.scoring).toBeNull();
  });

  it('numbers groups as the caller asks (an unsaved preview)', () => {
    const { spec } = postingSpecFromDraft(tax, 'preview', posting(), (i) => `preview-${i}`);
    expect(spec.requirements.map((g) => g.id)).toEqual(['preview-0']);
  });
});
