/** Proficiency words a skills list mixes in with the skills ("Python, fluent English, B2"). */
export const PROFICIENCY_WORDS = [
  'native',
  'fluent',
  'bilingual',
  'basic',
  'intermediate',
  'advanced',
  'expert',
  'proficient',
  'conversational',
  'beginner',
  'mother tongue',
  'working proficiency',
  'professional',
  'upper[- ]intermediate',
  'elementary',
  'full professional proficiency',
  'limited working proficiency',
  '[abc][12]',
];
/** Durations, scores and fillers: "3+ years", "4/5", "90%", "etc." */
export const COUNT_PATTERNS = [
  '\\d+\\+?\\s*(?:years?|yrs?|months?)(?:\\s+of\\s+experience)?',
  'etc\\.?',
  '\\d+(?:\\.\\d+)?\\/\\d+',
  '\\d+%?',
];
/** Words that make a short line a job title rather than a skill. */
export const ROLE_WORDS = [
  'engineer',
  'developer',
  'programmer',
  'architect',
  'manager',
  'analyst',
  'scientist',
  'designer',
  'administrator',
  'consultant',
  'lead',
  'specialist',
  'intern',
  'student',
];
