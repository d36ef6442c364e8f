import type { SkillMention } from '../../../domain/taxonomy/mentions';

/**
 * Taxonomy skills (by slug) whose bare name is an everyday word for a field, a trade or a thing.
 * Postings ask for them by that word ("experience in marketing"), so the taxonomy keeps it; in a
 * résumé's sentences the word mostly names what the work was for or about: "an internal app for
 * marketing", "a medical image teaching platform", "wrote the API server", "transformed a Flash
 * animation", "Acme Consulting", "established security policies".
 */
const EVERYDAY_WORD_SKILLS: ReadonlySet<string> = new Set([
  'marketing',
  'teaching',
  'consulting',
  'animation',
  'servers',
  'recruiting',
  'photography',
  'illustration',
  'blogging',
  'podcasting',
  'copywriting',
  'sketching',
  'information-security',
  'social-media-marketing',
]);

// A noun the everyday word modifies, making it the kind of thing worked on: "a large social media
// project", "a marketing platform".
const THING_AFTER =
  /^[\s-]+(?:project|platform|app|application|site|website|company|startup|agency|product|network)s?\b/iu;

/**
 * Where a line names skills: in running text (a bullet, a summary), in a job title or headline, or
 * in a list (a skills section). A title or a list claims what it names; a sentence claims it when
 * it names it as something the person did or used.
 */
export type MentionPlace = 'prose' | 'title' | 'list';

/**
 * Whether a mention found at `place` claims nothing: one of the everyday-word skills by a single
 * word, or any spelling modifying a thing ("a large social media project"), in running text. A longer spelling ("digital marketing", "server administration", "IT
 * administration"), a skills list or a job title ("Marketing Manager") is a claim.
 */
export function isBareEverydayWord(mention: SkillMention, place: MentionPlace, text = ''): boolean {
  if (place !== 'prose' || !EVERYDAY_WORD_SKILLS.has(mention.skill.slug)) return false;
  return !/\s/u.test(mention.text.trim()) || THING_AFTER.test(text.slice(mention.end));
}
