import type { PlacedSkill } from './placed-skill';

/** Lower-case words a skill answers to that also name a stage of any piece of work. */
const STAGE_WORDS: ReadonlySet<string> = new Set(['testing', 'documentation']);

/** The other stages such a word is listed with. */
const STAGES =
  /^(?:research|design|designing|develop(?:ment|ing)?|implement(?:ation|ing)?|deploy(?:ment|ing)?|releas(?:e|ing)|refinement|refining|exploration|document(?:ing)?|measuring|build(?:ing)?|maintenance|maintaining|delivery|planning|iteration|launch(?:ing)?)$/iu;

const BEFORE = /([A-Za-z]+)\s*(?:,\s*(?:and\s+|or\s+)?|\/\s*|(?:and|or|to|&)\s+)$/u;
const AFTER = /^\s*(?:,\s*(?:and\s+|or\s+)?|\/\s*|(?:and|or|to|&)\s+)([A-Za-z]+)/u;

/**
 * Drops a generic word listed among the stages of a piece of work: in "support the design,
 * development, testing and implementation of services", "from exploration to design to testing"
 * or "documenting and testing our models", testing is a step of the job, not a testing skill; the
 * same word asked for on its own ("comprehensive testing", "3 years testing or other development
 * experience") stays.
 */
export function withoutWorkStages(line: string, found: readonly PlacedSkill[]): PlacedSkill[] {
  return found.filter((f) => {
    const text = line.slice(f.start, f.end);
    if (!STAGE_WORDS.has(text)) return true;
    const before = BEFORE.exec(line.slice(Math.max(0, f.start - 40), f.start))?.[1];
    const after = AFTER.exec(line.slice(f.end, f.end + 40))?.[1];
    return !(before !== undefined && STAGES.test(before)) && !(after !== undefined && STAGES.test(after));
  });
}
