import type { SkillMention } from '../../../domain/taxonomy/mentions';

/** "expert at Kubernetes", "proficient at SQL": "at" before a skill, not an employer. */
const COMPETENT_AT =
  /\b(?:good|great|proficient|expert|skilled|experienced|adept|excellent|strong|better|best|fluent|competent|versed)\s+at\s+$/iu;

const ROLE_NOUNS = 'engineer|developer|programmer|scientist|analyst|manager|designer|architect|tester';

/** A mention ending in a plural role noun ("data scientists", "Backend developers"). */
const PLURAL_ROLE = new RegExp(`(?:${ROLE_NOUNS})s$`, 'iu');

/**
 * A plural role noun right after a mention ("back-end developers") that the person works with:
 * "leading a team of AI engineers" is the person's own trade, "collaborating with back-end
 * developers" another's.
 */
const PLURAL_ROLE_AFTER = new RegExp(`^[\\s-]*(?:${ROLE_NOUNS})s\\b`, 'iu');
const WITH = /\b(?:with|alongside)\s+(?:the\s+|our\s+|their\s+)?$/iu;

/** "worked closely with the data science team": a team beside the person's own. */
const WITH_THE = /\bwith\s+(?:the|our|their|its)\s+$/iu;
const TEAM_AFTER = /^\s+(?:teams?|department|group)\b/iu;

/** "The Linux Foundation", "Oracle Corporation", "Android Academy": a word of an organisation's name after the mention. */
const ORGANISATION_AFTER =
  /^\s+(?:Software\s+)?(?:Foundation|Inc\b\.?|Corp\b\.?|Corporation|Ltd\b\.?|LLC|GmbH|Institute|University|Academy|Association|Society|Consortium)\b/u;

/**
 * "Phabricator is used daily by Facebook, Dropbox, Quora": who uses the person's work, to the
 * sentence's end, or to the tools it was built with ("used by 7000+ students with React and MongoDB").
 */
const USED_BY =
  /\b(?:used|adopted|trusted|relied\s+on)\s+(?:\p{L}+ly\s+)?by\b(?:(?!\b(?:with|using|via|through)\b)[^.;:!?])*$/iu;

/** "my Github profile", "see my github for a closer look": the person's page on a site, no use of it. */
const PROFILE_AFTER = /^\s+(?:profile|page|handle)s?\b/iu;
const MY_BEFORE = /\bmy\s+$/iu;
const CLAUSE_END_AFTER = /^\s*(?:[.,;:)]|for\b|to\b|at\b|$)/iu;

/**
 * Whether a skill named in running text is someone else's rather than a claim of the person's:
 * an employer after "at" ("Intern at Oracle"), colleagues by their trade ("data scientists",
 * "back-end developers"), another team ("with the data science team"), or the users of the
 * person's work ("used daily by Facebook, Dropbox and Asana"), an organisation whose name holds
 * the skill's ("The Linux Foundation" issuing a certificate), or the person's own page on a site
 * ("visit my Github profile"). The corpus README counts neither an
 * employer nor a user of the person's work as a skill.
 */
export function namesSomeoneElse(body: string, mention: SkillMention): boolean {
  const before = body.slice(0, mention.start);
  const after = body.slice(mention.end);
  if (/\bat\s+$/u.test(before) && !COMPETENT_AT.test(before) && /^\p{Lu}/u.test(mention.text)) return true;
  if (PLURAL_ROLE.test(mention.text) || (WITH.test(before) && PLURAL_ROLE_AFTER.test(after))) return true;
  if (WITH_THE.test(before) && TEAM_AFTER.test(after)) return true;
  if (ORGANISATION_AFTER.test(after)) return true;
  if (PROFILE_AFTER.test(after) || (MY_BEFORE.test(before) && CLAUSE_END_AFTER.test(after))) return true;
  return USED_BY.test(before);
}
