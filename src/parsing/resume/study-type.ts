import type { EducationLevel } from '../../domain/vocabulary';

/**
 * Degree names as people write them, read into an education level. "studyType" is free text
 * in JSON Resume, so abbreviations with and without dots ("B.Sc.", "MSc", "Ph.D."), full
 * names ("Bachelor of Science", "Master's"), and names followed by a field ("BS in Physics")
 * all have to land on the same level.
 */

// Abbreviations, compared after dots, apostrophes and spaces between single letters are removed.
const ABBREVIATIONS: ReadonlyMap<string, EducationLevel> = new Map<string, EducationLevel>([
  ...['phd', 'dphil', 'doctorate', 'doctoral', 'edd', 'dsc', 'scd', 'dba', 'md', 'jd'].map(
    (a): [string, EducationLevel] => [a, 'DOCTORATE'],
  ),
  ...[
    'ms',
    'msc',
    'ma',
    'mba',
    'meng',
    'mphil',
    'mfa',
    'mph',
    'mtech',
    'mcs',
    'mscs',
    'msee',
    'msme',
    'mse',
    'mres',
    'mst',
    'llm',
    'sm',
    'masters',
    'master',
  ].map((a): [string, EducationLevel] => [a, 'MASTER']),
  ...[
    'bs',
    'bsc',
    'ba',
    'ab',
    'beng',
    'btech',
    'bba',
    'bfa',
    'bcs',
    'bse',
    'bsee',
    'bsme',
    'bscs',
    'be',
    'bachelors',
    'bachelor',
    'undergraduate',
    'llb',
  ].map((a): [string, EducationLevel] => [a, 'BACHELOR']),
  // The UK's Higher National Diploma: two years of higher education, as an associate degree is.
  ...['as', 'aa', 'aas', 'aos', 'associate', 'associates', 'hnd'].map((a): [string, EducationLevel] => [
    a,
    'ASSOCIATE',
  ]),
  // India's Secondary and Higher Secondary School Certificates (10th and 12th year).
  // Also the school-leaving exams of the UK (A-levels, GCSEs) and Germany (Abitur).
  ...['hs', 'ged', 'hsd', 'highschool', 'ssc', 'hsc', 'alevel', 'alevels', 'gcse', 'gcses', 'abitur'].map(
    (a): [string, EducationLevel] => [a, 'HIGH_SCHOOL'],
  ),
]);

// Whole words that name a level anywhere in a longer text, checked from the highest level down
// so that "Doctor of Philosophy" never reads as anything lower.
// Romance languages' names count too: the French "Licence" and "Diplôme d'ingénieur" (a
// five-year engineering degree, a master's), the Portuguese and Spanish "Licenciatura",
// "Mestrado", "Maestría", "Doutorado"; the French "Baccalauréat" (with its accent) leaves school.
const LEVEL_WORDS: readonly (readonly [RegExp, EducationLevel])[] = [
  [/\b(?:doctor|doctorate|doctoral|phd|doutorado|doctorado)\b/u, 'DOCTORATE'],
  [
    /\b(?:master|masters|postgraduate degree|graduate degree|mestrado|maestría|maestria|máster)(?!\p{L})|dipl[oô]me d['’]?ing[ée]nieur/u,
    'MASTER',
  ],
  [/\b(?:bachelor|bachelors|baccalaureate|undergraduate|licence|licenciatura|bacharelado)\b/u, 'BACHELOR'],
  [/\b(?:associate|associates|higher national diploma)\b/u, 'ASSOCIATE'],
  [/\b(?:high school|secondary school|ged|gcses?|abitur)\b|baccalauréat/u, 'HIGH_SCHOOL'],
];

// Abbreviations that are also English words ("As a senior engineer..."): they count only
// when written in capitals ("AS", "A.S.", "MA"), never as "As" or "as".
const WORDLIKE_ABBREVIATIONS: ReadonlySet<string> = new Set(['as', 'aa', 'ab', 'be', 'ma', 'sm', 'md', 'hs']);

const DOTS_AND_QUOTES = /[.'\u2019]/gu;
const SEPARATORS = /[\s,/()\-–—:;]+/u;
const SPACES = /\s+/gu;

function abbreviationLevel(word: string): EducationLevel | null {
  const key = word.toLowerCase();
  if (WORDLIKE_ABBREVIATIONS.has(key) && word !== word.toUpperCase()) return null;
  return ABBREVIATIONS.get(key) ?? null;
}

/**
 * The education level a degree name stands for, or null when it names none we know
 * ("Certificate", "Bootcamp", "Diploma" — which means different levels in different countries).
 */
export function educationLevelFromStudyType(studyType: string): EducationLevel | null {
  const cased = studyType.replace(DOTS_AND_QUOTES, '').replace(SPACES, ' ').trim();
  if (cased === '') return null;
  const plain = cased.toLowerCase();
  const words = cased.split(SEPARATORS).filter((w) => w !== '');
  if (words.length === 0) return null;
  // "M Sc", "B S": single letters written apart are one abbreviation.
  let first = words[0];
  for (let i = 1; first.length <= 2 && i < words.length && words[i].length <= 2 && words[i - 1].length === 1; i++) {
    first += words[i];
  }
  const byAbbreviation = abbreviationLevel(first) ?? abbreviationLevel(words.join(''));
  if (byAbbreviation !== null) return byAbbreviation;
  for (const [pattern, level] of LEVEL_WORDS) {
    if (pattern.test(plain)) return level;
  }
  // "A-levels", "A Levels": written with a capital A, never "a level of fluency".
  if (/\bA[- ]?(?:[Ll]evels?|LEVELS?)\b/u.test(cased)) return 'HIGH_SCHOOL';
  return null;
}
