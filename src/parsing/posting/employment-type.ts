import type { EmploymentType } from '../../domain/vocabulary';
import { patternFor, testPattern } from './ascii-pattern';
import { headerZone } from './header-zone';
import { JOB_NOUN_WORDS } from './job-title-pattern';
import type { SectionedLine } from './sections';
import { foldPunctuation } from './whitespace';

const TYPE_WORDS: readonly (readonly [EmploymentType, RegExp])[] = [
  [
    'INTERN',
    /\b(?:intern|interns|internship|co-?op|co-operative education|apprentice(?:ship)?|working student|summer student|est[áa]gio|estagi[áa]ri[oa]|praktikum)\b|\b(?:hire|hiring|recruit|recruiting|seeking|looking for) (?:an? )?students?\b|\bstudent (?:position|role|job|opportunity|placement|work term)\b/iu,
  ],
  [
    'CONTRACTOR',
    /\b(?:contract(?:or)?(?:[- ]to[- ]hire)?|freelance|freelancer|c2c|corp[- ]to[- ]corp|1099|consultancy basis)\b/iu,
  ],
  ['TEMPORARY', /\b(?:temporary|temp|seasonal|maternity cover)\b/iu],
  ['PART_TIME', /\bpart[- ]?time\b/iu],
  // "Leadership in professional or volunteer settings", "a volunteer community": the job itself must be unpaid.
  [
    'VOLUNTEER',
    /\b(?:volunteer|unpaid) (?:position|role|opportunity|basis|job|post)\b|\bunpaid\b(?! (?:leave|overtime))/iu,
  ],
  ['PER_DIEM', /\bper[- ]diem\b/iu],
  ['FULL_TIME', /\b(?:full[- ]?time|permanent)\b/iu],
];

// "contract law", "contracts with clients": contracts the job deals with, not its own.
const CONTRACTS_OF_OTHERS =
  /\bcontract(?:ual)? (?:law|management|negotiation)s?\b|\bcontracts?\b(?= with (?:clients|customers|vendors))/giu;
const NOT_TEMP = /\btemp(?:late|erature)/iu;
const PERMANENT_PEOPLE =
  /\b(?:non-?)?permanent (?:employees?|staff|workers?|residents?|residency|resident status|members? of staff)\b/giu;

const TYPE_PHRASE = String.raw`(?:full[- ]?time|part[- ]?time|permanent|temporary|seasonal|contract|freelance|intern(?:ship)?|co-?op|volunteer|fixed[- ]term)`;
/**
 * A sentence that states this job's type: "This is a full-time position", "an opening for a full-time developer",
 * "As an Intern, ...", "is seeking Android/Python contractors". Mentions of people ("full-time employees", "outside
 * contractors", "contractors and interns") state nothing.
 */
const STATED_TYPE = new RegExp(
  String.raw`\b(?:an?|this|the|our)\s+(?:new\s+|paid\s+|remote\s+)?(${TYPE_PHRASE})(?:[\s,-]+(?:[\w/-]+\s+){0,2}?)(?:position|role|job|opening|appointment|opportunity|post|assignment|engagement|${JOB_NOUN_WORDS.join('|')})\b|\bas an? (intern|co-?op|apprentice)\b|\b(?:seeking|hiring|looking for)\s+(?:[\w/-]+\s+){0,3}?(contractors?|freelancers?|interns?)\b`,
  'iu',
);
// "two year term contract", "a permanent contract": the contract is the employment, not a contractor's.
const CONTRACT_OF_EMPLOYMENT = /\b(?:term|fixed[- ]term|temporary|permanent|employment) contracts?\b/giu;

/** A fixed-length appointment ("fixed-term", "a 2 year-term position"): TEMPORARY unless the text states its schedule. */
const TERM =
  /\b(?:fixed[- ]term|(?:\d+|one|two|three|four|five)[- ](?:year|month)s?[- ]term|(?<![\w-])term (?:position|appointment|role|employment))\b/iu;
/** Part time offered as an option beside the stated schedule ("we are open to discussing part-time arrangements"). */
const PART_TIME_OPTION =
  /\b(?:open to|happy to|willing to|can|could|may)\s+(?:discuss(?:ing)?|consider(?:ing)?|offer(?:ing)?)\s+(?:\w+\s+){0,2}?part[- ]?time\b|\bpart[- ]?time (?:is )?(?:also )?(?:possible|negotiable|an option)\b/giu;

/**
 * The employment type: from the title first (an intern or co-op title settles it), then an
 * "Employment type:" style field, then the opening lines and the requirements or role text.
 * Company boilerplate (benefits, "about us") is not read, because it talks about other roles
 * ("based on a full-time schedule", "for part time roles"). Null when nothing says.
 */
