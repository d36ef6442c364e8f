import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { FIRST_NAMES, LAST_NAMES } from '../../src/domain/synthetic/names';
import { mulberry32, pick, randomInt, type Random } from '../../src/domain/synthetic/prng';
import { findSkillMentions } from '../../src/domain/taxonomy/mentions';
import { parseTaxonomyFile, taxonomyFromFile } from '../../src/domain/taxonomy/taxonomy-file';
import { renderDocx, renderPdf, renderText, type ResumeLayout } from './render';
import { ARCHETYPES, BULLETS, CITIES, EMPLOYERS, FIELDS, SCHOOLS, type Archetype } from './resume-archetypes';

/**
 * Generates the labelled résumé corpus (data/corpus/resumes): fictional résumés in PDF, DOCX and
 * plain text, in several layouts, each with a label file written from what the generator put in
 * (never from the parser). Deterministic for a seed. The blind split is drawn here, once, with its
 * own seed, before any tuning: split.json.
 *
 *   npx ts-node --transpile-only scripts/corpus/generate-resumes.ts [count] [seed]
 */

const ROOT = join(__dirname, '..', '..');
const OUT = join(ROOT, 'data', 'corpus', 'resumes');
/** "Today" for the labels: an open job runs to the end of November 2026. */
export const CORPUS_NOW = '2026-12-01T00:00:00Z';
const NOW_MONTH = 2026 * 12 + 11; // index of the current month (December 2026), not covered by open jobs' label months
const SPLIT_SEED = 20261203;

const taxonomy = taxonomyFromFile(
  parseTaxonomyFile(JSON.parse(readFileSync(join(ROOT, 'data', 'taxonomy.json'), 'utf8'))),
);

interface Label {
  readonly file: string;
  readonly format: 'pdf' | 'docx' | 'txt';
  readonly layout: string;
  readonly name: string;
  readonly email: string;
  readonly phone: string;
  readonly location: string;
  readonly education: { level: string; field: string | null; status: string }[];
  readonly skills: { name: string; months: number | null }[];
  readonly spokenLanguages: string[];
}

interface Job {
  readonly title: string;
  readonly titleSkills: readonly string[];
  readonly employer: string;
  /** Month indexes (year * 12 + month - 1), as written (a year-only range covers Jan..Dec). */
  readonly from: number;
  readonly to: number | null;
  readonly written: string;
  readonly bullets: string[];
  readonly skills: Set<string>;
}

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const short = (m: number) => MONTHS[m % 12].slice(0, 3);
const year = (m: number) => Math.floor(m / 12);

type DateStyle = 'mon' | 'month' | 'year' | 'slash' | 'now' | 'dot-to' | 'iso';
const DATE_STYLES: readonly DateStyle[] = ['mon', 'month', 'year', 'slash', 'now', 'dot-to', 'iso'];

/** Writes a range in one of the issue's forms; returns the span it covers as written. */
function writeRange(
  random: Random,
  from: number,
  to: number | null,
  style: DateStyle,
): { text: string; from: number; to: number | null } {
  const dash = pick(random, [' – ', ' - ', '–', ' — ']);
  switch (style) {
    case 'mon':
      return {
        text: `${short(from)} ${year(from)}${dash}${to === null ? 'Present' : `${short(to)} ${year(to)}`}`,
        from,
        to,
      };
    case 'month':
      return {
        text: `${MONTHS[from % 12]} ${year(from)}${dash}${to === null ? 'Present' : `${MONTHS[to % 12]} ${year(to)}`}`,
        from,
        to,
      };
    case 'year': {
      const f = year(from) * 12;
      const t = to === null ? null : year(to) * 12 + 11;
      return {
        text: `${year(from)}${dash}${to === null ? 'Present' : year(to)}`,
        from: f,
        to: t === null ? null : Math.min(t, NOW_MONTH - 1),
      };
    }
    case 'slash': {
      const mm = (m: number) => String((m % 12) + 1).padStart(2, '0');
      return { text: `${mm(from)}/${year(from)}${dash}${to === null ? 'Current' : `${mm(to)}/${year(to)}`}`, from, to };
    }
    case 'now':
      return {
        text: `${short(from)} ${year(from)}${dash}${to === null ? 'now' : `${short(to)} ${year(to)}`}`,
        from,
        to,
      };
    case 'dot-to': {
      const dot = (m: number) => (short(m) === 'May' ? 'May' : `${short(m)}.`);
      return { text: `${dot(from)} ${year(from)} to ${to === null ? 'Present' : `${dot(to)} ${year(to)}`}`, from, to };
    }
    case 'iso': {
      const iso = (m: number) => `${year(m)}-${String((m % 12) + 1).padStart(2, '0')}`;
      return { text: `${iso(from)}${dash}${to === null ? 'present' : iso(to)}`, from, to };
    }
  }
}

