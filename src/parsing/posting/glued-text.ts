import { splitGluedHeadings } from './glued-headings';
import { type KnowsName, splitGluedNames } from './glued-names';
import { JOB_NOUN_WORDS } from './job-title-pattern';
import { HEADING_MARK } from './markers';

/**
 * Text copied from a job board often loses its line breaks: headings run into the sentence
 * after them ("DescriptionDo you want…", "Basic Qualifications- Currently…"), sentences into
 * each other ("…move the needle?At Amazon…") and bullets into the line ("…in Java.- Experience").
 * These splits put the breaks back, so headings and list items stand on lines of their own.
 */

// Words that open a sentence; the two-letter ones also end acronyms ("APIs", "IDs"), so they count after lower case only.
const LONG_OPENERS = [
  'This',
  'These',
  'The',
  'We',
  "We're",
  'We’re',
  "We'll",
  'We’ll',
  'You',
  "You'll",
  'Your',
  'Our',
  'Join',
  'Are',
  'Help',
  'Participate',
  'About',
  'Please',
];
const SHORT_OPENERS = ['As', 'In', 'At', 'If', 'Do', 'Is', 'A'];
// Words that open a requirement line in a list copied without its breaks ("…AlgorithmsUnderstanding of OOP", "…GIT
// Familiarity with Jira", "…QualificationsBachelor’s degree"). None ends a name written in camel case before a space.
const LINE_OPENERS = [
  'Experience',
  'Knowledge',
  'Understanding',
  'Familiarity',
  'Ability',
  'Strong',
  'Excellent',
  'Proven',
  'Demonstrated',
  'Working',
  'Proficiency',
  'Proficient',
  'Solid',
  'Bachelor',
  "Bachelor's",
  'Bachelor’s',
  "Master's",
  'Master’s',
  'Degree',
  'Minimum',
  'Must',
  'Previous',
  'Prior',
  'Exposure',
  'Comfortable',
  'Expertise',
  'Fluency',
  'Fluent',
  'Hands-on',
];
// A sentence glued to the next: lower-case letter or digit, end mark, capital and lower-case letter ("needle?At"),
// or a lead-in's colon glued to its first item ("someone who has:A portfolio", "the spread of COVID-19.You’ll need").
// A closing parenthesis glued to a capitalised word ends a title or a field ("Policy Analyst (Co-op)We're", "Software
// Developer 2 (Full Time)Division:"): running text always puts a space or a mark there.
// A one-letter word ("…sprint-based delivery.A portfolio") or a number ("…or a related field.0–2 years of") opens the
// next sentence as well; a number only after a word, so "2.0" stays whole.
const GLUED_SENTENCE = /([a-z0-9)][.!?:]|\))(?=[A-Z][a-z]|[AI] )|([a-z][.!?])(?=\d)/gu;
// A line glued to the next that states a number of years ("…Perl, SQL1 year experience with APIs", "…using Python3+ years
// of"): a word never runs into a count of years.
const GLUED_YEARS = /([A-Za-z])(?=\d{1,2}\+? ?(?:years?|yrs)\b)/gu;
// A field's value glued to the next field's label ("Work Schedule:Full timeAppointment Type:", "Division: Digital and
// InnovationReports To:"): a capitalised label of up to three words and a colon, glued to a lower-case letter.
const GLUED_FIELD = /([a-z0-9])([A-Z][a-z]{2,}(?: [A-Za-z][a-z]*){0,2}:)/gu;
// The word the label is glued to must not be the start of a name ("JavaScript:", "GitHub:"): it starts in lower case
// or is a long word.
const FIELD_WORD_MIN = 6;
const JOB_FIELD = /^(?:Job|Position|Role) (?:Title|Type|Category|Level):$/u;
const WORD_REACH = 30;

// A line with no end mark glued to the next ("…and databasesCreate and configure…", "…business processesMonitors…"):
// a lower-case word of four letters or more glued to a capitalised word. Names written in camel case start with a
// capital ("JavaScript", "GitHub") or a short prefix ("iPhone", "phpMyAdmin"), so they stay whole.
const GLUED_LINE = /(?<![A-Za-z])([a-z]{4,})(?=[A-Z][a-z])/gu;

