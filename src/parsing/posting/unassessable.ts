import { patternFor } from './ascii-pattern';
/** A phrase of a requirement line that asks for something no skill list can show. */
export interface UnassessableMention {
  /** The taxonomy name the requirement is recorded under. */
  readonly name: string;
  readonly start: number;
  readonly end: number;
}

/**
 * What postings ask of a person that a profile's skills cannot show: traits (communication,
 * teamwork, learning, problem solving) and conditions (the right to work, relocation, clearance,
 * travel). Each phrase is written as requirement lines word it; a benefit ("visa sponsorship if
 * needed") never reaches here, because benefits sections are not read for requirements.
 */
const PHRASES: readonly { readonly name: string; readonly pattern: RegExp }[] = [
  {
    name: 'Communication',
    pattern:
      /\b(?:(?:verbal|written|oral|interpersonal)(?:\s*(?:and|&|\/)\s*(?:verbal|written|oral|interpersonal))*\s+communications?(?:\s+skills?)?|communications?\s+(?:and\s+\w+\s+)?skills?|skills?\s+in\s+communication|communicat(?:e|ing)\s+(?:\w+\s+){0,3}?(?:clearly|effectively|efficiently|persuasively|asynchronously|transparently|openly|frequently|proactively|well|in\s+a\s+(?:clear|concise)\b)|(?:clearly|effectively|proactively)(?:\s+and\s+(?:concisely|effectively|persuasively))?\s+communicat(?:e|ing)|(?:communicat(?:e|ing)|explain(?:ing)?)\s+(?:complex\s+)?technical\s+(?:concepts|ideas|information|topics)|explain(?:s|ing)?\s+(?:[\w-]+\s+){0,4}?to\s+(?:the\s+|a\s+)?non-?\s?technical\b|(?:clear|effective|transparent|open|excellent|strong|good|great)\s+communication\b(?!\s+(?:protocols?|channels?|tools?|systems?|platforms?))|(?:ability|able|skills?|proficient|proficiency|great|excellent|good)\s+(?:to|in|at)\s+communicat(?:e|ing)(?!\s+in\s+(?:english|french|german|spanish|dutch|danish|swedish|norwegian|italian|portuguese|polish|japanese|chinese|mandarin)\b)|(?:clear|concise|effective|efficient|strong|excellent|good|great|confident)(?:\s*(?:,|and|&)\s*(?:clear|concise|effective|efficient|strong|excellent|good|great|confident)){0,2}\s+communicators?)\b/giu,
  },
  {
    name: 'Ability to learn',
    pattern:
      /\b(?:(?:ability|able|eager(?:ness)?|willing(?:ness)?|desire|keen|motivat\w+|(?:like|love|enjoy)s?)\s+to\s+(?:(?:quickly|always|constantly|continuously|continually|rapidly)\s+|[a-z]+\s+and\s+)?learn(?:\s+new\s+(?:skills|technologies|tools|things)|(?!\s+(?:about|with)\b))|(?:quick|fast|continuous|continual|constant|lifelong|life-long|avid|self-directed)\s+learn(?:er|ers|ing)|learning\s+(?:agility|aptitude)|(?:appetite|hunger|passion|interest)\s+(?:for|in)\s+learning|open\s+to\s+learning|(?:quickly|rapidly)\s+learn(?:s|ing)?\b(?!\s+(?:about|with)\b)|learn(?:s|ing)?\s+(?:new\s+(?:skills|technologies|tools|things)\s+)?(?:quickly|fast)|pick\s+up\s+new\s+(?:skills|technologies|tools)(?:\s+quickly)?)\b/giu,
  },
  {
    name: 'Teamwork',
    pattern:
      /\b(?:team\s*-?\s*work|team\s+players?|thrive\s+on\s+collaboration|collaborat(?:e|es|ing)\s+well\s+with\s+(?:\w+\s+){0,2}?(?:others|teams?|colleagues)|(?:ability|able|desire|willing(?:ness)?)\s+to\s+work\s+(?:[\w-]+\s+){0,4}?(?:in|with|within|as\s+(?:a\s+)?part\s+of)\s+(?:a\s+|an\s+|the\s+)?(?:[\w&-]+\s+){0,2}?teams?|collaborat(?:e|es|ing)\s+(?:(?:closely|well|effectively|extensively)\s+)?with\s+(?:[\w-]+\s+){0,4}?(?:teams?|others|people|colleagues|teammates|team\s*members|developers|engineers|designers|peers)\b|work(?:s|ing)?\s+well\s+(?:in|with|within)\s+(?:a\s+|the\s+)?(?:\w+\s+)?(?:teams?|others)|work(?:s|ing)?\s+(?:closely\s+)?(?:in|within|as\s+(?:a\s+)?(?:part|member)\s+of)\s+(?:a|an|the|your)\s+(?:[\w-]+\s+){0,4}?teams?|work(?:s|ing)?\s+closely\s+with\s+(?:your\s+|other\s+)?(?:team\s*members|teammates|colleagues|others)|collaborative\s+(?:mindset|attitude|approach|spirit|individual|working|in\s+(?:approach|nature|spirit)|(?:[\w&-]+\s+){0,3}?teams?)|(?:,|\band)\s+collaborative(?=\s*(?:[.;!]|$))|collaborat(?:e|es|ing|ion)\s+across\s+(?:[\w-]+\s+){0,4}?teams?|collaborative(?=\s+(?:software\s+)?(?:development|work)\b)|work(?:s|ing)?\s+alongside\s+(?:[\w-]+\s+){0,2}?(?:team\s*members|teammates|colleagues|others|engineers|developers|designers)|collaborat(?:e|es|ing)\s+closely\s+with\s+(?:the\s+|your\s+)?(?:team|others|colleagues)|work(?:s|ing)?\s+collaboratively|collaboratively\s+(?:on|in|with|within)\s+(?:[\w-]+\s+){0,3}?teams?|(?:desire|willing(?:ness)?|ability|able|eager|urge)\s+to\s+collaborate\b|(?<!\b(?:will|ll|youll)\s)(?:be|being)\s+(?:a\s+)?part\s+of\s+(?:a|the)\s+team|(?:good|great|active|supportive|reliable)\s+team\s*-?\s*mates?)\b/giu,
  },
  {
    name: 'Problem solving',
    pattern:
      /\b(?:problem[- ]solving(?:\s+skills)?|(?:creative\s+)?problem[- ]solvers?|problem\s+resolution|(?:solv|tackl)(?:e|es|ing)\s+(?:(?:complex|ambiguous|difficult|challenging|open-ended|technical|hard|tough|real-world|novel|programming|design|engineering|business)\s+){0,2}(?:problems|challenges))\b/giu,
  },
  {
    // The convention names analytical ability Critical thinking, apart from solving problems.
    name: 'Critical thinking',
    pattern:
      /\b(?:critical\s+thinking|think(?:ing)?\s+critically|analytic(?:al)?\s*(?:(?:\/|,|&|\band\b)\s*(?:[\w-]+\s*){1,2}?)?\s*(?:skills?|abilit(?:y|ies)|mind(?:set)?|thinking|thinker|approach|individual|person|work\s+style))\b/giu,
  },
  {
    // Adapting to change and working amid ambiguity, as the convention words Adaptability; "flexible" alone is
    // mostly a perk ("flexible hours"), so only flexibility asked of the person counts.
    name: 'Adaptability',
    pattern:
      /\b(?:adapt(?:s|ing)?\s+(?:easily\s+|quickly\s+)?to\s+(?:(?:a|an|the)\s+)?(?:(?:rapidly|constantly|quickly|ever)[- ])?(?:chang\w*|new\s+(?:situations|circumstances|priorities)|evolving|shifting)|(?:willing(?:ness)?|ability|able|eager|ready)\s+to\s+(?:[a-z]+\s*(?:,|\band\b)\s*)?adapt\b|comfort(?:able|ably)?\s+(?:[\w-]+\s+){0,3}?(?:ambigu\w+|(?:fast-paced|dynamic|changing)\s+(?:and\s+[\w-]+\s+)?environments?)|(?:thrive|thrives|thriving|excited)\s+(?:in|by|with)\s+(?:[\w-]+\s+){0,2}?ambigu\w+|(?:welcome|welcomes|embrace|embraces)\s+change|(?:be|being|stay|remain)\s+flexible\b|(?:resourceful|adaptable|strategic|proactive|open)\s*,?\s+and\s+flexible\b|flexible\s+(?:thinker|mindset|attitude))/giu,
  },
  {
    name: 'Presentation skills',
    pattern:
      /\b(?:present(?:s|ing)?(?=\s+(?:[\w-]+\s+){0,3}?to\s+(?:[\w-]+\s+){0,2}?(?:audiences?|stakeholders|executives|leadership|customers|clients)\b)|speak(?:s|ing)?\s+publicly)\b/giu,
  },
  {
    // "Work independently" itself is the taxonomy's name; these are its other wordings.
    name: 'Work independently',
    pattern:
      /\b(?:(?:operat(?:e|es|ing)|think(?:s|ing)?|figur(?:e|es|ing)\s+(?:things|it)\s+out|manag(?:e|es|ing)\s+(?:your|their)\s+(?:own\s+)?time)\s+independently|(?:with|have|has)\s+(?:a\s+high\s+degree\s+of\s+)?autonomy)\b/giu,
  },
  {
    name: 'Work authorization',
    pattern:
      /\b(?:(?:legally\s+(?:able|authori[sz]ed|eligible|entitled)|authori[sz]ed|eligible|entitled|permitted)\s+to\s+work|work\s+(?:authori[sz]ation|permit|visa|eligibility)|right\s+to\s+work|(?:without|not\s+(?:offer|provide)|no)\s+(?:(?:the\s+)?need\s+for\s+)?(?:visa\s+)?sponsorship|(?:require|need)s?\s+(?:visa\s+)?sponsorship)\b/giu,
  },
  {
    name: 'Willingness to relocate',
    pattern:
      /\b(?:(?:willing(?:ness)?|able|ability|open|ready|prepared)\s+to\s+relocate|relocation\s+(?:is\s+)?required|must\s+relocate)\b/giu,
  },
  {
    name: 'Security clearance',
    pattern:
      /\b(?:(?:active|current|secret|top\s+secret|ts\/sci|dod|government|federal|security|public\s+trust|sc|dv|nv1|nv2|baseline)\s+(?:security\s+)?clearance|clearance\s+(?:is\s+)?required|(?:obtain|maintain|hold|eligib\w+\s+for)\s+(?:a\s+|an\s+)?(?:\w+\s+){0,3}?clearance|TS\/SCI)\b/giu,
  },
  {
    name: 'Willingness to travel',
    pattern:
      /\b(?:(?:willing(?:ness)?|able|ability|open|ready)\s+to\s+travel|travel\s+(?:is\s+|(?:may|might|will)\s+be\s+)?(?:required|expected|needed|up\s+to\s+\d+\s*%|\d+\s*%)|(?:occasional|periodic|frequent|regular|some|domestic|international)\s+travel\b|(?:up\s+to\s+)?\d+\s*%\s+(?:of\s+the\s+time\s+)?travel|(?:requires?|involves?|must)\s+(?:occasional\s+|frequent\s+|some\s+)?travel)\b/giu,
  },
];

/** The names a not-assessable requirement is recorded under, in the order of PHRASES. */
export const UNASSESSABLE_NAMES: readonly string[] = PHRASES.map((p) => p.name);

/**
 * Finds the phrases of a requirement line that ask for a trait or a condition no profile's
 * skills can show ("Communication skills", "the ability to learn new technologies", "must be
 * authorized to work in the US", "willing to relocate", "active Secret clearance", "up to 25%
 * travel"), so the parser can keep them as a not-assessable group instead of a skill group that
 * nobody could ever satisfy, or instead of dropping them.
 */
export function findUnassessable(line: string): UnassessableMention[] {
  const out: UnassessableMention[] = [];
  for (const { name, pattern } of PHRASES)
    for (const m of line.matchAll(patternFor(pattern, line)))
      out.push({ name, start: m.index, end: m.index + m[0].length });
  return out.sort((a, b) => a.start - b.start);
}
