import type { ImportWarning, RequirementDraft } from '../../domain/drafts';
import type { Taxonomy } from '../../domain/taxonomy/taxonomy';
import type { Importance } from '../../domain/vocabulary';
import { askingSentences, withoutDutySentences } from './asking-sentences';
import { namesOnlyCertifications } from './certifications';
import { findDurations } from './experience';
import { splitByImportance, statedImportance } from './importance';
import { dominantCategory, groupsFromLine, isDisjunctive, type MatchRule, matchRuleOf } from './requirement-groups';
import type { SectionedLine } from './sections';
import { keepStrongerLevel } from './stronger-level';
import { boundedPieces, splitSentences } from './sentences';
import { type UnknownRequirement, type UnknownTermMention, unknownRequirements } from './unknown-requirements';
import { warning } from './warnings';

/**
 * Lines outside any requirements heading that still read as requirements ("Must have ...", "3 months experience in ...").
 * "Should we receive ..." / "Should you be unsuccessful ..." open a condition (how applications are handled), not a demand.
 */
const REQUIREMENT_LOOKING =
  /^(?:must\b|should\b(?! (?:we|you|there|it|this|they|your|our|the|a|an|any)\b)|you (?:have|should|must|will need|'ll need|need)\b|have (?:a |an )?(?:basic |solid |strong |good |working |deep )?(?:knowledge|understanding|experience|familiarity)|(?:(?:a |an )?(?:basic|solid|strong|good|working|deep|proven|hands-on|practical|demonstrated|some|prior|previous|professional|excellent|advanced|in-depth|thorough)\s+)*(?:knowledge|understanding|experience|familiarity|proficiency|expertise|fluency|exposure)\b|proficien|familiar(?:ity)?\b|fluent|expert(?:ise)? (?:in|with)|(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten)\+?\s*(?:-\s*\d+\s*)?(?:years?|months?|yrs?)\b|at least\b|minimum\b|required\b|ability to\b|comfortable (?:with|using)|working knowledge|background in|bachelor|master|degree)/iu;
const PERKS_HEADING =
  /\b(?:we(?:'ll|’ll| will)? offer|our offer|benefits|perks|what'?s in it for you|why (?:join|work)|compensation)\b/iu;
const REQUIRED_LEAD_IN =
  /\b(?:looking for|you (?:have|bring|should have|must have|will need|'ll need|need)|we (?:need|require|expect)|requirements?|qualifications?|must[- ]have|ideal candidate|candidates? (?:should|must|will) have|the following (?:skills|technolog|experience|areas))\b/iu;

/**
 * A colon line outside any heading that introduces requirements. Its last sentence is the lead-in:
 * "We need both frontend and backend expertise. At Acme you will be expected to:" introduces duties.
 */
function leadsInRequirements(text: string): boolean {
  const last = splitSentences(text).pop()?.text ?? text;
  if (REQUIRED_LEAD_IN.test(last)) return true;
  return REQUIRED_LEAD_IN.test(text) && !/\byou(?:'ll|’ll| will| would)\b/iu.test(last);
}

/**
 * A sentence of prose (eight words or more, closed by a full stop) that asks nothing of the candidate: no requirement
 * wording, no asking sentence, no stated importance. A list's last item that lost its bullet has no full stop.
 */
function isClosingProse(text: string): boolean {
  return (
    /[.!?]$/u.test(text) &&
    text.split(/\s+/u).length >= 8 &&
    !REQUIREMENT_LOOKING.test(text) &&
    askingSentences(text) === '' &&
    statedImportance(text) === null
  );
}

const THE_FOLLOWING = /\bthe following\b.*$/iu;

interface Draft {
  importance: Importance;
  readonly group: RequirementDraft;
  /** Set for groups from requirement lines found outside any requirements heading. */
  readonly orphanBlock: number | null;
  readonly stated: boolean;
}

interface LeadIn {
  readonly label: string;
  readonly importance: Importance | null;
  readonly disjunctive: boolean;
  readonly months: number | null;
  readonly matchRule: MatchRule;
  readonly items: { readonly drafts: Draft[]; readonly flat: boolean; readonly label: string }[];
}

export interface ExtractedRequirements {
  readonly requirements: RequirementDraft[];
  /** Technical-looking terms of requirement lines that name no known skill, kept for a person to see. */
  readonly unknown: UnknownRequirement[];
  readonly warnings: ImportWarning[];
}

/**
 * Reads the requirement groups of a posting from its sectioned lines. Lines under required
 * and preferred headings count with that importance (a clause that says "is a plus" is
 * preferred wherever it is); responsibilities, benefits and company text never count. A lead-in
 * ending in ":" passes its "one or more of", duration and "all of" on to the list under it, and
 * a bare list under "one or more of" becomes one group. Requirement-looking lines outside any
 * requirements heading are read as required, except a later block that repeats required skills
 * with durations, which is read as the preferred version of them; both are reported.
 */
export function extractRequirements(
  taxonomy: Taxonomy,
  lines: readonly SectionedLine[],
  ignore: readonly string[],
): ExtractedRequirements {
  const drafts: Draft[] = [];
  const warnings: ImportWarning[] = [];
  let leadIn: LeadIn | null = null;
  let orphanBlock = 0;
  let inOrphan = false;
  let underPerks = false;
  // A list item has been read under the current heading.
  let listSeen = false;
  const orphanFirstLines = new Map<number, string>();
  const unknown: UnknownTermMention[] = [];

  const flush = (): void => {
    if (leadIn === null) return;
    const current: LeadIn = leadIn;
    leadIn = null;
    const flatItems = current.items.filter((item) => item.flat && item.drafts.length > 0);
    if (current.disjunctive && flatItems.length >= 2) {
      // "Experience with one or more of:" + "- Python" + "- Go": one set of alternatives; a
      // not-assessable group ("- Communication skills") is never one of them.
      const all = flatItems.flatMap((item) => item.drafts);
      const merged = all.filter((d) => d.group.assessable !== false);
      drafts.push(...all.filter((d) => d.group.assessable === false));
      const byKey = new Map<string, Draft[]>();
      for (const d of merged) {
        const key = `${d.importance}|${d.group.minMonths}`;
        byKey.set(key, [...(byKey.get(key) ?? []), d]);
      }
      const label = `${current.label.replace(/\s*:\s*$/u, '')}: ${flatItems.map((i) => i.label).join(', ')}`;
      for (const items of byKey.values()) {
        const names = [...new Set(items.flatMap((d) => d.group.skills))];
        const defs = names.map((n) => taxonomy.resolve(n)).filter((d) => d !== undefined);
        const rule = current.matchRule;
        drafts.push({
          importance: items[0].importance,
          orphanBlock: items[0].orphanBlock,
          stated: items[0].stated,
          group: {
            ...items[0].group,
            label,
            category: defs.length > 0 ? dominantCategory(defs) : items[0].group.category,
            skills: names,
            minMatches: rule === 'ALL' ? names.length : rule === 'ONE' ? 1 : Math.min(rule, names.length),
          },
        });
      }
      for (const item of current.items) if (!flatItems.includes(item)) drafts.push(...item.drafts);
    } else {
      for (const item of current.items) drafts.push(...item.drafts);
    }
  };

  for (const line of lines) {
    if (line.heading) {
      flush();
      inOrphan = false;
      underPerks = PERKS_HEADING.test(line.text);
      listSeen = false;
      continue;
    }
    if (line.blankBefore && !(leadIn !== null && leadIn.items.length === 0)) flush();
    if (line.blankBefore) inOrphan = false;

    let sectionImportance: Importance;
    let orphan: number | null = null;
    let text = line.text;
    if (line.section === 'REQUIRED' || line.section === 'PREFERRED') {
      // "*A pool of qualified persons ... may be created ... (English essential, bilingual ...)": a footnote to the
      // posting, marked by a star or dagger glued to its first word, asks nothing of the candidate.
      if (!line.bullet && /^[*†‡](?=\p{L})/u.test(line.text)) {
        flush();
        continue;
      }
      // "Within each category, veterans will receive selection priority ...", "CDS welcomes all applicants ...": prose
      // after the list that asks nothing (no requirement wording, no asking sentence, no importance) is the employer's.
      if (listSeen && !line.bullet && isClosingProse(line.text)) {
        flush();
        continue;
      }
      if (line.bullet) listSeen = true;
      sectionImportance = line.section;
      // "You'll work closely with our founders to deliver ... mobile apps": a sentence that says what the job does.
      text = withoutDutySentences(line.text);
      if (text === '') {
        flush();
        continue;
      }
    } else if (line.section === 'OTHER' && underPerks) {
      // "We'll offer: Exposure to cutting-edge blockchain technology": a perk, however it is worded.
      continue;
    } else if (line.section === 'NONE' || line.section === 'OTHER') {
      const leadsIn = /:$/u.test(line.text) && leadsInRequirements(line.text);
      if (!REQUIREMENT_LOOKING.test(line.text) && !leadsIn && leadIn === null) {
        // Prose with no heading: only its sentences that ask something of the candidate.
        text = askingSentences(line.text);
        if (text === '') {
          inOrphan = false;
          continue;
        }
      }
      if (leadsIn || leadIn !== null) {
        sectionImportance = 'REQUIRED';
      } else {
        if (!inOrphan) {
          orphanBlock++;
          inOrphan = true;
          orphanFirstLines.set(orphanBlock, line.text);
        }
        orphan = orphanBlock;
        sectionImportance = 'REQUIRED';
      }
    } else {
      flush();
      continue;
    }

    if (/:$/u.test(text) && text.length <= 200) {
      flush();
      // A lead-in that names skills itself ("Experience with AWS, including:") is also a requirement line; each of its
      // sentences at its own importance ("Experience with OOP. Ideally with experience in the following:").
      const sentences = splitSentences(text).map((s) => s.text);
      let ownSkills = false;
      for (const sentence of sentences) {
        // "3-5 years of Cloud deployments with the following qualifications desired:": the cue after "the following"
        // qualifies the list, not the lead-in's own skill.
        const ownImportance = statedImportance(sentence.replace(THE_FOLLOWING, '')) ?? sectionImportance;
        const own = groupsFromLine(taxonomy, sentence, text, {
          importance: ownImportance,
          disjunctive: false,
          months: null,
          matchRule: 'ONE',
          ignore,
        });
        warnings.push(...own.warnings);
        unknown.push(...own.unknownTerms.map((term) => ({ text: term, importance: ownImportance, label: text })));
        for (const group of own.groups)
          drafts.push({
            importance: group.importance,
            group,
            orphanBlock: orphan,
            stated: statedImportance(sentence) !== null,
          });
        if (own.groups.some((g) => g.minMonths !== null)) ownSkills = true;
      }
      // The last sentence is the one that leads the list in.
      const lead = sentences[sentences.length - 1] ?? text;
      const stated = statedImportance(lead);
      // "You must have one year of specialized experience ... Specialized experience is:": the duration of the whole
      // lead-in governs its list when the leading sentence states none.
      const leadDurations = findDurations(lead);
      const durations = leadDurations.length > 0 ? leadDurations : findDurations(text);
      leadIn = {
        label: text,
        importance: stated,
        disjunctive: isDisjunctive(lead),
        // A duration the lead-in's own skill took ("3-5 years of Cloud deployments with the following:") is its own.
        months: durations.length > 0 && !ownSkills ? durations[0].months : null,
        matchRule: matchRuleOf(lead),
        items: [],
      };
      continue;
    }

    const active: LeadIn | null = leadIn;
    const baseImportance = active?.importance ?? sectionImportance;
    const lineDrafts: Draft[] = [];
    let flat = true;
    // Each sentence of a pasted paragraph is its own requirement ("4+ years of Java. Knowledge of Spring.").
    const clauses = (namesOnlyCertifications(text) ? [] : splitSentences(text))
      .flatMap((sentence) => boundedPieces(sentence.text))
      .flatMap((piece) => splitByImportance(piece, baseImportance));
    for (const clause of clauses) {
      const result = groupsFromLine(taxonomy, clause.text, clause.text, {
        importance: clause.importance,
        disjunctive: active?.disjunctive ?? false,
        months: active?.months ?? null,
        matchRule: active?.matchRule ?? 'ONE',
        ignore,
      });
      warnings.push(...result.warnings);
      unknown.push(...result.unknownTerms.map((term) => ({ text: term, importance: clause.importance, label: text })));
      flat = flat && result.flatList;
      for (const group of result.groups) {
        lineDrafts.push({
          importance: group.importance,
          group,
          orphanBlock: orphan,
          stated: clause.stated || active?.importance != null,
        });
      }
    }
    if (active !== null) active.items.push({ drafts: lineDrafts, flat, label: text });
    else drafts.push(...lineDrafts);
  }
  flush();

  inferOrphanImportance(drafts, orphanFirstLines, warnings);
  const unknownTerms = unknownRequirements(taxonomy, unknown);
  warnings.push(...unknownTerms.warnings);
  const requirements = drafts.map((d) => ({ ...d.group, importance: d.importance }));
  return { requirements: keepStrongerLevel(mergeIdentical(requirements)), unknown: unknownTerms.unknown, warnings };
}

/**
 * Orphan blocks (requirement lines with no heading) are required, unless a later block
 * repeats at least half of the skills already required and asks for durations: that is the
 * "preferred: N months of the same" half of a template whose headings were lost.
 */
function inferOrphanImportance(
  drafts: Draft[],
  firstLines: ReadonlyMap<number, string>,
  warnings: ImportWarning[],
): void {
  for (const [block, firstLine] of firstLines) {
    const members = drafts.filter((d) => d.orphanBlock === block);
    if (members.length === 0) continue;
    const earlierRequired = new Set(
      drafts
        .filter((d) => d.importance === 'REQUIRED' && (d.orphanBlock === null || d.orphanBlock < block))
        .flatMap((d) => d.group.skills),
    );
    const unstated = members.filter((d) => !d.stated);
    const skills = [...new Set(unstated.flatMap((d) => d.group.skills))];
    const repeated = skills.filter((s) => earlierRequired.has(s)).length;
    const withMonths = unstated.some((d) => d.group.minMonths !== null);
    const preferred = skills.length > 0 && withMonths && repeated * 2 >= skills.length;
    if (preferred) for (const d of unstated) d.importance = 'PREFERRED';
    warnings.push(
      warning(
        'SECTION_INFERRED',
        preferred
          ? 'requirement lines with no heading repeat required skills with more experience: read as preferred'
          : 'requirement lines with no heading: read as required',
        firstLine,
      ),
    );
  }
}

/** Two identical groups (same importance, skills, months) from repeated lines are one. */
function mergeIdentical(groups: readonly RequirementDraft[]): RequirementDraft[] {
  const seen = new Set<string>();
  return groups.filter((g) => {
    const key = `${g.importance}|${g.category}|${g.minMonths}|${g.minMatches}|${g.assessable}|${[...g.skills].sort().join(',')}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