function shuffle<T>(random: Random, items: readonly T[]): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

/** Fails generation when a written line names a taxonomy skill the label would not have. */
function check(text: string, allowed: ReadonlySet<string>, where: string): void {
  for (const m of findSkillMentions(taxonomy, text)) {
    if (!allowed.has(m.skill.name))
      throw new Error(`${where}: "${text}" names ${m.skill.name} ("${m.text}"), which is not labelled`);
  }
}

function makeJobs(random: Random, arch: Archetype, spell: (skill: string) => string): Job[] {
  const count = randomInt(random, 1, 4);
  const jobs: Job[] = [];
  let end: number | null = random() < 0.7 ? null : NOW_MONTH - randomInt(random, 1, 8);
  const employers = shuffle(random, EMPLOYERS);
  const pool = Object.keys(arch.skills);
  const style = pick(random, DATE_STYLES);
  for (let i = 0; i < count; i++) {
    const length = randomInt(random, 6, 48);
    const last = end === null ? NOW_MONTH - 1 : end;
    const from = last - length + 1;
    const title = pick(random, arch.titles);
    const used = shuffle(random, pool).slice(0, randomInt(random, 2, 5));
    const bullets: string[] = [];
    const skills = new Set<string>(title.skills);
    for (let b = 0; b < used.length; b += 2) {
      const names = used.slice(b, b + 3);
      const template = pick(
        random,
        BULLETS.filter((t) => (t.match(/\{[abc]\}/g) ?? []).length <= names.length),
      );
      const slots = (template.match(/\{[abc]\}/g) ?? []).length;
      const placed = names.slice(0, slots);
      placed.forEach((n) => skills.add(n));
      bullets.push(
        template
          .replace('{a}', spell(placed[0]))
          .replace('{b}', spell(placed[1] ?? placed[0]))
          .replace('{c}', spell(placed[2] ?? placed[0])),
      );
    }
    const written = writeRange(random, from, end, style);
    jobs.push({
      title: title.text,
      titleSkills: title.skills,
      employer: employers[i],
      from: written.from,
      to: written.to,
      written: written.text,
      bullets,
      skills,
    });
    // The next (older) job ends before this one starts, or overlaps it a little (a side job).
    end = from - randomInt(random, -4, 6);
    if (end >= from) end = from - 1;
  }
  return jobs;
}

const SPOKEN = [
  ['English', ['English (native)', 'English – fluent', 'English (C2)', 'English: professional working proficiency']],
  ['German', ['German (B2)', 'German – intermediate', 'German: basic']],
  ['Spanish', ['Spanish (native)', 'Spanish – fluent', 'Spanish (C1)']],
  ['Russian', ['Russian (native)', 'Russian – fluent']],
  ['Hebrew', ['Hebrew (native)', 'Hebrew – B2']],
  ['French', ['French (B1)', 'French – conversational']],
  ['Polish', ['Polish (native)']],
  ['Portuguese', ['Portuguese (native)', 'Portuguese – fluent']],
  ['Dutch', ['Dutch (A2)']],
] as const;

type EducationKind = 'bachelor' | 'master' | 'phd' | 'associate' | 'highschool' | 'bootcamp';

