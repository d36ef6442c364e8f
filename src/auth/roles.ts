/**
 * Who may do what. A caller is anonymous (no Authorization header) or holds an API key with one
 * role. The rules below are the only tokens `@Authorized(...)` takes; the auth checker refuses
 * any other token, and the schema check refuses a root field without one (deny by default).
 */
export const Role = { ADMIN: 'ADMIN', RECRUITER: 'RECRUITER' } as const;
export type Role = (typeof Role)[keyof typeof Role];
export const ROLES: readonly Role[] = [Role.ADMIN, Role.RECRUITER];

/** Everyone a rule can admit: the two roles and the caller without a key. */
export const ANONYMOUS = 'ANONYMOUS';
export type Audience = Role | typeof ANONYMOUS;
export const AUDIENCES: readonly Audience[] = [ANONYMOUS, Role.RECRUITER, Role.ADMIN];

/** The token that opens a field to anonymous callers (skills, postings, parsing). */
export const PUBLIC = 'PUBLIC';

/** The rules, as `@Authorized(Access.X)` takes them. */
export const Access = {
  /** Anyone, with or without a key: the taxonomy, postings (not personal data), parsing dry runs. */
  PUBLIC: [PUBLIC],
  /** Candidate data, match results and rankings: RECRUITER or ADMIN. */
  RECRUITER: [Role.RECRUITER, Role.ADMIN],
  /** Keys, the audit log, deletes and imports: ADMIN only. */
  ADMIN: [Role.ADMIN],
} as const;

/** Which callers a rule admits; an unknown token admits nobody. `@Authorized()` means any key. */
export function audienceOf(rule: readonly unknown[]): ReadonlySet<Audience> {
  if (rule.length === 0) return new Set<Audience>(ROLES);
  const out = new Set<Audience>();
  for (const token of rule) {
    if (token === PUBLIC) AUDIENCES.forEach((a) => out.add(a));
    else if (ROLES.includes(token as Role)) out.add(token as Role);
  }
  return out;
}

export function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value);
}
