/** A duration of experience named in a line. */
export interface DurationMention {
  readonly months: number;
  readonly start: number;
  readonly end: number;
  /** Set when the duration sits right before a skill ("3+ yrs Rust, Go"): it is that skill's alone. */
  readonly boundTo?: number;
}

const WORD_NUMBERS: Readonly<Record<string, number>> = {
  a: 1,
  an: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  fifteen: 15,
  twenty: 20,
  eighteen: 18,
  several: 2,
  few: 2,
  couple: 2,
  half: 0.5,
};
const NUMBER = String.raw`(?:\d{1,2}(?:\.\d)?|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|eighteen|twenty|several|few|a few|a couple of|half a)`;
const RANGE = String.raw`(${NUMBER})(?:\s*\+)?(?:\s*(?:-|–|—|to|or)\s*(${NUMBER})(?:\s*\+)?)?`;
const UNIT = String.raw`(years?|yrs?|months?|mos?)\b`;
const DURATION = new RegExp(
  String.raw`(?<![\w.])${RANGE}\s*(?:\(\s*\d{1,2}\s*\)\s*)?\+?\s*(?:full[- ]time\s+|professional\s+|relevant\s+|hands[- ]on\s+)?${UNIT}(?:'|’)?`,
  'giu',
);
// A duration only counts as experience when the line talks about experience or the duration
// qualifies work ("3+ years of Python", "2 years building APIs"), not "a 12 month program".
const EXPERIENCE_CONTEXT =
  /\b(?:experience|exp\b|background|track record|proficien|working|worked|hands[- ]on|professional|industry|developing|building|writing|coding|programming|using|with|in|of)\b/iu;

function toNumber(text: string): number | null {
  const t = text.trim().toLowerCase();
  if (/^\d/u.test(t)) return Number(t);
  const key = t
    .replace(/^a few$/u, 'few')
    .replace(/^a couple of$/u, 'couple')
    .replace(/^half a$/u, 'half');
  return Object.prototype.hasOwnProperty.call(WORD_NUMBERS, key) ? WORD_NUMBERS[key] : null;
}

/**
 * Durations of experience in a line, in months: "3+ years" is 36, "2-4 years" 24 (the minimum),
 * "six months" 6, "at least 6+ months" 6, "one year" 12, "1.5 years" 18. Durations not about
 * experience (no experience wording on the line or after the unit) are ignored.
 */
export function findDurations(
  text: string,
  startsSkill: (position: number) => boolean = () => false,
): DurationMention[] {
  // "Python: 2 years (Required)" states experience by its shape alone.
  if (
    !EXPERIENCE_CONTEXT.test(text) &&
    !/^[^:]{1,60}:\s*(?:at least\s+|minimum\s+)?\d/u.test(text) &&
    !/\d\s*\+?\s*(?:years?|yrs?|months?)\s+\S/iu.test(text)
  )
    return [];
  const found: DurationMention[] = [];
  // Tested once per line, not once per duration: a line of thousands of durations stays linear.
  const saysExperience = /\bexperience|\bexp\b|background|track record|proficien/iu.test(text);
  // "You've used Go professionally for 2 years or more", "You've been working on distributed systems for several years".
  const saysWork =
    /(?:\byou(?:'ve|’ve| have)|^(?:have|has))\s+(?:been\s+)?(?:used|using|worked|working|built|building|developed|developing|written|writing|programmed|programming)\b/iu.test(
      text,
    );
  DURATION.lastIndex = 0;
  for (let m = DURATION.exec(text); m !== null; m = DURATION.exec(text)) {
    const low = toNumber(m[1]);
    const high = m[2] === undefined ? null : toNumber(m[2]);
    if (low === null) continue;
    const minimum = high === null ? low : Math.min(low, high);
    const unit = m[3].toLowerCase();
    const months = Math.round(unit.startsWith('y') ? minimum * 12 : minimum);
    if (months <= 0 || months > 600) continue;
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 40);
    const before = text.slice(Math.max(0, m.index - 40), m.index);
    // "within 6 months of graduation", "a 12-month program", "for 3 months" (a contract length).
    if (
      /^\s*(?:-|–)?\s*(?:long|program|programme|contract|assignment|internship|co-?op|term|period|duration|of (?:graduation|age|the date)|old)\b/iu.test(
        after,
      )
    )
      continue;
    if (/\b(?:within|for a|lasting|duration of|contract of|age of)\s*$/iu.test(before)) continue;
    // "Python: 2 years" and "3+ yrs Rust" say whose experience it is by their shape.
    const skillAfter = startsSkill(m.index + m[0].length + (after.length - after.trimStart().length));
    const labelled = skillAfter || /^[^:]{1,60}:\s*(?:at least\s+|minimum\s+)?$/u.test(text.slice(0, m.index));
    const workedFor = saysWork && /\b(?:for|over)\s+(?:at least\s+|the (?:past|last)\s+)?$/iu.test(before);
    if (
      !labelled &&
      !saysExperience &&
      !workedFor &&
      !/^\s*(?:of|in|with|using|working|building|developing|writing|coding|programming|professional|hands|industry)\b/iu.test(
        after,
      )
    )
      continue;
    const bound =
      skillAfter && !/^\s*(?:of|in|with|using)\b/iu.test(after)
        ? m.index + m[0].length + (after.length - after.trimStart().length)
        : undefined;
    found.push({
      months,
      start: m.index,
      end: m.index + m[0].length,
      ...(bound === undefined ? {} : { boundTo: bound }),
    });
  }
  // "5+ years of backend work, at least 2 in Go": a bare number after a duration reuses its unit.
  if (found.length > 0) {
    const unitMonths = /\by(?:ea)?rs?\b/iu.test(text.slice(found[0].start, found[0].end)) ? 12 : 1;
    const BARE =
      /\b(?:at least|minimum of|including|of which)\s+(\d{1,2}|one|two|three|four|five|six)\+?\s+(?:of (?:them|those|which)\s+)?(?:in|with|using|on)\b/giu;
    const durations = found.length;
    let next = 0; // durations are in text order, and so are the matches: one pass over both
    for (let m = BARE.exec(text); m !== null; m = BARE.exec(text)) {
      const n = toNumber(m[1]);
      while (next < durations && found[next].end <= m.index) next++;
      const inside = next < durations && found[next].start <= m.index;
      if (n === null || m.index < found[0].end || inside) continue;
      found.push({ months: n * unitMonths, start: m.index, end: m.index + m[0].length });
    }
    found.sort((a, b) => a.start - b.start);
  }
  return found;
}