export function findEmploymentType(title: string | null, lines: readonly SectionedLine[]): EmploymentType | null {
  const fromText = (raw: string): EmploymentType | null => {
    const text = foldPunctuation(raw);
    for (const [type, pattern] of TYPE_WORDS) if (pattern.test(text)) return type;
    return TERM.test(text) ? 'TEMPORARY' : null;
  };
  // A title or a field naming a student ("Front End Developer Student", "Type: Student Full time") is a student's job.
  const fromName = (text: string): EmploymentType | null => (/\bstudents?\b/iu.test(text) ? 'INTERN' : fromText(text));
  // A field offering several ("Full-time or Part-time", "Contract to Permanent") is the one it names first; an
  // internship stays one ("Full time internship").
  const fromField = (raw: string): EmploymentType | null => {
    const first = fromName(raw);
    if (first === null || first === 'INTERN') return first;
    const text = foldPunctuation(raw);
    let best: { type: EmploymentType; at: number } | null = null;
    for (const [type, pattern] of TYPE_WORDS) {
      const at = text.search(pattern);
      if (at >= 0 && (best === null || at < best.at)) best = { type, at };
    }
    return best?.type ?? first;
  };
  if (title !== null) {
    const t = fromName(title);
    if (t !== null) return t;
  }
  const FIELD =
    /^(?:employment|job|position|contract|work|role|engagement|time|worker)\s*(?:type|schedule)\s*:?\s*(.*)$|^(?:type|schedule)\s*:\s*(.+)$|^(?:full[- ]?time|part[- ]?time)\s*\/\s*(?:full[- ]?time|part[- ]?time)\s*:\s*(.+)$/iu;
  for (const [i, line] of lines.entries()) {
    const m = FIELD.exec(fieldForm(line.text));
    if (m) {
      // "Employment type" on one line and "Full-time" on the next (LinkedIn) counts too.
      const value = (m[1] ?? m[2] ?? m[3] ?? '').trim() || (lines[i + 1]?.text ?? '');
      const t = fromField(value);
      if (t !== null) return t;
    }
  }
  const stated = new Set<EmploymentType>();
  for (const line of lines) {
    if (line.heading) continue;
    const folded = foldPunctuation(line.text);
    const offered = folded.replace(patternFor(PART_TIME_OPTION, folded), '');
    const m = patternFor(STATED_TYPE, offered).exec(offered);
    // The whole phrase: "a fixed-term full-time position" states its schedule, which the corpus rule reads as the type.
    const t = m === null ? null : fromText(m[0].replace(/\b(contractor|freelancer|intern)s\b/giu, '$1'));
    if (t !== null) stated.add(t);
  }
  for (const [type] of TYPE_WORDS) if (stated.has(type)) return type;
  if (stated.has('TEMPORARY')) return 'TEMPORARY';
  const zone = headerZone(lines);
  const readable = lines.filter(
    (l, i) =>
      i < zone ||
      l.section === 'NONE' ||
      l.section === 'RESPONSIBILITIES' ||
      l.section === 'REQUIRED' ||
      l.section === 'PREFERRED',
  );
  const votes = new Map<EmploymentType, number>();
  for (const line of readable) {
    // The removals insert nothing, so a pattern fit for the folded line fits what is left of it.
    const folded = foldPunctuation(line.text);
    const text = folded
      .replace(patternFor(CONTRACT_OF_EMPLOYMENT, folded), '')
      .replace(patternFor(CONTRACTS_OF_OTHERS, folded), '')
      .replace(patternFor(PART_TIME_OPTION, folded), '')
      // "the same benefits as permanent employees", "citizens and permanent residents": people, not this job.
      .replace(patternFor(PERMANENT_PEOPLE, folded), '');
    for (const [type, pattern] of TYPE_WORDS) {
      if (type === 'TEMPORARY' && testPattern(NOT_TEMP, text)) continue;
      if (testPattern(pattern, text)) votes.set(type, (votes.get(type) ?? 0) + 1);
    }
  }
  // The labelling rule of the corpus: a term with its schedule stated is that schedule ("full-time and fixed-term for up to 5 years").
  // The term itself is read anywhere but in headings: postings state it in a paragraph about the position or the
  // appointment ("This is a TERM appointment"), where company boilerplate rarely names one.
  let term = false;
  for (const line of lines) {
    const text = foldPunctuation(line.text);
    if (line.heading || !testPattern(TERM, text)) continue;
    // "full-time and fixed-term for up to 5 years": the schedule the term's own sentence states.
    const schedule = /\bfull[- ]?time\b/iu.test(text)
      ? 'FULL_TIME'
      : /\bpart[- ]?time\b/iu.test(text.replace(PART_TIME_OPTION, ''))
        ? 'PART_TIME'
        : null;
    if (schedule === null) term = true;
    else votes.set(schedule, (votes.get(schedule) ?? 0) + 1);
  }
  if (term && !votes.has('FULL_TIME') && !votes.has('PART_TIME'))
    votes.set('TEMPORARY', (votes.get('TEMPORARY') ?? 0) + 1);
  for (const [type] of TYPE_WORDS) if ((votes.get(type) ?? 0) > 0) return type;
  return null;
}

/** A table row "| Full-Time / Part-Time | Full-Time |" as the field line "Full-Time / Part-Time: Full-Time". */
function fieldForm(text: string): string {
  const cells = /^\|(.*)\|$/u.exec(text.trim());
  if (cells === null) return text;
  return cells[1]
    .split('|')
    .map((c) => c.trim())
    .filter((c) => c !== '')
    .join(': ');
}
