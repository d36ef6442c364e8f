import type { ResumeLine } from './text-lines';

/** A long line of running prose ("… with 6+ years of experience, specializing in …"), not a contact or title line. */
function isProse(line: ResumeLine): boolean {
  return line.text.length > 80 && /\s\p{Ll}+\s\p{Ll}+\s/u.test(line.text);
}

/** Words that speak to the reader: a template telling its user what it does, not a person telling what they do. */
const TO_THE_READER = /\b(?:you|your|yours|yourself)\b/iu;

/**
 * The lines under the name that read as an unheaded profile paragraph: long prose lines not taken
 * by a contact field. A paragraph (a run of such lines) that speaks to the reader ("It allows you
 * to create a CV from a YAML file") is a template's own introduction left in the sample, not the
 * person's profile, so it names none of their skills (the corpus README's boilerplate rule).
 */
export function profileLines(header: readonly ResumeLine[], taken: ReadonlySet<number>): ResumeLine[] {
  const out: ResumeLine[] = [];
  let paragraph: ResumeLine[] = [];
  const close = (): void => {
    if (!paragraph.some((line) => TO_THE_READER.test(line.text))) out.push(...paragraph);
    paragraph = [];
  };
  for (const line of header) {
    if (!taken.has(line.line) && isProse(line)) paragraph.push(line);
    else close();
  }
  close();
  return out;
}
