/**
 * Text copied from a job board often loses its line breaks: headings run into the sentence
 * after them ("DescriptionDo you want…", "Basic Qualifications- Currently…"), sentences into
 * each other ("…move the needle?At Amazon…") and bullets into the line ("…in Java.- Experience").
 * These splits put the breaks back, so headings and list items stand on lines of their own.
 */

// Headings as job boards write them, glued to the text after them. Case matters: a heading starts
// with a capital, and what follows it starts with a capital or a dash (before a capital or a digit: "Qualifications- 5+ years"), with no space between.
const GLUED_HEADING = new RegExp(
  String.raw`(^|[A-Za-z0-9.!?:)\]])((?:Job |Position |Role )?Description|(?:Basic|Minimum|Preferred|Required|Additional|Desired) Qualifications|Qualifications|(?:Key )?(?:Job )?Responsibilities|Requirements|About the (?:Role|Team|Job|Company|role|team|job|company)|About (?:Us|You|us|you)|Who You Are|What You(?:'ll| Will) Do|What You(?:'ll| Will) Need|What We Offer|Benefits|Nice to Have|Nice to have|Preferred Skills|Required Skills|Skills|Education|Experience Required|Job Type|Salary)(?=[A-Z][a-z]|\s*[-–•]\s*[A-Z0-9]|:\s*\S)`,
  'gu',
);
// A sentence glued to the next: lower-case letter, end mark, capital and lower-case letter ("needle?At"),
// or a lead-in's colon glued to its first item ("someone who has:A portfolio").
const GLUED_SENTENCE = /([a-z)][.!?:])(?=[A-Z][a-z])/gu;
// A title or heading glued to the sentence after it with no mark at all ("Senior DesignerThis is a full time
// position"): only before words that open sentences, never inside names such as "JavaScript" or "GitHub".
const GLUED_OPENER =
  /([a-z]{2})(?=(?:This|These|The|We|We're|We’re|We'll|We’ll|You|You'll|Your|Our|As|In|At|If|Join|Are|Do|Is|Help|Participate)\s)/gu;
// A bullet glued to the previous line: "…in Java.- Experience", "…Python- 2+ years", "…APIs • Docker".
// A dash counts only when glued to the word before it, so "5 - 7 years" stays whole.
const GLUED_BULLET = /([A-Za-z0-9.:)%+#!?])(?:([-–])|[ \t]*([•▪●])) (?=[A-Z0-9])/gu;

/** Splits glued headings, sentences and bullets onto lines of their own (linear: three regex passes). */
export function splitGluedText(text: string): string {
  return text
    .replace(GLUED_HEADING, (all: string, before: string, heading: string, offset: number, whole: string) =>
      // "…products.Requirements: 4+ years" keeps its colon: the run-in heading reader takes it from there.
      whole[offset + all.length] === ':' ? `${before}\n${heading}` : `${before}\n${heading}\n`,
    )
    .replace(GLUED_SENTENCE, '$1\n')
    .replace(GLUED_OPENER, '$1\n')
    .replace(
      GLUED_BULLET,
      (_all, before: string, dash: string | undefined, dot: string | undefined) => `${before}\n${dash ?? dot} `,
    );
}
