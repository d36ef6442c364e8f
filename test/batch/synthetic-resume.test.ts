import { readCandidateDocument, readContext } from '../../src/batch/candidate-read';
import { candidateSpecFromDraft } from '../../src/domain/matching/spec-from-draft';
import { draftToJsonResume } from '../../src/batch/synthetic-resume';
import { generateCandidateDrafts } from '../../src/domain/synthetic/generate-candidates';
import { importJsonResume } from '../../src/parsing/resume';
import { loadTaxonomy } from './support';

const taxonomy = loadTaxonomy();

describe('synthetic candidates as JSON Resumes', () => {
  const now = new Date('2026-06-01T00:00:00Z');
  const drafts = [...generateCandidateDrafts(taxonomy, { count: 400, seed: 5 })];

  it('read back to the very same skills, months, levels and education', () => {
    const ctx = readContext(taxonomy, now);
    drafts.forEach((draft, i) => {
      const resume = draftToJsonResume(draft);
      const read = readCandidateDocument(ctx, resume, String(i + 1));
      expect(read.ok).toBe(true);
      if (!read.ok) return;
      expect(read.unknownSkills).toEqual([]);
      expect(read.spec).toEqual(candidateSpecFromDraft(taxonomy, String(i + 1), draft).spec);
    });
  });

  it('import without a warning, with name, email, headline and location kept', () => {
    for (const draft of drafts.slice(0, 50)) {
      const imported = importJsonResume(draftToJsonResume(draft), taxonomy, { now });
      expect(imported.warnings).toEqual([]);
      expect(imported.candidate).toMatchObject({
        name: draft.name,
        email: draft.email,
        headline: draft.headline,
        location: draft.location,
      });
    }
  });
});
