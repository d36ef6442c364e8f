import { fmt, h, months, nextId, qualifiedLabel } from '../dom';
import type { RankRow } from '../types';

/** One ranked candidate: score, qualification, a bar per category, and the evidence per requirement. */
export function rankRow(r: RankRow, rank: number, categories: readonly string[]): HTMLElement {
  const name = r.candidate?.name ?? r.candidateId;
  const scores = new Map(r.categories.map((c) => [c.category, c.score]));
  return h(
    'li',
    { class: `row ${r.qualified ? 'qualified' : 'unqualified'}`, 'data-candidate': r.candidateId },
    h(
      'div',
      { class: 'row-head' },
      h('span', { class: 'rank', 'aria-hidden': 'true' }, `#${rank}`),
      h('a', { class: 'name', href: `#/candidate/${encodeURIComponent(r.candidateId)}` }, name),
      h('span', { class: 'score', 'aria-label': `score ${fmt(r.score)} of 100` }, fmt(r.score)),
      h('span', { class: `badge ${r.qualified ? 'ok' : 'no'}` }, qualifiedLabel(r.qualified)),
    ),
    h('p', { class: 'summary' }, r.summary),
    h(
      'div',
      { class: 'bars' },
      ...categories.map((c) => {
        const id = nextId('bar');
        const s = scores.get(c);
        return h(
          'div',
          { class: 'bar' },
          h('label', { for: id }, c.toLowerCase()),
          h('meter', { id, min: 0, max: 100, low: 50, high: 80, optimum: 100, value: s ?? 0 }, fmt(s)),
          h('span', { class: 'bar-value' }, fmt(s)),
        );
      }),
    ),
    h(
      'details',
      { class: 'evidence' },
      h('summary', {}, `Evidence for ${name}`),
      h(
        'ul',
        {},
        ...r.requirements.map((g) =>
          h(
            'li',
            { class: g.status === 'NOT_ASSESSABLE' ? 'not-assessable' : g.satisfied ? 'met' : 'unmet' },
            h(
              'span',
              { class: `badge ${g.requirement.importance.toLowerCase()}` },
              g.requirement.importance === 'REQUIRED' ? 'Required' : 'Preferred',
            ),
            ' ',
            h('strong', {}, g.requirement.label),
            ' — ',
            g.status === 'NOT_ASSESSABLE'
              ? 'not assessable from a profile (not scored)'
              : g.satisfied
                ? 'satisfied'
                : 'not satisfied',
            g.matched.length
              ? h(
                  'p',
                  {},
                  'Matched: ',
                  g.matched
                    .map(
                      (m) =>
                        `${m.skill.name}${m.via.name !== m.skill.name ? ` via ${m.via.name}` : ''} (${m.kind === 'BROADER' ? 'only the broader word: no credit' : m.kind.toLowerCase()}, ${months(m.months)})`,
                    )
                    .join('; '),
                )
              : null,
            g.missing.length ? h('p', {}, 'Missing: ', g.missing.map((s) => s.name).join(', ')) : null,
            g.monthsShort
              ? h('p', {}, `${months(g.monthsShort)} short of the ${months(g.requirement.minMonths)} asked`)
              : null,
            g.monthsUnknown ? h('p', {}, 'Experience unknown: partial credit') : null,
          ),
        ),
        h('li', {}, `Education: ${r.education.outcome.replace(/_/g, ' ').toLowerCase()}`),
      ),
    ),
  );
}
