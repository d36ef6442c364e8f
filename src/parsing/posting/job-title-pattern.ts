/** Words that name a job ("engineer", "co-op"), as regex alternatives. */
export const JOB_NOUN_WORDS: readonly string[] = [
  'engineer',
  'engineering',
  'developer',
  'dev',
  'programmer',
  'intern',
  'internship',
  'co-?op',
  'apprentice',
  'manager',
  'analyst',
  'scientist',
  'designer',
  'architect',
  'specialist',
  'administrator',
  'admin',
  'consultant',
  'technician',
  'lead',
  'sre',
  'tester',
  'qa',
  'director',
  'officer',
  'coordinator',
  'associate',
  'researcher',
  'writer',
  'recruiter',
  'accountant',
  'head',
  'principal',
  'staff',
  'fellow',
  'trainee',
  'graduate',
  'representative',
  'advocate',
  'evangelist',
  'strategist',
  'operator',
  'owner',
  'librarian',
  'editor',
  'instructor',
  'teacher',
  'nurse',
  'assistant',
  'executive',
  'partner',
  'expert',
  'devops',
  'dba',
  'hacker',
  'maintainer',
];

/** Words that make a short line read as a job title; "non-engineering departments" names none. */
export const JOB_NOUN = new RegExp(String.raw`(?<!\bnon-)\b(?:${JOB_NOUN_WORDS.join('|')})s?\b`, 'iu');

/** A short line that names a job: "Senior Backend Engineer", "Back End Developer Co-op: 2025". */
export function looksLikeJobTitle(text: string): boolean {
  const t = text.trim();
  if (t.length < 4 || t.length > 100) return false;
  if (/[.!?;]$/u.test(t) || t.split(/\s+/u).length > 12) return false;
  if (/^(?:as an?|we|you|our|the team|this|in this|join|about)\b/iu.test(t)) return false;
  // "Review code, mentor teammates, and lead projects": a series of lower-case clauses is a sentence.
  if (/,\s+(?:and|or)\s+[a-z]/u.test(t)) return false;
  return JOB_NOUN.test(t);
}
