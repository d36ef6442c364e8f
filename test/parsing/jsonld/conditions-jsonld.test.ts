import type { PostingDraft, RequirementDraft } from '../../../src/domain/drafts';
import { postingFromJsonLd, postingToJsonLd } from '../../../src/parsing/jsonld';
import { parsePosting } from '../../../src/parsing/posting';
import { CONDITIONS_POSTING as TEXT } from '../../fixtures/conditions-posting';
import { shippedTaxonomy } from '../resume/taxonomies';

const viaJson = (value: unknown): unknown => JSON.parse(JSON.stringify(value));
const notAssessable = (groups: readonly RequirementDraft[]) =>
  groups.filter((g) => g.assessable === false).map((g) => ({ label: g.label, skills: g.skills }));

describe('conditions a posting sets, in JSON-LD', () => {
  const parsed: PostingDraft = parsePosting(TEXT, shippedTaxonomy()).posting;

  it('exports the parsed conditions as not-assessable groups, work authorization and clearance in their schema.org properties', () => {
    const doc = viaJson(postingToJsonLd(parsed)) as Record<string, any>;
    expect(doc.eligibilityToWorkRequirement).toBe('Must be authorized to work in the US');
    expect(doc.securityClearanceRequirement).toBe('Active Secret clearance');
    expect(doc.skills).toEqual(
      expect.arrayContaining(['Work authorization', 'Willingness to relocate', 'Security clearance']),
    );
    expect(doc['skillmatch:requirements'].filter((g: any) => g.assessable === false).map((g: any) => g.skills)).toEqual(
      [['Work authorization'], ['Willingness to relocate'], ['Security clearance'], ['Willingness to travel']],
    );
    // Our own export reads back exactly, the conditions still not assessable.
    const back = postingFromJsonLd(doc, shippedTaxonomy());
    expect(back.posting).toEqual(parsed);
    expect(back.warnings).toEqual([]);
  });

  it("reads a job board's eligibilityToWorkRequirement and securityClearanceRequirement as named not-assessable groups", () => {
    const { posting, warnings } = postingFromJsonLd(
      {
        '@type': 'JobPosting',
        title: 'Engineer',
        description: 'Build our APIs.',
        employmentType: 'FULL_TIME',
        skills: ['Go', 'Communication skills', 'Willingness to travel'],
        eligibilityToWorkRequirement: 'Must be a <b>US citizen</b>',
        securityClearanceRequirement: ['TS/SCI', 'Polygraph'],
      },
      shippedTaxonomy(),
    );
    expect(posting.requirements.filter((g) => g.assessable !== false).map((g) => g.skills)).toEqual([['Go']]);
    expect(notAssessable(posting.requirements)).toEqual([
      { label: 'Skills (not assessable)', skills: ['Communication', 'Willingness to travel'] },
      { label: 'Must be a US citizen', skills: ['Work authorization'] },
      { label: 'TS/SCI; Polygraph', skills: ['Security clearance'] },
    ]);
    expect(posting.requirements.filter((g) => g.assessable === false).every((g) => g.importance === 'REQUIRED')).toBe(
      true,
    );
    expect(warnings).toEqual([]);
  });

  it('names a condition once when a foreign copy of our export has it in skills and in its own property', () => {
    const doc = viaJson(postingToJsonLd(parsed)) as Record<string, unknown>;
    delete doc['skillmatch:requirements'];
    const { posting } = postingFromJsonLd(doc, shippedTaxonomy());
    expect(notAssessable(posting.requirements)).toEqual([
      { label: 'Skills (not assessable)', skills: ['Willingness to relocate', 'Willingness to travel'] },
      { label: 'Must be authorized to work in the US', skills: ['Work authorization'] },
      { label: 'Active Secret clearance', skills: ['Security clearance'] },
    ]);
    expect(posting.requirements.filter((g) => g.assessable !== false).map((g) => g.skills)).toEqual([['Python']]);
  });

  it('keeps the conditions of a posting with no skill to score, and does not say it has no requirement groups', () => {
    const { posting, warnings } = postingFromJsonLd(
      { '@type': 'JobPosting', title: 'Analyst', eligibilityToWorkRequirement: 'Right to work in the UK' },
      shippedTaxonomy(),
    );
    expect(notAssessable(posting.requirements)).toEqual([
      { label: 'Right to work in the UK', skills: ['Work authorization'] },
    ]);
    expect(warnings.map((w) => w.code)).not.toContain('NO_SKILLS');
  });
});
