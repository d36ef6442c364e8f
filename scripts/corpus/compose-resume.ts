import { FIRST_NAMES, LAST_NAMES } from '../../src/domain/synthetic/names';
import { pick, randomInt, type Random } from '../../src/domain/synthetic/prng';
import { findSkillMentions } from '../../src/domain/taxonomy/mentions';
import type { Taxonomy } from '../../src/domain/taxonomy/taxonomy';
import { rolePractices } from '../../src/parsing/resume/text/role-practices';
import type { ResumeLayout } from './render';
import { ARCHETYPES } from './resume-archetypes';
import { CITIES } from './resume-details';
import { education, type EducationKind, type EducationLabel } from './resume-education';
import { makeJobs, monthsOf } from './resume-jobs';
import { shuffle } from './shuffle';

/** The label file of one résumé: what the generator put in, never what the parser reads. */
export interface Label {
  readonly file: string;
  readonly format: 'pdf' | 'docx' | 'txt';
  readonly layout: string;
  readonly name: string;
  readonly email: string;
  readonly phone: string;
  readonly location: string;
  readonly education: EducationLabel[];
  readonly skills: { name: string; months: number | null }[];
  readonly spokenLanguages: string[];
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

/** A generated résumé: its layout to render, its label, and the layout style's name. */
export interface Resume {
  readonly layout: ResumeLayout;
  readonly label: Omit<Label, 'file' | 'format' | 'layout'>;
  readonly style: string;
}

/**
 * Fails generation when a written line names a taxonomy skill the label would not have: by name
 * or alias, or as the practice a role names ("Software Engineer": Software development).
 */
function check(taxonomy: Taxonomy, text: string, allowed: ReadonlySet<string>, where: string): void {
  for (const m of findSkillMentions(taxonomy, text)) {
    if (!allowed.has(m.skill.name))
      throw new Error(`${where}: "${text}" names ${m.skill.name} ("${m.text}"), which is not labelled`);
  }
  for (const practice of rolePractices(taxonomy, text)) {
    if (!allowed.has(practice.name))
      throw new Error(`${where}: "${text}" names ${practice.name}, which is not labelled`);
  }
}

/** The `index`th résumé of the corpus (archetypes in turn), drawn from `random`. */
export function resume(taxonomy: Taxonomy, random: Random, index: number): Resume {
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
    check(taxonomy, job.title, new Set(job.titleSkills), 'title');
    check(taxonomy, job.employer, new Set(), 'employer');
    job.bullets.forEach((b) => check(taxonomy, b, job.skills, 'bullet'));
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
  summary.slice(1).forEach((l) => check(taxonomy, l, allSkills, 'summary'));
  check(taxonomy, headline, headlineAllowed, 'headline');
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
