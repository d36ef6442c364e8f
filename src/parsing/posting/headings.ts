import { patternFor, testPattern } from './ascii-pattern';
import { statedImportance } from './importance';
import { memoized } from './memo';
import { splitSentences } from './sentences';
import { foldPunctuation } from './whitespace';

/** What a section of a posting is about, as far as the parser cares. */
export type SectionKind =
  'REQUIRED' | 'PREFERRED' | 'EDUCATION_REQUIRED' | 'EDUCATION_PREFERRED' | 'RESPONSIBILITIES' | 'LOCATIONS' | 'OTHER';

type Rule = readonly [SectionKind, RegExp];

// Matched against the whole heading, lower case, straight quotes, "&" as "and", no trailing colon.
const RULES: readonly Rule[] = [
  ['EDUCATION_PREFERRED', /^(?:preferred|desired|desirable|additional) education(?: requirements?)?$/u],
  [
    'EDUCATION_REQUIRED',
    /^(?:(?:required|minimum) )?education(?:al)?(?: (?:requirements?|background|and (?:experience|certifications?)|qualifications?))?$/u,
  ],
  [
    'PREFERRED',
    /^(?:(?:the )?preferred(?: (?:technical and professional (?:experience|expertise)|qualifications?|skills?(?: and experience)?|experience|requirements?|knowledge|competenc(?:y|ies)|background))?|nice[ -]to[ -]haves?(?: skills)?|(?:it'?s |it is )?nice if you have|good[ -]to[ -]haves?|(?:bonus|plus)(?: points?| skills| experience| if you have(?: any of)?)?(?: for)?|extra credit|pluses|(?:an? )?(?:big |huge |definite |major |real )?plus(?:es)? if you (?:also )?have|a plus|desired(?: skills| qualifications| experience)?|desired (?:skills|experience|qualifications) and (?:skills|experience|qualifications|abilities)|desirable(?: skills| qualifications)?|(?:additional|other) (?:desired )?(?:qualifications|skills)(?: that are a plus)?|recommended(?: (?:skills|qualifications|experience))?|ideally(?:,)?(?: you (?:have|also have|will have))?|even better if(?: you have)?|you(?:'ll)? stand out if(?: you have)?|what (?:would|will) make you stand out|we'?d love (?:it )?if you (?:had|have)|(?:it )?would be (?:great|nice|a plus) if you (?:had|have)|preferred(?:,)? but not required|not required but (?:nice|preferred)|what sets you apart)$/u,
  ],
  // A preferred heading that lists what it covers ("Preferred Technical Experience, Skills and Abilities").
  [
    'PREFERRED',
    /^preferred(?: [a-z]+)? (?:experience|skills|abilities|knowledge|qualifications)(?:,? (?:and )?(?:experience|skills|abilities|knowledge|qualifications)){1,3}$/u,
  ],
  // Lead-ins that say what is only wished for ("Great to have", "And we prefer, but don't require, that you").
  [
    'PREFERRED',
    /^(?:great|good|nice) to have$|^(?:useful|desirable|desired|optional) (?:qualities|skills|experience|qualifications)$|^(?:non[- ]essential(?: but)? )?desirable(?: but not required)?(?: skills| qualifications| experience| criteria)?$|^(?:and )?we (?:would )?prefer(?:,? but (?:don't|do not) require,?)?(?: that)?(?: you)?$|^(?:other )?(?:optional|bonus)(?:,? bonus)? qualifications(?: and experiences?)?(?: include)?(?: that you have)?$|^(?:one or more|any) of the following (?:is|are|would be) a plus$/u,
  ],
  [
    'REQUIRED',
    /^(?:the )?(?:(?:job|role|position|minimum|basic|required|key|essential|core|technical|must[ -]have|mandatory|general|primary|candidate|your) )?(?:requirements?|qualifications?|skills?(?: and (?:experience|qualifications|abilities|competencies))?|experience(?: and (?:skills|qualifications))?|expertise|competenc(?:y|ies)|knowledge(?:,? skills,? and abilities)?)(?: and (?:skills|experience|education|qualifications))?$|^required technical and professional (?:expertise|experience)$|^(?:what )?you(?:'ll| will)? (?:need|bring|have)(?: to (?:succeed|be successful|bring))?$|^what you(?:'ll| will)? (?:need|bring)(?: to (?:the (?:table|role|team)|succeed|be successful|[a-z0-9&.' -]{2,30}))?$|^what we(?:'re| are)? (?:looking for|look for|seek|need|require|expect)(?: in you)?$|^what (?:will|do) you need(?: to (?:succeed|be successful))?\??$|^what you(?:'ve| have) (?:done|achieved|built)(?: (?:so far|before|in your career))?$|^specialized experience(?: for (?:the )?(?:gs|grade)[- ]?[0-9a-z/ -]{1,20})?$|^who you are\??$|^about you$|^who should (?:apply|respond)\??$|^who (?:are we|we're|we are) looking for\??$|^(?:the )?ideal candidate(?: (?:will have|has|profile))?$|^you (?:are|should have|must have|have)$|^must[ -]haves?$|^your (?:background|profile|skills|qualifications|experience|toolkit)$|^is this you\??$|^(?:skills|requirements|qualifications) (?:and|\/) (?:requirements|qualifications|experience|skills)$|^what makes you (?:a )?(?:great )?(?:fit|qualified)$|^we(?:'d)? (?:expect|require)(?: you to have)?$|^who we(?:'re| are) looking for$|^we(?:'re| are|'ll be| will be) looking for$|^requirements? (?:for|of) (?:the )?(?:role|position|job)$|^required$|^(?:what )?(?:we |you )?(?:need|needs|must know)$/u,
  ],
  // Lead-ins worded as who the candidate is ("An excellent candidate will be able to", "You'll fit right in if").
  [
    'REQUIRED',
    /^(?:an? |the )?(?:excellent|ideal|successful|right|great) candidates? (?:will|should|must) (?:be able to|have|bring|be)$|^you(?:'ll| will)? fit (?:right )?in if(?: you)?$|^you (?:may|might|could) be a (?:good |great )?fit(?: for (?:this|the) role)? if(?: you)?$|^we(?:'re| are) interested in (?:people|someone|candidates|applicants) who$|^(?:the )?skills we(?:'re| are) (?:looking for|seeking)$|^must(?: to)?[ -]haves?(?: skills)?$|^(?:necessary|required|essential) qualities$|^(?:essential|selection|evaluation) criteria$|^essential$|^person specification(?: [a-z/ -]{0,60})?$|^evaluations?$|^(?:how )?(?:we(?:'ll| will) evaluate you|you(?:'ll| will) be evaluated)(?: based)?(?: on)?(?: your)?$|^(?:all )?candidates will be evaluated(?: based)? on(?: their experiences?)?$|^(?:as (?:the|an?) [a-z ]{2,40}, )?we expect(?:,? at a minimum,?)?(?: that)?(?: you| all team members)?(?: to)?$|^your (?:qualities|competencies)(?: and (?:skills|experience))?(?: as (?:an? )?[a-z0-9 ]{2,60})?$/u,
  ],
  [
    'RESPONSIBILITIES',
    /^(?:your |key |main |job |role |primary |the )?(?:role and )?responsibilit(?:y|ies)(?: include)?$|^your role(?: and responsibilities)?$|^what you(?:'ll| will)? (?:do|be doing|work on)$|^(?:what )?you(?:'ll| will)? (?:need to )?(?:accomplish|achieve|deliver)(?: the following(?: things)?)?$|^(?:about )?the (?:role|job|position|opportunity)$|^role (?:overview|description|summary)$|^(?:job |key )?duties(?: and responsibilities)?$|^in this role(?:,? you will)?$|^(?:a )?day(?:[ -]to[ -]day| in the life)$|^(?:job|position) (?:description|summary|overview)$|^(?:the )?opportunity$|^your (?:impact|mission|day)$|^how you(?:'ll| will) (?:make an impact|contribute|help)$|^you will$|^overview$|^summary$|^what the job involves$|^description$|^what (?:will|would) you (?:do|be doing|work on)\??$/u,
  ],
  ['LOCATIONS', /^(?:job |work |office )?locations?$/u],
  [
    'OTHER',
    /^(?:about (?:us|the (?:company|team|business|group|organization)|[a-z0-9&.' -]{2,30})|introduction|who we are|our (?:company|team|mission|culture|story|values|stack|tech stack)|company (?:description|overview)|(?:tech(?:nology)? )?stack|tools we use|technologies(?: we use| used)?|what we (?:build|work) with|(?:what )?your first [0-9]{1,3} days(?: (?:will )?look like| with us)?|being you.*|equal (?:employment )?opportunity.*|eeo.*|diversity.*|how to apply|to apply|application process|interview process|other relevant job details|full job description|additional (?:information|details)|(?:general )?(?:(?:hiring |recruitment |selection )?process|application) information|general information|benefits(?: and perks)?|perks(?: and benefits)?|(?:what we(?:'ll| will)? offer|we offer|our offer)(?: you)?|compensation(?: and benefits)?|salary(?: range)?|(?:pay )?rate|pay(?: range| transparency)?|why (?:join us|us|work (?:with|for) us|you'll love.*)|life at .*|the team|team|culture|legal|disclaimer|privacy.*|accommodations?|important information|note|job details|details|start date|(?:required |application |supporting )?documents(?: required)?)$/u,
  ],
];

/**
 * The comparable form of a heading candidate. Emphasis marks go too: a line Markdown was not read
 * from keeps them ("As the *team leader*, we expect you to:" in a pasted paragraph).
 */
export function headingKey(text: string): string {
  return foldPunctuation(text)
    .toLowerCase()
    .replace(/^[^a-z0-9]+/u, '')
    .replace(/&/gu, ' and ')
    .replace(/[*_]+/gu, '')
    .replace(/[:.!*\-–—…\s]+$/u, '')
    .replace(/\s+/gu, ' ')
    .trim();
}

const MAX_KEY = 80;
const MORE_THAN_A_KEY = new RegExp(`^[^A-Za-z0-9]*(?:[A-Za-z0-9][^A-Za-z0-9]*){${MAX_KEY + 1}}`, 'u');

/** The section a known heading opens, or null when the text is not one of the known headings. */
export function knownHeadingKind(text: string): SectionKind | null {
  return text.length > MAX_CACHED ? uncachedHeadingKind(text) : cachedHeadingKind(text);
}

// Longer texts are seldom repeated and mostly fail the first test at once.
const MAX_CACHED = 200;
const cachedHeadingKind = memoized(uncachedHeadingKind);

function uncachedHeadingKind(text: string): SectionKind | null {
  // Every ASCII letter and digit of the text stays in its key, so a text with more of them than a key
  // may hold is no heading; finding out stops after that many, where folding the whole text would
  // make joining a long run of wrapped lines quadratic.
  if (MORE_THAN_A_KEY.test(text)) return null;
  const key = headingKey(text);
  if (key === '' || key.length > MAX_KEY) return null;
  for (const [kind, pattern] of RULES) if (pattern.test(key)) return kind;
  return null;
}

const MINOR_WORDS = new Set([
  'a',
  'an',
  'and',
  'or',
  'of',
  'the',
  'to',
  'for',
  'in',
  'on',
  'at',
  'with',
  'by',
  '@',
  '&',
  'is',
  'you',
  'your',
]);

/** Every significant word starts with a capital (or the line is in capitals). */
export function isTitleCase(text: string): boolean {
  const words = text.split(/\s+/u).filter((w) => /[A-Za-z]/u.test(w));
  if (words.length === 0) return false;
  return words.every((w, i) => (i > 0 && MINOR_WORDS.has(w.toLowerCase())) || /^[^a-z]*[A-Z]/u.test(w));
}

/** Letters all in capitals, and at least three of them. */
export function isAllCaps(text: string): boolean {
  const letters = text.replace(/[^A-Za-z]/gu, '');
  return letters.length >= 3 && letters === letters.toUpperCase();
}

export interface HeadingContext {
  readonly bullet: boolean;
  readonly marked: boolean;
  /** The section the line would otherwise belong to. */
  readonly current: SectionKind | null;
}

/**
 * Decides whether a line is a heading and which section it opens. Known headings (any case,
 * with or without a colon) always count unless they are list items; markup headings, ALL-CAPS
 * lines and short Title Case lines that end a paragraph count as OTHER sections, except inside
 * a requirements section, where short "Languages:" style labels are sub-headings (null) so the
 * list under them stays required.
 */
export function classifyHeading(text: string, ctx: HeadingContext): SectionKind | null {
  const trimmed = text.trim();
  if (trimmed.length === 0 || trimmed.length > 90) return null;
  return cachedClassify(`${ctx.bullet ? 'b' : '-'}${ctx.marked ? 'm' : '-'}${ctx.current ?? ''}:${trimmed}`);
}

// The context and the line in one key ("bm" flags, the current kind, then the line after the first colon).
const cachedClassify = memoized((key: string): SectionKind | null => {
  const colon = key.indexOf(':');
  const current = key.slice(2, colon);
  return classifyTrimmed(key.slice(colon + 1), {
    bullet: key[0] === 'b',
    marked: key[1] === 'm',
    current: current === '' ? null : (current as SectionKind),
  });
});

function classifyTrimmed(trimmed: string, ctx: HeadingContext): SectionKind | null {
  const known = knownHeadingKind(trimmed);
  if (known !== null && (!ctx.bullet || ctx.marked || /:$/u.test(trimmed))) return known;
  if (ctx.bullet && !ctx.marked) return null;
  // "You should be located near:" lists places, though worded like a requirement.
  // The tests ending in a colon run only on lines that end in one: most lines do not, and they are many.
  const endsInColon = trimmed.endsWith(':');
  if (endsInColon && testPattern(LOCATED_NEAR, trimmed)) return 'LOCATIONS';
  const marked = patternFor(MARKED_HEADING, trimmed).exec(trimmed) ?? patternFor(MARKED_INSIDE, trimmed).exec(trimmed);
  if (marked !== null) return testPattern(REQUIRED_MARK, marked[1]) ? 'REQUIRED' : 'PREFERRED';
  if (ctx.marked) {
    // A federal posting's bold field labels ("**Travel requirement:**" then "Occasional travel ..."): a condition of
    // the appointment, not a list of what the candidate must know.
    if (testPattern(CONDITION_LABEL, foldPunctuation(trimmed))) return 'OTHER';
    // A markup heading worded as a requirement lead-in ("### You'll need professional experience with:").
    const asked = askedKind(trimmed);
    // Under a preferred heading, a sub-heading that only says what is sought ("#### We are seeking individuals with
    // the following skills:") introduces the preferred list; it takes the list back to required only if it says so.
    // A titled heading ("### SPECIALIST SKILLS") opens a section of its own.
    if (
      asked === 'REQUIRED' &&
      ctx.current === 'PREFERRED' &&
      /:$/u.test(trimmed) &&
      !testPattern(MUST_SAY, foldPunctuation(trimmed))
    )
      return null;
    if (asked !== null) return asked;
    // "You'll help us:", "We'll offer:": short enough to pass for a sub-label inside the requirements, but duties and perks.
    if (isDutiesLeadIn(trimmed)) return 'RESPONSIBILITIES';
    if (isOfferLeadIn(trimmed) || isProcessLeadIn(trimmed)) return 'OTHER';
  }
  if (endsInColon && /you(?:'ll|’ll| will)(?: be)?:$/iu.test(trimmed) && trimmed.length < 100)
    return 'RESPONSIBILITIES';
  const wordCount = trimmed.split(/\s+/u).length;
  // Two- and three-word labels ("Travel requirement:", "Security clearance:") are fields, not lead-ins.
  // A lead-in of two sentences ("Experience with Java. Ideally with experience in the following:") is a requirement
  // line that leads a list in, not a heading: its first sentence asks something itself.
  // One stating a duration ("3-5 years of experience with AWS, with the following skills desired:") asks it itself too.
  if (
    !ctx.bullet &&
    /:$/u.test(trimmed) &&
    wordCount >= 4 &&
    wordCount <= 16 &&
    splitSentences(trimmed).length === 1 &&
    !testPattern(STATES_DURATION, trimmed)
  ) {
    // A plain line ending in a colon worded as what the candidate needs ("All team members should have these required
    // qualifications:") opens that section; inside a requirements section only a switch to PREFERRED counts.
    const asked = askedKind(trimmed);
    const inside = ctx.current === 'REQUIRED' || ctx.current === 'PREFERRED';
    if (asked !== null && (!inside || asked === 'PREFERRED')) return asked;
    // Worded as the job's duties ("What your primary responsibilities will be:", "Projects you could work on:"):
    // what follows is work to be done, not something asked of the candidate, even right after the requirements.
    if (asked === null && isDutiesLeadIn(trimmed)) return 'RESPONSIBILITIES';
    // Worded as what the job offers ("Here is what we offer you:") or how hiring goes ("What to expect once you apply:"):
    // perks and steps, not requirements.
    if (asked === null && (isOfferLeadIn(trimmed) || isProcessLeadIn(trimmed))) return 'OTHER';
  }
  if (endsInColon && testPattern(NAMES_LOCATIONS, trimmed)) return 'LOCATIONS';
  const words = trimmed.split(/\s+/u).length;
  const inRequirements = ctx.current === 'REQUIRED' || ctx.current === 'PREFERRED';
  if (/[.,;!?]$/u.test(trimmed) || words > 8) return null;
  // Inside the requirements, a bold lead-in worded as a sentence ("**Here's how it will work:**") introduces the list
  // under it rather than a new section; a titled label ("**About Us:**") still opens one.
  if (ctx.marked)
    return inRequirements && (words <= 3 || (/:$/u.test(trimmed) && !isTitleCase(trimmed))) ? null : 'OTHER';
  const colon = /:$/u.test(trimmed);
  // Under education and location headings, short capitalised lines are the content ("Bachelor's Degree", "San Jose - CA").
  const listSection =
    ctx.current === 'EDUCATION_REQUIRED' || ctx.current === 'EDUCATION_PREFERRED' || ctx.current === 'LOCATIONS';
  if (listSection && !colon && !(isAllCaps(trimmed) && words >= 2)) return null;
  if (testPattern(NAMES_DEGREE, trimmed) && !colon) return null;
  // A heading by its shape worded as what is wished for ("Experience In The Following Areas Preferred") opens the preferred
  // section, as a markup heading would: text pasted without its markup keeps the wording, not the mark.
  const shaped =
    !colon && words >= 2 && !/,/u.test(trimmed) && (isAllCaps(trimmed) || (isTitleCase(trimmed) && words <= 6));
  // A required one only when it opens by saying so ("Required Education/Experience"): a plain heading otherwise worded as
  // what is required ("Line Of Business Requirements", "The Impact You Will Have") is as often about the job.
  const asked = !shaped
    ? null
    : askedKind(trimmed) === 'PREFERRED'
      ? 'PREFERRED'
      : testPattern(OPENS_REQUIRED, trimmed)
        ? 'REQUIRED'
        : null;
  if (inRequirements) {
    if (asked !== null && asked !== ctx.current) return asked;
    // "Interested? We offer:": the perks after the requirements, however short the lead-in.
    if (colon && isOfferLeadIn(trimmed)) return 'OTHER';
    if (colon || !isAllCaps(trimmed) || words < 2 || /,/u.test(trimmed)) return null;
    return 'OTHER';
  }
  if (colon) return testPattern(SAYS_FOLLOWING, trimmed) || words > 5 ? null : 'OTHER';
  if (shaped) return asked ?? 'OTHER';
  return null;
}

const LOCATED_NEAR = /\blocated (?:in|near|at|within)\b[^.]{0,40}:$/iu;
const REQUIRED_MARK = /^(?:required|mandatory|must[ -]have)$/iu;
const NAMES_DEGREE = /\b(?:degree|bachelor|master|diploma)\b/iu;
const SAYS_FOLLOWING = /\bfollowing\b/iu;
const NAMES_LOCATIONS =
  /\b(?:following|these|our|multiple|several|one of the)\s+(?:office\s+|work\s+|job\s+)?locations\b.*:$|^(?:job |work |office )?locations?\s*:$/iu;

const STATES_DURATION = /\b\d{1,2}\+?\s*(?:[-–]\s*\d{1,2}\s*)?(?:years?|yrs?|months?)\b/iu;

const OPENS_REQUIRED = /^(?:required|minimum|mandatory|essential|must[- ]have)\b/iu;

const CONDITION_LABEL =
  /^(?:travel|security|clearance|citizenship|residency|visa|physical|medical|vaccination|background check|drug test(?:ing)?|schedule|work schedule|location|age|licen[cs]e|driving)\s+requirements?\s*:$/iu;

/** "Additional Experience (Not Required)", "Other Skills (optional):": a heading that states its importance. */
const MARKED_HEADING =
  /^(?:(?:additional|other|extra|bonus|desired|further|relevant|technical|professional|and)\s+){0,3}(?:experience|skills|qualifications|knowledge|requirements|expertise)\s*\(\s*(not required|optional|preferred|nice[ -]to[ -]have|a plus|bonus|required|mandatory|must[ -]have)\s*\)\s*:?$/iu;
/** "Advanced (preferred) qualifications": the importance stated inside the heading. */
const MARKED_INSIDE =
  /^(?:[a-z]+\s+){0,3}\(\s*(not required|optional|preferred|nice[ -]to[ -]have|a plus|bonus|required|mandatory|must[ -]have)\s*\)\s+(?:[a-z]+\s+){0,2}(?:experience|skills|qualifications|knowledge|requirements|expertise)\s*:?$/iu;
const ASKS =
  /\b(?:you(?:'ll|’ll| will)? (?:need|have|bring|know)|you should (?:have|know|be)|(?:experience|proficiency|familiarity|knowledge|expertise) (?:with|in|of)|we(?:'re|’re| are) looking for|looking for|must[- ]haves?|requirements?|qualifications?|skills|tech(?:nical)? (?:skills|requirements))\b/iu;
const MUST_SAY = /\b(?:required|requirements?|must|mandatory|essential|minimum|need|needs)\b/iu;
const PREFERS =
  /\b(?:nice|bonus|a plus|pluses|preferred|ideally|desired|desirable|stand out|extra credit|not required|good to have)\b/iu;
const DOES =
  /\b(?:you(?:'ll|’ll| will) (?:do|be doing|work on|own|build)|who will|responsibilit|duties|day[- ]to[- ]day|offer|benefits|perks)\b/iu;

const DUTIES =
  /\b(?:responsibilit(?:y|ies)|duties|day[- ]to[- ]day|you(?:'ll| will| would| could| might| may) (?:do|be doing|work on|be working on|own|tackle|help(?: us)?)|(?:projects|things|tasks|problems) you(?:'ll| will| would| could| might| may)? (?:work on|do|tackle|own))\b/iu;

// "In this role, you will have the opportunity to:": what the job lets one do, though "you will have" reads as asking.
const OPPORTUNITY = /\b(?:have|get|be given) (?:the |an )?(?:opportunity|chance) to\b/iu;

/** A lead-in worded as the job's duties, and not also as what the candidate needs. */
function isDutiesLeadIn(text: string): boolean {
  const t = foldPunctuation(text);
  return testPattern(OPPORTUNITY, t) || (testPattern(DUTIES, t) && !testPattern(ASKS, t));
}

const OFFER = /\b(?:we(?:'ll| will)? offer|(?:benefits|perks)(?: include)?|in it for you)\b/iu;

/** Worded as only wished for: a heading's own words, or any cue a requirement line may carry ("... is a big plus:"). */
function prefers(text: string): boolean {
  return testPattern(PREFERS, text) || statedImportance(text) === 'PREFERRED';
}

/** A lead-in worded as what the job offers, and not also as what the candidate needs or would ideally have. */
function isOfferLeadIn(text: string): boolean {
  const t = foldPunctuation(text);
  return testPattern(OFFER, t) && !testPattern(ASKS, t) && !prefers(t);
}

const PROCESS =
  /\b(?:what to expect|next steps|(?:interview|hiring|application|recruitment|selection) process|how to apply|once you(?:'ve)? appl(?:y|ied)|after you appl(?:y|ied))\b/iu;

/** A lead-in worded as how applying and hiring go, and not also as what the candidate needs. */
function isProcessLeadIn(text: string): boolean {
  const t = foldPunctuation(text);
  return testPattern(PROCESS, t) && !testPattern(ASKS, t);
}

/** REQUIRED or PREFERRED for a heading worded as what the candidate needs; null for anything else. */
// "What you should know about our Engineering team:": what the employer tells of itself, though worded as asking.
const ABOUT_US = /\babout (?:our|the) (?:[\w-]+ )?(?:team|company|culture|stack|organi[sz]ation|business|mission)\b/iu;

// "Required and Preferred Qualifications": one list of both, each line's own cue marks the preferred ones.
const BOTH_KINDS =
  /\b(?:required|minimum|basic|must[- ]haves?)\s+(?:and|&|\/)\s+(?:preferred|desired|desirable|nice[- ]to[- ]haves?)\b/iu;

function askedKind(text: string): SectionKind | null {
  const t = foldPunctuation(text);
  if (testPattern(ABOUT_US, t)) return null;
  if (testPattern(BOTH_KINDS, t) && testPattern(ASKS, t)) return 'REQUIRED';
  if (testPattern(DOES, t) || testPattern(OPPORTUNITY, t) || !testPattern(ASKS, t))
    return prefers(t) && !testPattern(DOES, t) ? 'PREFERRED' : null;
  return prefers(t) ? 'PREFERRED' : 'REQUIRED';
}

const RUN_IN =
  /([.!?)\]a-z])\s*((?:(?:preferred|minimum|basic|required|key|desired|additional|the ideal candidate)\s+)?(?:requirements|qualifications|nice[ -]to[ -]haves?|bonus points|bonus|must[ -]haves?|need|what you(?:'ll| will) (?:need|bring|do)|responsibilities|benefits|about you|about us|who you are|skills|education|perks)\s*:)/giu;

/** A line split around a heading that ran into it. */
export interface RunIn {
  readonly before: string;
  readonly heading: string;
  readonly after: string;
}

/**
 * Splits a heading that ran into the previous sentence ("...great products.Requirements:")
 * or that carries its content on the same line ("Nice to have: Kafka") into separate parts:
 * text before, the heading, and text after. One-line fields ("Location: Remote") stay whole;
 * with `leadingToo` false (list items) only a heading run into mid-line text is split.
 */
export function splitRunInHeading(text: string, leadingToo = true): RunIn | null {
  const leading = !leadingToo ? null : /^([A-Za-z][A-Za-z'’ &/-]{1,60}?)\s*:\s*(\S.*)$/u.exec(text);
  if (leading) {
    const kind = knownHeadingKind(leading[1]);
    // "Location: Remote" or "Note: ..." is a one-line field, not the start of a section.
    if (kind !== null && kind !== 'LOCATIONS' && kind !== 'OTHER')
      return { before: '', heading: `${leading[1]}:`, after: leading[2] };
  }
  const runIn = patternFor(RUN_IN, text);
  runIn.lastIndex = 0;
  for (let m = runIn.exec(text); m !== null; m = runIn.exec(text)) {
    const headingText = m[2];
    const start = m.index + m[0].length - headingText.length;
    // Glued to a lower-case letter only counts when the heading word is capitalised ("productsRequirements:").
    if (/[a-z]/u.test(m[1]) && !/^[A-Z]/u.test(headingText)) continue;
    if (/[a-z]/u.test(m[1]) && m[0].length !== m[1].length + headingText.length) continue;
    if (knownHeadingKind(headingText) === null) continue;
    const before = text.slice(0, start).trim();
    if (before === '') continue;
    return { before, heading: headingText.trim(), after: text.slice(start + headingText.length).trim() };
  }
  return null;
}
