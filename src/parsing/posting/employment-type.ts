import type { EmploymentType } from '../../domain/vocabulary';
import { headerZone } from './header-zone';
import type { SectionedLine } from './sections';
import { foldPunctuation } from './whitespace';

const TYPE_WORDS: readonly (readonly [EmploymentType, RegExp])[] = [
  [
    'INTERN',
    /\b(?:intern|interns|internship|co-?op|co-operative education|apprentice(?:ship)?|working student|summer student)\b/iu,
  ],
  [
    'CONTRACTOR',
    /\b(?:contract(?:or)?(?:[- ]to[- ]hire)?|freelance|freelancer|c2c|corp[- ]to[- ]corp|1099|consultancy basis)\b/iu,
  ],
  ['TEMPORARY', /\b(?:temporary|temp|seasonal|maternity cover)\b/iu],
  ['PART_TIME', /\bpart[- ]?time\b/iu],
  ['VOLUNTEER', /\b(?:volunteer|unpaid)\b/iu],
  ['PER_DIEM', /\bper[- ]diem\b/iu],
  ['FULL_TIME', /\b(?:full[- ]?time|permanent)\b/iu],
];

const PERMANENT_PEOPLE =
  /\b(?:non-?)?permanent (?:employees?|staff|workers?|residents?|residency|resident status|members? of staff)\b/giu;

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
  if (title !== null) {
    const t = fromText(title);
    if (t !== null) return t;
  }
  const FIELD =
    /^(?:employment|job|position|contract|work|role|engagement)\s*(?:type|schedule)\s*:?\s*(.*)$|^(?:type|schedule)\s*:\s*(.+)$/iu;
  for (const [i, line] of lines.entries()) {
    const m = FIELD.exec(line.text);
    if (m) {
      // "Employment type" on one line and "Full-time" on the next (LinkedIn) counts too.
      const value = (m[1] ?? m[2] ?? '').trim() || (lines[i + 1]?.text ?? '');
      const t = fromText(value);
      if (t !== null) return t;
    }
  }
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
    const text = foldPunctuation(line.text)
      .replace(
        /\bcontract(?:ual)? (?:law|management|negotiation)s?\b|\bcontracts?\b(?= with (?:clients|customers|vendors))/giu,
        '',
      )
      .replace(PART_TIME_OPTION, '')
      // "the same benefits as permanent employees", "citizens and permanent residents": people, not this job.
      .replace(PERMANENT_PEOPLE, '');
    for (const [type, pattern] of TYPE_WORDS) {
      if (type === 'TEMPORARY' && /\btemp(?:late|erature)/iu.test(text)) continue;
      if (pattern.test(text)) votes.set(type, (votes.get(type) ?? 0) + 1);
    }
  }
  // The labelling rule of the corpus: a term with its schedule stated is that schedule ("full-time and fixed-term for up to 5 years").
  // The term itself is read anywhere but in headings: postings state it in a paragraph about the position or the
  // appointment ("This is a TERM appointment"), where company boilerplate rarely names one.
  let term = false;
  for (const line of lines) {
    const text = foldPunctuation(line.text);
    if (line.heading || !TERM.test(text)) continue;
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
