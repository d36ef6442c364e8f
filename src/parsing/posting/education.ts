import type { EducationLevel } from '../../domain/vocabulary';
import { educationRank } from '../../domain/vocabulary';
import { patternFor, testPattern } from './ascii-pattern';

/** A degree named in a line. */
export interface DegreeMention {
  readonly level: EducationLevel;
  readonly start: number;
  /** "degree in Computer Science" without a level: read as a bachelor's. */
  readonly assumed: boolean;
}

// Words match in any case; abbreviations only as written (BS, MS, BA, GED), and only next to
// degree words or slashes so that a state ("Lyon, MS") or "MS Office" is not a degree.
const PATTERNS: readonly (readonly [EducationLevel, RegExp])[] = [
  ['DOCTORATE', /\bph\.?\s?d\b\.?|\bdoctorate\b|\bdoctoral\b|\bd\.?phil\b/giu],
  [
    'MASTER',
    /\bmaster'?s?\s+(?:degree|program|programme|in)\b|\bmaster of (?:science|arts|engineering|business|computer|information|public|fine|technology|philosophy|data|laws?|mathematics|applied)\b|\bmaster's\b|\b(?:advanced|graduate|post-?graduate) degree\b/giu,
  ],
  [
    'MASTER',
    /\bM\.S\.?(?=[\s,/)]|$)|\bM\.Sc\b\.?|\bMSc\b|\bM\.?Eng\b|\bMBA\b|\bMS(?=\+?\s*(?:\/|degree\b|in\b|or\b|,|\)))|(?<=\/\s?)MS\b/gu,
  ],
  [
    'BACHELOR',
    /\bbachelor(?:'?s)?\b|\bbaccalaureate\b|\bundergraduate degree\b|\b(?:4|four)[- ]year (?:college |university )?degree\b|\bgraduation from an? (?:accredited )?(?:4|four)[- ]year (?:college|university)\b/giu,
  ],
  [
    'BACHELOR',
    /\bB\.S\.?(?=[\s,/)]|$)|\bB\.Sc\b\.?|\bBSc\b|\bB\.A\.(?=[\s,/)]|$)|\bB\.?Tech\b|\bB\.?E\.?(?=\s+(?:in|degree)\b)|\bBS(?=\+?\s*(?:\/|degree\b|in\b|or\b|,|\)))|\bBA(?=\+?\s*(?:\/|degree\b|in\b|or\b))|(?<=\/\s?)B[AS]\b/gu,
  ],
  [
    'ASSOCIATE',
    /\bassociate'?s?\s+degree\b|\bassociate of (?:arts|science)\b|\b(?:2|two)[- ]year (?:college |university )?degree\b|\b(?:2|two) or (?:4|four)[- ]year (?:college |university )?degree\b/giu,
  ],
  ['HIGH_SCHOOL', /\bhigh[- ]school\b|\bsecondary school\b/giu],
  ['HIGH_SCHOOL', /\bGED\b/gu],
];

// "Computer science education or equivalent experience": a field's schooling is its degree too.
const GENERIC_DEGREE =
  /\b(?:(?:college|university|academic|technical|relevant|stem|engineering|computer science)\s+)?degree\b|\b(?:college|university|computer science)\s+education\b/iu;

// "(and to some degree currently)", "to a large degree": an extent, not a diploma.
const DEGREE_IDIOM =
  /\bto (?:some|what|whatever|varying|(?:a|the) (?:certain|large|great|high|lesser|greater|small|limited|same|full)) degrees?\b/iu;

// "30 degrees", "a degree of autonomy": a measure, not a diploma.
const DEGREE_MEASURE = /\bdegrees?\s+(?:of|celsius|fahrenheit)\b|\bdegree of\b|\b\d+\s*degrees?\b|\b360[- ]degree\b/iu;

/**
 * Degrees named in a line (bachelor's, BS, B.Sc., master's, MS, PhD, associate, high school),
 * in text order. A bare "degree in Computer Science" with no level reads as a bachelor's and
 * is marked `assumed`.
 */
