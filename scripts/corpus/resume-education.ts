import { pick, randomInt, type Random } from '../../src/domain/synthetic/prng';
import { FIELDS, SCHOOLS } from './resume-details';

/** How a label states one education entry. */
export interface EducationLabel {
  level: string;
  field: string | null;
  status: string;
}

export type EducationKind = 'bachelor' | 'master' | 'phd' | 'associate' | 'highschool' | 'bootcamp';

/**
 * The lines of one education entry (one line, or degree, school and years stacked) and its label;
 * a bootcamp names no degree level, so it has no label.
 */
export function education(
  random: Random,
  kind: EducationKind,
  inProgress: boolean,
  stacked: boolean,
): { lines: string[]; label: EducationLabel | null } {
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
