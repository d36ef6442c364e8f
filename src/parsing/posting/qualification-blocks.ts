import { isTitleCase, knownHeadingKind } from './headings';
import { looksLikeJobTitle } from './job-title-pattern';
import type { SectionedLine } from './sections';
import { foldPunctuation } from './whitespace';

/**
 * Words a line uses when it describes the candidate rather than the work: a skill, an ability, a
 * length or depth of experience, a trait ("Excellent written communication skills", "7+ years of
 * product management experience", "An analytical, metrics-driven work style", "Comfort in a
 * fast-paced environment", "... is required"), or the people who do well in the role ("They have experience with
 * our stack", "They are detail-oriented").
 */
const QUALIFICATION =
  /\bskills?\b|\b(?:ability|able) to\b|\b(?:experience|knowledge|understanding|familiarity|proficiency|expertise|background) (?:in|with|of|using|working|building|developing)\b|\bexperience\s*$|^(?:\d{1,2}\+?|one|two|three|four|five|six|seven|eight|nine|ten)\+?\s*(?:-\s*\d{1,2}\s*)?(?:years?|yrs?)\b|\b(?:required|preferred|is a plus|must)\b|\b(?:degree|bachelor'?s?|master'?s?)\b|^(?:an? )?(?:excellent|strong|deep|natural|proven|demonstrated|solid|good|great|outstanding|exceptional|superior|keen|sharp|high|proficient|fluent|familiar|experienced|comfortable|comfort|passion(?:ate)?)\b|\bwork style\b|\bself[- ]starter\b|\bmindset\b|^they (?:are|have|can)\b/iu;

// A block is read as qualifications when it has at least this many lines and this share of them read as such.
const MIN_LINES = 3;
const SHARE = 2 / 3;
const MAX_HEADING_WORDS = 8;

function readsAsQualification(text: string): boolean {
  return QUALIFICATION.test(foldPunctuation(text));
}

/** A short plain line that could head a block: Title Case or a colon, no sentence mark, not the job's title. */
function couldHead(line: SectionedLine): boolean {
  const t = line.text.trim();
  const words = t.split(/\s+/u).length;
  if (line.bullet || words < 2 || words > MAX_HEADING_WORDS || /[.,;!?]$/u.test(t)) return false;
  if (!/:$/u.test(t) && !isTitleCase(t)) return false;
  return !looksLikeJobTitle(t) && knownHeadingKind(t) === null;
}

// A sentence that announces the list under it as what the candidate brings ("Here are some desired skills and
// attributes for the position. We understand you might not have all of these ...").
const ANNOUNCES = /\b(?:skills|qualifications|requirements|attributes|competencies|experience)\b/iu;
const MAX_LEAD = 400;

/** A plain sentence that announces skills, with a list right under it. */
function leadsList(lines: readonly SectionedLine[], i: number): boolean {
  const line = lines[i];
  const next = lines[i + 1];
  return (
    !line.heading &&
    !line.bullet &&
    line.text.length <= MAX_LEAD &&
    next !== undefined &&
    next.bullet &&
    !next.heading &&
    ANNOUNCES.test(line.text)
  );
}

/**
 * Reads a block under a heading the parser does not know as requirements when its lines describe the
 * candidate, not the work: Humana's "Use Your Skills To Make An Impact" over "7+ years of product
 * management experience", "Excellent written and verbal communication skills", ... inside what the
 * "Key Responsibilities" heading above had opened. The heading may be a plain Title Case line the
 * section reader took for content, a markup heading it read as an unknown section, or a sentence
 * announcing skills over a list (then the list alone is the block, and the sentence is read as its
 * heading, so its "desired" does not carry to the list). Two thirds of at least three lines must read
 * as qualifications, the first of them included unless a markup heading bounds the block.
 */
export function withQualificationBlocks(lines: readonly SectionedLine[]): SectionedLine[] {
  const out = [...lines];
  for (let i = 0; i < out.length; i++) {
    const line = out[i];
    if (line.section === 'REQUIRED' || line.section === 'PREFERRED') continue;
    if (line.section !== 'RESPONSIBILITIES' && line.section !== 'OTHER' && line.section !== 'NONE') continue;
    // A markup heading the section reader did not take for one ("## Who thrives here?") heads a block too.
    const unknownHeading =
      (line.heading || (line.marked && !line.bullet)) &&
      knownHeadingKind(line.text) === null &&
      !looksLikeJobTitle(line.text);
    const lead = !unknownHeading && leadsList(out, i);
    if (!unknownHeading && !lead && (line.heading || !couldHead(line))) continue;
    // Under a lead sentence the block is the list it leads; under a heading, everything up to the next heading.
    let end = i + 1;
    while (end < out.length && !out[end].heading && (!lead || out[end].bullet)) end++;
    const block = out.slice(i + 1, end);
    // Under a markup heading the block's bounds are sure; under a plain line its first line must be a qualification.
    if (block.length < MIN_LINES || (!line.marked && !readsAsQualification(block[0].text))) continue;
    const share = block.filter((l) => readsAsQualification(l.text)).length / block.length;
    if (share < SHARE) continue;
    out[i] = { ...line, heading: true, section: 'REQUIRED' };
    for (let k = i + 1; k < end; k++) out[k] = { ...out[k], section: 'REQUIRED' };
    i = end - 1;
  }
  return withQualificationTails(out);
}

// A tail of lines that all describe the candidate, at least this long, ends a duties section.
const MIN_TAIL = 4;

/**
 * The end of a duties section whose lines all describe the candidate ("7+ years of product management
 * experience", "Excellent communication skills", ...) when the heading between the duties and them was
 * lost (run into a line when the text was copied): read as required.
 */
function withQualificationTails(lines: SectionedLine[]): SectionedLine[] {
  const out = [...lines];
  let i = 0;
  while (i < out.length) {
    if (out[i].heading || out[i].section !== 'RESPONSIBILITIES') {
      i++;
      continue;
    }
    let end = i;
    while (end < out.length && !out[end].heading) end++;
    let start = end;
    while (start > i && readsAsQualification(out[start - 1].text)) start--;
    if (end - start >= MIN_TAIL && start > i)
      for (let k = start; k < end; k++) out[k] = { ...out[k], section: 'REQUIRED' };
    i = end;
  }
  return out;
}
