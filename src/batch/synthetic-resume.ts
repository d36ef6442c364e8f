import type { CandidateDraft } from '../domain/drafts';
import type { EducationLevel, SkillLevel } from '../domain/vocabulary';

/** The JSON Resume `studyType` words that read back as each level (NONE has no degree to name). */
const STUDY_TYPES: Readonly<Record<EducationLevel, string | null>> = {
  NONE: null,
  HIGH_SCHOOL: 'High School',
  ASSOCIATE: 'Associate',
  BACHELOR: 'Bachelor',
  MASTER: 'Master',
  DOCTORATE: 'PhD',
};

const LEVEL_WORDS: Readonly<Record<SkillLevel, string>> = {
  BEGINNER: 'Beginner',
  INTERMEDIATE: 'Intermediate',
  ADVANCED: 'Advanced',
  EXPERT: 'Expert',
};

/** The mean Gregorian month in days, as the JSON Resume importer measures experience. */
const DAYS_PER_MONTH = 365.2425 / 12;
const MS_PER_DAY = 86_400_000;

/** Fixed dates keep the output independent of the day it is generated. */
const WORK_END = Date.UTC(2025, 11, 31);
const COMPLETED_EDUCATION_END = '2020-06';

function isoDay(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/**
 * A candidate draft as a JSON Resume (https://jsonresume.org/schema) that the importer reads back
 * to the same skills, months, levels and education: every skill is declared in `skills`, and the
 * skills with known months are keywords of one job per distinct months value, dated so that its
 * length rounds to exactly those months; a skill with unknown months has no dated job. Completed
 * degrees end in 2020, degrees in progress have no end date.
 */
export function draftToJsonResume(draft: CandidateDraft): Record<string, unknown> {
  const byMonths = new Map<number, string[]>();
  for (const skill of draft.skills) {
    if (skill.months === null || skill.months <= 0) continue;
    const list = byMonths.get(skill.months) ?? [];
    list.push(skill.name);
    byMonths.set(skill.months, list);
  }
  const work = [...byMonths.entries()]
    .sort((a, b) => b[0] - a[0])
    .map(([months, keywords]) => {
      const days = Math.round(months * DAYS_PER_MONTH);
      return {
        name: 'Example Co',
        startDate: isoDay(WORK_END - (days - 1) * MS_PER_DAY),
        endDate: isoDay(WORK_END),
        keywords,
      };
    });
  const [city, region] = (draft.location ?? '').split(',').map((part) => part.trim());
  const education = draft.education
    .filter((e) => STUDY_TYPES[e.level] !== null)
    .map((e) => ({
      institution: 'Example University',
      ...(e.field === null ? {} : { area: e.field }),
      studyType: STUDY_TYPES[e.level],
      ...(e.status === 'COMPLETED'
        ? { startDate: '2016-09', endDate: COMPLETED_EDUCATION_END }
        : { startDate: '2024-09' }),
    }));
  return {
    basics: {
      name: draft.name,
      ...(draft.email === null ? {} : { email: draft.email }),
      ...(draft.headline === null ? {} : { label: draft.headline }),
      ...(city ? { location: region ? { city, region } : { city } } : {}),
    },
    work,
    education,
    skills: draft.skills.map((s) =>
      s.level === null ? { name: s.name } : { name: s.name, level: LEVEL_WORDS[s.level] },
    ),
  };
}