function education(
  random: Random,
  kind: EducationKind,
  inProgress: boolean,
  stacked: boolean,
): { lines: string[]; label: Label['education'][number] | null } {
  const school = pick(random, SCHOOLS);
  const field = pick(random, FIELDS);
  const endYear = inProgress ? 2027 + randomInt(random, 0, 1) : randomInt(random, 2006, 2022);
  const years = inProgress
    ? pick(random, [`expected ${endYear}`, `${endYear - 2} – ${endYear} (expected)`, `Expected May ${endYear}`])
    : pick(random, [`${endYear}`, `${endYear - 4} – ${endYear}`, `Sep ${endYear - 4} – Jun ${endYear}`]);
  const status = inProgress ? 'IN_PROGRESS' : 'COMPLETED';
  let degree: string;
  let level: string | null;
  let labelField: string | null = field;
  switch (kind) {
    case 'bachelor':
      degree = pick(random, [
        `Bachelor of Science in ${field}`,
        `B.Sc. in ${field}`,
        `BSc ${field}`,
        `BS in ${field}`,
        `Bachelor's degree in ${field}`,
      ]);
      level = 'BACHELOR';
      break;
    case 'master':
      degree = pick(random, [
        `Master of Science in ${field}`,
        `M.Sc. ${field}`,
        `MSc in ${field}`,
        `MS in ${field}`,
        `Master's degree in ${field}`,
      ]);
      level = 'MASTER';
      break;
    case 'phd':
      degree = pick(random, [`Ph.D. in ${field}`, `PhD ${field}`, `Doctor of Philosophy in ${field}`]);
      level = 'DOCTORATE';
      break;
    case 'associate':
      degree = pick(random, [`Associate of Applied Science in ${field}`, `Associate's degree in ${field}`]);
      level = 'ASSOCIATE';
      break;
    case 'highschool':
      degree = 'High School Diploma';
      level = 'HIGH_SCHOOL';
      labelField = null;
      break;
    case 'bootcamp':
      degree = pick(random, [
        'Full-Stack Web Development Bootcamp',
        'Data Science Bootcamp',
        'Coding Bootcamp, Web Development',
      ]);
      level = null;
      break;
  }
  const lines = stacked
    ? [degree, school, years]
    : [
        pick(random, [
          `${degree}, ${school}, ${years}`,
          `${degree} — ${school} (${years})`,
          `${degree} | ${school} | ${years}`,
        ]),
      ];
  return { lines, label: level === null ? null : { level, field: labelField, status } };
}

interface Resume {
  readonly layout: ResumeLayout;
  readonly label: Omit<Label, 'file' | 'format' | 'layout'>;
  readonly style: string;
}

function monthsOf(jobs: readonly Job[], skill: string): number | null {
  const covered = new Set<number>();
  for (const job of jobs) {
    if (!job.skills.has(skill)) continue;
    const to = job.to === null ? NOW_MONTH - 1 : job.to;
    for (let m = job.from; m <= to; m++) covered.add(m);
  }
  return covered.size === 0 ? null : covered.size;
}