// A title or heading glued to the sentence after it with no mark at all ("Senior DesignerThis is a full time
// position"): only before words that open sentences, never inside names such as "JavaScript" or "GitHub". An acronym
// ends titles too ("Technical Product Manager, SDKThis is", "Software Developer, P2PWe're looking"), but only before
// openers of three letters or more, so that "APIs" or "IDs" stay whole.
// An acronym's plural ends a line too ("…Familiarity with APIsBasic knowledge of …"); "Basic" opens lines only after an
// acronym, since "VisualBasic" is a name.
const GLUED_OPENER = new RegExp(
  String.raw`([a-z]{2})(?=(?:${[...LONG_OPENERS, ...SHORT_OPENERS, ...LINE_OPENERS].join('|')})\s)|([A-Z0-9]{2}|[A-Z]{2}s)(?=(?:${[...LONG_OPENERS, ...LINE_OPENERS, 'Basic'].join('|')})\s)`,
  'gu',
);
// A sentence ending in an acronym glued to the next ("…with expertise in Angular, HTML and CSS.An understanding of
// encryption is a plus"): only before a word that opens sentences, so "ASP.Net" and "VB.Net" stay whole.
const GLUED_ACRONYM_SENTENCE = new RegExp(
  String.raw`([A-Z0-9]{2}[.!?])(?=(?:${[...LONG_OPENERS, ...SHORT_OPENERS, ...LINE_OPENERS, 'An', 'It'].join('|')})\s)`,
  'gu',
);
// The text's first line is its title when it ends in a job word glued to a capitalised word ("Site Reliability
// EngineerPosthog is here", "Back-end / Infrastructure engineerRole"). Short job words (Dev, QA) are left out so that
// "Senior DevOps Engineer" keeps its name whole.
const CAMEL_JOIN = /[a-z](?=[A-Z])/gu;
const ENDS_IN_JOB_WORD = new RegExp(
  String.raw`\b(?:${JOB_NOUN_WORDS.filter((w) => w.length >= 4).join('|')})s?$`,
  'iu',
);
const TITLE_REACH = 90;
const HAS_JOB_WORD = new RegExp(String.raw`\b(?:${JOB_NOUN_WORDS.filter((w) => w.length >= 4).join('|')})s?\b`, 'iu');
const MIN_TITLE_TAIL = 4;

// A bullet glued to the previous line: "…in Java.- Experience", "…Python- 2+ years", "…APIs • Docker".
// A dash counts only when glued to the word before it, so "5 - 7 years" stays whole; a heading's footnote star counts
// as its end ("##Desired Qualifications*- Comfortable in Linux").
// A list written in lower case counts too ("…web applications- backend development", "You are:- an amazing
// troubleshooter"), except a word's first half sharing the second's end ("full- and part-time", "pre- or post-sale").
// A heading's ":-" counts as its end ("Job Requirements:-- 1) Must have").
const GLUED_BULLET =
  /(:-|[A-Za-z0-9.:;)%+#!?*])(?:([-–])|[ \t]*([•▪●])) (?=[A-Z0-9]|(?!(?:and|or|to|nor|und|through)\b)[a-z])/gu;
// A numbered item glued to the line before it ("…most if not all of:1. CSS and HTML2. UI Design in Photoshop"): the
// first item after a colon, a later one only when the item before it is numbered one less nearby, so "HTML5. The"
// stays whole.
const GLUED_NUMBER = /(?<=[^\s\d])(\d{1,2})([.)]) (?=[A-Za-z(])/gu;
const NUMBER_REACH = 600;
// A heading in capitals ending in a colon glued to the text before and after it ("…self-development.YOUR JOB WILL
// INCLUDE:- creating", "…processesWHAT WE EXPECT FROM YOU:- passion"): two to seven words in capitals, glued to a
// lower-case letter or a sentence's end, is a heading whether or not the section reader knows its words.
const GLUED_CAPS_HEADING = /([a-z0-9)][.!?]?|[.!?])([A-Z]{2,}(?:[ &/,'’-]{1,3}[A-Z][A-Z'’]*){1,6}:)[ \t]*/gu;

