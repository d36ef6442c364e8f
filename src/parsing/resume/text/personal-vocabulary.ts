/**
 * Words that are about the person rather than their technical skills: spoken languages and
 * soft skills. The taxonomy knows some of them ("English", "Communication", "Teamwork") because
 * postings ask for them, but a résumé lists them apart, and the issue asks that they never be
 * read as technical skills.
 */

const SPOKEN_LANGUAGES: readonly string[] = [
  'English',
  'Spanish',
  'French',
  'German',
  'Italian',
  'Portuguese',
  'Dutch',
  'Russian',
  'Ukrainian',
  'Polish',
  'Czech',
  'Slovak',
  'Hungarian',
  'Romanian',
  'Bulgarian',
  'Serbian',
  'Croatian',
  'Bosnian',
  'Slovenian',
  'Greek',
  'Turkish',
  'Hebrew',
  'Arabic',
  'Persian',
  'Farsi',
  'Urdu',
  'Hindi',
  'Bengali',
  'Punjabi',
  'Tamil',
  'Telugu',
  'Marathi',
  'Gujarati',
  'Kannada',
  'Malayalam',
  'Chinese',
  'Mandarin',
  'Cantonese',
  'Japanese',
  'Korean',
  'Vietnamese',
  'Thai',
  'Indonesian',
  'Malay',
  'Filipino',
  'Tagalog',
  'Swahili',
  'Amharic',
  'Yoruba',
  'Hausa',
  'Igbo',
  'Zulu',
  'Afrikaans',
  'Swedish',
  'Norwegian',
  'Danish',
  'Finnish',
  'Icelandic',
  'Estonian',
  'Latvian',
  'Lithuanian',
  'Georgian',
  'Armenian',
  'Azerbaijani',
  'Kazakh',
  'Uzbek',
  'Belarusian',
  'Catalan',
  'Basque',
  'Galician',
  'Irish',
  'Welsh',
  'Albanian',
  'Macedonian',
  'Latin',
  'Yiddish',
  'Nepali',
  'Sinhala',
  'Burmese',
  'Khmer',
  'Lao',
  'Mongolian',
  'Somali',
  'Pashto',
  'Kurdish',
];
const SPOKEN: ReadonlyMap<string, string> = new Map(SPOKEN_LANGUAGES.map((l) => [l.toLowerCase(), l]));

/** Taxonomy slugs of soft skills: listed apart, never as technical skills. */
export const SOFT_SKILL_SLUGS: ReadonlySet<string> = new Set([
  'communication',
  'ability-to-learn',
  'teamwork',
  'problem-solving',
  'critical-thinking',
  'leadership',
  'mentoring',
  'time-management',
  'customer-focus',
  'adaptability',
]);
/** Taxonomy slugs of spoken languages. */
export const SPOKEN_LANGUAGE_SLUGS: ReadonlySet<string> = new Set(['english']);

const SOFT_SKILL_WORDS: ReadonlyMap<string, string> = new Map(
  [
    'Communication',
    'Teamwork',
    'Leadership',
    'Problem solving',
    'Critical thinking',
    'Time management',
    'Adaptability',
    'Creativity',
    'Attention to detail',
    'Work ethic',
    'Self-motivated',
    'Self-motivation',
    'Presentation skills',
    'Negotiation',
    'Empathy',
    'Collaboration',
    'Mentoring',
    'Public speaking',
    'Conflict resolution',
    'Decision making',
    'Emotional intelligence',
    'Flexibility',
    'Initiative',
    'Interpersonal skills',
    'Organization',
    'Organisation',
    'Responsibility',
    'Reliability',
    'Patience',
    'Curiosity',
    'Team player',
    'Fast learner',
    'Quick learner',
    'Analytical thinking',
    'Analytical skills',
    'Stress resistance',
    'Stress management',
    'Accountability',
    'Proactive',
    'Ownership',
    'Customer focus',
    'Stakeholder management',
    'Coaching',
    'Written communication',
    'Verbal communication',
  ].map((w) => [w.toLowerCase(), w]),
);

// "English (native)", "German – B2", "Russian: fluent".
const LANGUAGE_LEVELS = [
  'native',
  'fluent',
  'bilingual',
  'professional',
  'conversational',
  'basic',
  'intermediate',
  'advanced',
  'elementary',
  'upper[- ]intermediate',
  'mother tongue',
  'working proficiency',
  'limited',
  'full professional',
  '[abc][12]',
];
const LEVEL_SUFFIX = new RegExp(`\\s*(?:[([].*?[)\\]]|[-–—:,]\\s*(?:${LANGUAGE_LEVELS.join('|')}).*)$`, 'iu');

/** The spoken language an item names ("English (C1)" is English), or null. */
export function spokenLanguage(item: string): string | null {
  const bare = item
    .replace(LEVEL_SUFFIX, '')
    .replace(/\s+(?:language)$/iu, '')
    .trim()
    .toLowerCase();
  return SPOKEN.get(bare) ?? null;
}

/** The soft skill an item names, or null. */
export function softSkill(item: string): string | null {
  const bare = item.replace(/[.]+$/u, '').trim().toLowerCase();
  return SOFT_SKILL_WORDS.get(bare) ?? SOFT_SKILL_WORDS.get(bare.replace(/\s+skills?$/u, '')) ?? null;
}