function resume(random: Random, index: number): Resume {
  const arch = ARCHETYPES[index % ARCHETYPES.length];
  const first = pick(random, FIRST_NAMES);
  const last = pick(random, LAST_NAMES);
  const name = `${first} ${last}`;
  const place = pick(random, CITIES);
  const email = pick(random, [
    `${first}.${last}@example.com`,
    `${first[0]}${last}@mail.example.org`,
    `${first}${last}${randomInt(random, 1, 99)}@example.net`,
  ]).toLowerCase();
  const spellings = new Map(Object.entries(arch.skills).map(([k, v]) => [k, pick(random, v)]));
  const spell = (skill: string) => spellings.get(skill) ?? skill;
  const jobs = makeJobs(random, arch, spell);
  const jobSkills = new Set(jobs.flatMap((j) => [...j.skills]));
  // The skills section lists most of what the jobs used, and a few the jobs never name (months unknown).
  const extra = shuffle(
    random,
    Object.keys(arch.skills).filter((s) => !jobSkills.has(s)),
  ).slice(0, randomInt(random, 1, 4));
  const listed = shuffle(random, [
    ...[...jobSkills].filter((s) => Object.keys(arch.skills).includes(s) && random() < 0.8),
    ...extra,
  ]);
  const allSkills = new Set([...jobSkills, ...listed]);
  const spoken = shuffle(random, SPOKEN).slice(0, randomInt(random, 1, 3));
  if (!spoken.some(([l]) => l === 'English')) spoken.unshift(SPOKEN[0]);
  const soft =
    random() < 0.4
      ? shuffle(random, ['Teamwork', 'Communication', 'Leadership', 'Problem solving', 'Time management']).slice(0, 3)
      : [];
  const kinds: EducationKind[] = [
    pick(random, ['bachelor', 'bachelor', 'bachelor', 'master', 'associate', 'highschool', 'phd'] as const),
  ];
  if (random() < 0.35) kinds.push(pick(random, ['master', 'bootcamp', 'master'] as const));
  const style = pick(random, ['classic', 'stacked', 'flush-right', 'two-column', 'table'] as const);
  const stackedEducation = style === 'stacked';
  const edu = kinds.map((k, i) =>
    education(random, k, i === kinds.length - 1 && k !== 'bootcamp' && random() < 0.2, stackedEducation),
  );
  const caps = random() < 0.5;
  const h = (text: string) => `# ${caps ? text.toUpperCase() : text}`;
  const experienceHeading = pick(random, [
    'Experience',
    'Work Experience',
    'Professional Experience',
    'Employment History',
    'Work History',
  ]);
  const skillsHeading = pick(random, [
    'Skills',
    'Technical Skills',
    'Core Competencies',
    'Tech Stack',
    'Skills & Tools',
  ]);
  const languagesHeading = pick(random, ['Languages', 'Language Skills']);
  const headline = pick(random, arch.titles).text;
  const headlineAllowed = new Set(arch.titles.find((t) => t.text === headline)!.skills);

  const experience: string[] = [h(experienceHeading)];
  for (const job of jobs) {
    check(job.title, new Set(job.titleSkills), 'title');
    check(job.employer, new Set(), 'employer');
    job.bullets.forEach((b) => check(b, job.skills, 'bullet'));
    if (style === 'stacked') experience.push(job.title, `${job.employer}, ${place.city.split(',')[0]}`, job.written);
    else if (style === 'flush-right' || style === 'table')
      experience.push(`${job.title}, ${job.employer}\t${job.written}`);
    else
      experience.push(
        pick(random, [
          `${job.title}, ${job.employer} — ${job.written}`,
          `${job.title} | ${job.employer} | ${job.written}`,
          `${job.title} at ${job.employer} (${job.written})`,
        ]),
      );
    for (const b of job.bullets) experience.push(`• ${b}`);
  }
  const skillLines: string[] = [h(skillsHeading)];
  const skillStyle = pick(random, ['labelled', 'flat', 'bullets', 'pipes'] as const);
  const listedText = listed.map(spell);
  if (skillStyle === 'labelled' && listedText.length >= 3) {
    const third = Math.ceil(listedText.length / 3);
    const labels = shuffle(random, [
      'Programming languages',
      'Frameworks',
      'Databases',
      'Tools',
      'Cloud & DevOps',
      'Other',
    ]);
    for (let i = 0; i < listedText.length; i += third)
      skillLines.push(`${labels[i / third]}: ${listedText.slice(i, i + third).join(', ')}`);
  } else if (skillStyle === 'bullets') {
    for (const s of listedText) skillLines.push(`• ${s}`);
  } else if (skillStyle === 'pipes') {
    skillLines.push(listedText.join(' | '));
  } else {
    skillLines.push(listedText.join(', '));
  }
  if (soft.length > 0) skillLines.push(`Soft skills: ${soft.join(', ')}`);
  const languageLines = [
    h(languagesHeading),
    pick(random, ['comma', 'bullets'] as const) === 'comma' ? spoken.map(([, v]) => pick(random, v)).join(', ') : '',
    ...spoken.map(([, v]) => `• ${pick(random, v)}`),
  ];
  const languageBlock =
    languageLines[1] === '' ? [languageLines[0], ...languageLines.slice(2)] : languageLines.slice(0, 2);
  const educationLines = [
    h(pick(random, ['Education', 'Education & Training', 'Academic Background'])),
    ...edu.flatMap((e) => e.lines),
  ];
  const summarySkills = shuffle(
    random,
    [...allSkills].filter((s) => Object.keys(arch.skills).includes(s)),
  ).slice(0, 2);
  const summary =
    summarySkills.length === 2
      ? [
          h(pick(random, ['Summary', 'Profile', 'About Me'])),
          `Developer with ${randomInt(random, 3, 12)} years of experience, mostly with ${spell(summarySkills[0])} and ${spell(summarySkills[1])}.`,
        ]
      : [];
  summary.slice(1).forEach((l) => check(l, allSkills, 'summary'));
  check(headline, headlineAllowed, 'headline');
  const contact = pick(random, ['line', 'lines'] as const);
  const top = random() < 0.15 ? ['Curriculum Vitae', name] : [caps ? name.toUpperCase() : name];
  const contactLines =
    contact === 'line' ? [`${email} | ${place.phone} | ${place.city}`] : [email, place.phone, place.city];
  let layout: ResumeLayout;
  if (style === 'two-column') {
    layout = {
      style: 'two-column',
      side: [name, email, place.phone, place.city, ...skillLines, ...languageBlock],
      main: [headline, ...summary, ...experience, ...educationLines],
    };
  } else {
    layout = {
      style: style === 'table' ? 'table' : 'single',
      main: [
        ...top,
        headline,
        ...contactLines,
        ...summary,
        ...experience,
        ...educationLines,
        ...skillLines,
        ...languageBlock,
      ],
    };
  }
  const titleSkills = new Set(jobs.flatMap((j) => j.titleSkills));
  const headlineSkills = [...headlineAllowed].filter((s) => !allSkills.has(s) && !titleSkills.has(s));
  const skills = [...new Set([...allSkills, ...headlineSkills])].map((s) => ({ name: s, months: monthsOf(jobs, s) }));
  return {
    layout,
    style,
    label: {
      name,
      email,
      phone: place.phone,
      location: place.city,
      education: edu.map((e) => e.label).filter((l): l is NonNullable<typeof l> => l !== null),
      skills: skills.sort((a, b) => a.name.localeCompare(b.name)),
      spokenLanguages: spoken.map(([l]) => l),
    },
  };
}