// A Markdown heading's marks glued to the text before it ("…performance###What we are looking for"), as a pasted page
// keeps them when its line breaks are lost: a run of two or more, so "C#" stays. At the start of a line they mark the
// heading, as the Markdown reader marks one.
const GLUED_MARKS = /(?<=[^#\n])(?=#{2,6} ?[A-Z])/gu;
const LINE_MARKS = /^#{2,6} ?(?=[A-Z])/gmu;

/**
 * Splits glued headings, sentences and bullets onto lines of their own (linear: a few regex passes); with the names
 * the reader knows, also names glued to the next item of a list (see splitGluedNames).
 */
export function splitGluedText(text: string, knows: KnowsName | null = null): string {
  const split = splitGluedTitle(knows === null ? text : splitGluedNames(text, knows), knows)
    .replace(GLUED_MARKS, '\n')
    .replace(GLUED_CAPS_HEADING, '$1\n$2\n')
    .replace(GLUED_SENTENCE, (_all, mark: string | undefined, word: string | undefined) => `${mark ?? word}\n`)
    .replace(GLUED_ACRONYM_SENTENCE, '$1\n')
    .replace(GLUED_YEARS, '$1\n')
    .replace(GLUED_FIELD, gluedField)
    .replace(GLUED_LINE, '$1\n')
    .replace(GLUED_OPENER, (_all, lower: string | undefined, upper: string | undefined) => `${lower ?? upper}\n`)
    .replace(
      GLUED_BULLET,
      (_all, before: string, dash: string | undefined, dot: string | undefined) => `${before}\n${dash ?? dot} `,
    );
  return splitGluedHeadings(split.replace(GLUED_NUMBER, gluedNumber)).replace(LINE_MARKS, HEADING_MARK);
}

function gluedNumber(all: string, digits: string, mark: string, offset: number, whole: string): string {
  const n = Number(digits);
  const split =
    n === 1
      ? whole[offset - 1] === ':'
      : n > 1 && whole.slice(Math.max(0, offset - NUMBER_REACH), offset).includes(`${n - 1}${mark} `);
  return split ? `\n${all}` : all;
}

/** Puts a line break after a title glued to the text's first sentence (bounded: only the first 90 characters are looked at). */
function splitGluedTitle(text: string, knows: KnowsName | null): string {
  const head = text.slice(0, TITLE_REACH).split('\n', 1)[0];
  CAMEL_JOIN.lastIndex = 0;
  for (let m = CAMEL_JOIN.exec(head); m !== null; m = CAMEL_JOIN.exec(head)) {
    const end = m.index + 1;
    if (ENDS_IN_JOB_WORD.test(head.slice(0, end)) || endsTitle(head, end, knows))
      return `${text.slice(0, end)}\n${text.slice(end)}`;
  }
  return text;
}

/**
 * A title that names a job and ends in a word of its own glued to the first sentence ("Director of Business Operations
 * & StrategySourcegraph's business", "Research Software Programmer - Mobile, PythonOverview"): the glued word is no
 * name the reader knows ("GitHub" in "Software Engineer, GitHub Actions" is one) and its first part no short prefix.
 */
function endsTitle(head: string, end: number, knows: KnowsName | null): boolean {
  // A field's label ("Work Term: 2025 - WinterJob Type:") is no title.
  if (knows === null || head.slice(0, end).includes(':') || !HAS_JOB_WORD.test(head.slice(0, end))) return false;
  const before = /[A-Za-z]+$/u.exec(head.slice(0, end))?.[0] ?? '';
  const after = /^[A-Za-z]+/u.exec(head.slice(end))?.[0] ?? '';
  return before.length >= MIN_TITLE_TAIL && !knows(before + after);
}

function gluedField(all: string, last: string, label: string, offset: number, whole: string): string {
  let k = offset;
  while (k > 0 && offset - k < WORD_REACH && /[A-Za-z]/u.test(whole[k - 1])) k--;
  const word = whole.slice(k, offset + 1);
  // A number ends a value too ("Salary: $83,744.00Location: Toronto"); a job board's own labels end any value
  // ("Job Type: Co-op MainJob Title: AI Engineering").
  const split = /^[a-z0-9]/u.test(word) || word.length >= FIELD_WORD_MIN || JOB_FIELD.test(label);
  return split ? `${last}\n${label}` : all;
}
