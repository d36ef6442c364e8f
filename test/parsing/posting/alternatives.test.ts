import type { RequirementDraft } from '../../../src/domain/drafts';
import { parsePosting } from '../../../src/parsing/posting';
import { alternativeSpans } from '../../../src/parsing/posting/alternatives';
import { findGroup, fixture, taxonomy } from './helpers';

/** The requirement groups of a small posting whose lines stand under `heading`. */
function groupsUnder(heading: string, ...lines: string[]): readonly RequirementDraft[] {
  return parsePosting(['Software Engineer', '', heading, ...lines].join('\n'), taxonomy()).posting.requirements;
}

/** The text each span of a line covers. */
function spanTexts(line: string): string[] {
  return alternativeSpans(line).map((s) => line.slice(s.start, s.end).trim());
}

// The seed intern posting's line (test/fixtures/postings/seed-ibm-backend-intern-2026.txt, joined as the parser joins it).
const SEED_AND_OR =
  'Basic knowledge of operating systems and how they work (i.e. Operating systems courses); Container technologies; Internet Services; and/or Managed Services';

describe('alternativeSpans: the lists a line offers as alternatives', () => {
  it('takes an "and/or" list back to the start of the line, over items with words between them', () => {
    expect(spanTexts(SEED_AND_OR)).toEqual([SEED_AND_OR]);
  });

  it('starts the list at the item that carries its own lead-in', () => {
    expect(spanTexts('2+ years of Java, experience with Docker and/or Kubernetes')).toEqual([
      'experience with Docker and/or Kubernetes',
    ]);
    expect(spanTexts('Knowledge of Linux; familiarity with Docker, Podman, or containerd')).toEqual([
      'familiarity with Docker, Podman, or containerd',
    ]);
  });

  it('ends the list at the end of its clause', () => {
    expect(spanTexts('Python and/or Go. Experience with PostgreSQL.')).toEqual(['Python and/or Go']);
  });

  it('reads what follows "one or more of (the following …):" to the clause end', () => {
    expect(spanTexts('1 year experience in one or more of the following technology areas: C++, C, Java; JSON')).toEqual(
      ['C++, C, Java'],
    );
  });

  it('finds none in a plain list or a line that asks for each thing', () => {
    expect(spanTexts('Working knowledge of servers, applications, devOps tools (Git, Jenkins), and databases')).toEqual(
      [],
    );
    expect(spanTexts('Experience in JSON, Web Services')).toEqual([]);
  });
});

describe('"and/or" and "one or more of" lists are one any-of group', () => {
  it('reads the seed line as one required group of four alternatives, not three groups', () => {
    const { posting } = parsePosting(fixture('seed-ibm-backend-intern-2026'), taxonomy());
    const skills = ['Operating systems', 'Container technologies', 'Internet services', 'Managed services'];
    const group = findGroup(posting.requirements, 'REQUIRED', skills);
    expect(group).toMatchObject({ minMatches: 1, minMonths: null, label: SEED_AND_OR });
    const fromLine = posting.requirements.filter((g) => g.label === SEED_AND_OR);
    expect(fromLine).toHaveLength(1);
  });

  it('restores the noun an "and/or" elides: "product and/or project management" (posting corpus, tuned split)', () => {
    const groups = groupsUnder('Requirements', '* At least 2 years of product and/or project management experience.');
    expect(findGroup(groups, 'REQUIRED', ['Product management', 'Project management'])).toMatchObject({
      minMatches: 1,
      minMonths: 24,
    });
  });

  it('keeps a skill outside the list as its own group', () => {
    const groups = groupsUnder('Requirements', '2+ years of Java, experience with Docker and/or Kubernetes');
    expect(findGroup(groups, 'REQUIRED', ['Java'])).toMatchObject({ minMonths: 24 });
    expect(findGroup(groups, 'REQUIRED', ['Docker', 'Kubernetes'])).toMatchObject({ minMatches: 1 });
  });

  it('joins items of different kinds after "one or more of", whatever words stand between them', () => {
    const groups = groupsUnder('Requirements', 'Experience with one or more of: Linux administration; Docker; or AWS');
    expect(groups).toHaveLength(1);
    expect(findGroup(groups, 'REQUIRED', ['Linux', 'Docker', 'AWS'])).toMatchObject({ minMatches: 1 });
  });

  it('still asks for each skill of a list joined by "and"', () => {
    const groups = groupsUnder(
      'Requirements',
      'Working knowledge of servers, devOps tools (Git, Jenkins), and databases',
    );
    expect(findGroup(groups, 'REQUIRED', ['Servers'])).toBeDefined();
    expect(findGroup(groups, 'REQUIRED', ['Databases'])).toBeDefined();
  });
});