async function main(): Promise<void> {
  const count = Number(process.argv[2] ?? 90);
  const seed = Number(process.argv[3] ?? 11);
  const random = mulberry32(seed);
  mkdirSync(OUT, { recursive: true });
  const formats = ['pdf', 'docx', 'txt'] as const;
  const files: string[] = [];
  for (let i = 0; i < count; i++) {
    const r = resume(random, i);
    const format = formats[i % 3];
    const layout =
      format === 'txt' && r.layout.style === 'table' ? { ...r.layout, style: 'single' as const } : r.layout;
    const id = `r${String(i + 1).padStart(3, '0')}-${r.style}`;
    const file = `${id}.${format}`;
    const bytes =
      format === 'pdf'
        ? await renderPdf(layout)
        : format === 'docx'
          ? await renderDocx(layout)
          : Buffer.from(renderText(layout));
    writeFileSync(join(OUT, file), bytes);
    const label: Label = { file, format, layout: r.style, ...r.label };
    writeFileSync(join(OUT, `${id}.label.json`), `${JSON.stringify(label, null, 2)}\n`);
    files.push(file);
  }
  // The blind third, drawn once before any tuning, with its own seed.
  const blind = shuffle(mulberry32(SPLIT_SEED), files)
    .slice(0, Math.floor(files.length / 3))
    .sort();
  writeFileSync(
    join(OUT, 'split.json'),
    `${JSON.stringify({ generatorSeed: seed, splitSeed: SPLIT_SEED, now: CORPUS_NOW, blind, tuned: files.filter((f) => !blind.includes(f)) }, null, 2)}\n`,
  );
  process.stdout.write(`wrote ${files.length} résumés to ${OUT} (${blind.length} blind)\n`);
}

void main();
