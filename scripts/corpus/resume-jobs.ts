import { pick, randomInt, type Random } from '../../src/domain/synthetic/prng';
import { DATE_STYLES, NOW_MONTH, writeRange } from './resume-dates';
import type { Archetype } from './resume-archetypes';
import { BULLETS, EMPLOYERS } from './resume-details';
import { shuffle } from './shuffle';

/** One job of a generated résumé, with the skills its title and bullets name. */
export interface Job {
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

/**
 * One to four jobs, newest first, each with bullets naming two to five of the archetype's skills
 * (spelled by `spell`); all written in one date style.
 */
export function makeJobs(random: Random, arch: Archetype, spell: (skill: string) => string): Job[] {
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

/** The months a label gives a skill: every month of the jobs that name it, overlaps counted once. */
export function monthsOf(jobs: readonly Job[], skill: string): number | null {
  const covered = new Set<number>();
  for (const job of jobs) {
    if (!job.skills.has(skill)) continue;
    const to = job.to === null ? NOW_MONTH - 1 : job.to;
    for (let m = job.from; m <= to; m++) covered.add(m);
  }
  return covered.size === 0 ? null : covered.size;
}