export function findDegrees(text: string): DegreeMention[] {
  const source = text.replace(/[’‘`´]/gu, "'");
  const found: DegreeMention[] = [];
  for (const [level, pattern] of PATTERNS) {
    const p = patternFor(pattern, source);
    p.lastIndex = 0;
    for (let m = p.exec(source); m !== null; m = p.exec(source)) {
      found.push({ level, start: m.index, assumed: false });
    }
  }
  if (found.length === 0) {
    const generic = patternFor(GENERIC_DEGREE, source).exec(source);
    if (generic && !testPattern(DEGREE_MEASURE, source) && !testPattern(DEGREE_IDIOM, source)) {
      found.push({ level: 'BACHELOR', start: generic.index, assumed: true });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

/** The lowest of several levels ("BS/MS" asks for a bachelor's at least). */
export function lowestLevel(levels: readonly EducationLevel[]): EducationLevel | null {
  if (levels.length === 0) return null;
  return levels.reduce((low, level) => (educationRank(level) < educationRank(low) ? level : low));
}

// "High school diploma or equivalent" names another credential (a GED), not experience.
const HIGH_SCHOOL_EQUIVALENT = /\bhigh[- ]school(?: diploma)? or (?:its |an? )?(?:educational )?equivalent\b/giu;
// "A Computer Science (or equivalent) degree": another field's degree. "2 years of experience (or equivalent)",
// "at the GS-12 grade level (or equivalent)": the equivalent of what the aside follows, not of the degree.
const EQUIVALENT_FIELD = /\(\s*or (?:an? )?equivalent\s*\)(?=\s+(?:degree|qualification|diploma)s?\b)/giu;
const EQUIVALENT_OF_WHAT_PRECEDES = /\b(experience|level|grade|role|position)\s*\(\s*or (?:an? )?equivalent\s*\)/giu;
const EQUIVALENT_DEGREE =
  /\bequivalent (?:foreign )?(?:degree|qualification|diploma)s?\b(?!\s*(?:\/|or|and)\s*(?:\w+ )?experience)/iu;
const EXPERIENCE_INSTEAD =
  /\bor\s+(?:an?\s+|the\s+)?equivalent\s+(?:[\w/-]+\s+){0,3}?(?:experience|combination|background|training|skills?|knowledge|expertise)\b|\bequivalent (?:practical |work |professional |industry )?experience\b|\bor (?:comparable|relevant|related|practical|significant) (?:[\w-]+ )?(?:work |professional |industry )?experience\b|\bor (?:demonstrated|proven) (?:[\w/-]+\s+){0,3}?(?:experience|skills?|ability|abilities|knowledge|expertise)\b|\bor (?:at least |a minimum of |minimum (?:of )?)?(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten)\+? (?:\(\d{1,2}\) )?(?:years?|yrs)\b[^.;]{0,60}?\bexperience\b|\bor (?:an? )?(?:advanced|current|final[- ]year) students?\b|\bin lieu of\b|\bself[- ](?:taught|learning|study|studied)\b|\bexperience (?:may|can|will) (?:be )?substitute[ds]?(?: for)? (?:the |a |this |that )?(?:required |minimum )?(?:education|degree)\b/iu;

/**
 * "or equivalent (practical) experience", "or self-taught": the degree may be replaced by
 * experience. "Or an equivalent degree" asks for a degree still, unless experience is offered too
 * ("equivalent degree / experience").
 */
export function acceptsEquivalent(text: string): boolean {
  const quoted = text.replace(/[’‘`´]/gu, "'");
  const general = quoted.replace(patternFor(HIGH_SCHOOL_EQUIVALENT, quoted), 'high school diploma');
  const field = general.replace(patternFor(EQUIVALENT_FIELD, general), ' ');
  const t = field.replace(patternFor(EQUIVALENT_OF_WHAT_PRECEDES, field), '$1');
  if (testPattern(EQUIVALENT_DEGREE, t)) return false;
  // A bare "degree or equivalent" (at the end of its clause, or "or equivalent field") names an equivalent degree.
  // Experience, demonstrated skill, years of work or being a student in its place ("or at least 2 years of relevant
  // work experience", "or demonstrated exceptional skill", "or advanced student") and "additional qualifying
  // experience may be substituted for the required education" make the degree one way in among others.
  return testPattern(EXPERIENCE_INSTEAD, t);
}

const DEGREE_SHORTENS =
  /\bor\s+(?:\d{1,2}|one|two|three|four|five)\+?\s*(?:years?|months?)\b[^.;]{0,80}?\bwith\s+(?:an?\s+)?(?:[\w']+\s+)?(?:degree|master'?s|ph\.?\s?d|doctorate)\b/iu;
const DEGREE_OR_EXPERIENCE =
  /\b(?:years?|months?)\b[^.;()]{0,80}?\bexperience\b[^.;(]{0,40}?\(?\s*or\s+(?:an?\s+)?(?:[\w']+\s+)?(?:degree|bachelor'?s|master'?s)\b/iu;

/**
 * "2 years of experience, or 1 year of experience with an advanced degree": the degree only
 * shortens the experience asked for, so the line does not require it. "1-2 years of software
 * development experience (or a degree in Computer Science plus internships)": the degree is an
 * alternative to the experience, so neither is required by itself.
 */
export function degreeShortensExperience(text: string): boolean {
  const t = text.replace(/[’‘`´]/gu, "'");
  if (testPattern(DEGREE_SHORTENS, t)) return true;
  const alternative = patternFor(DEGREE_OR_EXPERIENCE, t).exec(t);
  // "Bachelor's degree and 5 years of experience, or Master's degree and 3 years": a degree either way.
  return alternative !== null && findDegrees(t.slice(0, alternative.index)).length === 0;
}

const IN_PROGRESS =
  /\b(?:currently\s+)?(?:enrolled|pursuing|working towards|working toward|studying (?:for|towards?))\b|\bcurrent (?:student|undergraduate)|\brising (?:junior|senior)|\bexpected graduation\b|\bgraduating (?:in|between)\b/iu;

/** "currently enrolled in / pursuing a bachelor's": the posting expects students. */
export function expectsInProgress(text: string): boolean {
  return testPattern(IN_PROGRESS, text);
}
