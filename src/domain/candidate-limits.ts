/**
 * The sizes a candidate may have, the same for the GraphQL inputs, the importers and the command
 * line's readers, so a file cannot carry what the API would refuse (a skill of 1e308 months).
 */
export const CANDIDATE_LIMITS = {
  name: 200,
  email: 320,
  headline: 300,
  location: 200,
  phone: 50,
  educationField: 200,
  education: 20,
  skills: 200,
  skillName: 120,
  /** A hundred years. */
  months: 1200,
} as const;
