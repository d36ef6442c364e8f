import { apiKey, explain, gql } from '../api';
import { download, toCsv } from '../csv';
import { fmt, h, months, mount, nextId, qualifiedLabel } from '../dom';
import { RANKING, RANKING_CSV } from '../queries';
import type { Connection, Posting, RankRow, Weights } from '../types';

const PAGE = 20;

type RankingPage = { rankCandidates: Connection<RankRow> };

/** The first page as the ranking view first asks for it (no filter, the posting's own weights). */
export function firstRankingPage(postingId: string): Promise<RankingPage> {
  return gql<RankingPage>(RANKING, { postingId, first: PAGE, ...variables(INITIAL) });
}

interface State {
  qualifiedOnly: boolean;
  minScore: number;
  /** null until the first answer echoes the posting's own weights; then what the sliders say. */
  weights: {
    requiredWeight: number;
    preferredWeight: number;
    educationWeight: number;
    categoryWeights: Record<string, number>;
  } | null;
  /** Cursors of the pages before this one (for "Previous"), and this page's `after`. */
  history: (string | null)[];
  after: string | null;
}

/** The ranking for a posting: filters, what-if weights, paged rows with evidence, CSV export. */
export async function renderRanking(
  host: HTMLElement,
  posting: Posting,
  firstPage?: Promise<RankingPage>,
): Promise<void> {
  const title = h('h2', { id: 'ranking-title' }, 'Ranked candidates');
  if (!apiKey.get()) {
    mount(
      host,
      title,
      h('p', { class: 'notice' }, 'Enter a RECRUITER or ADMIN API key above to rank candidates for this posting.'),
    );
    return;
  }
  const categories = [...new Set(posting.requirements.map((g) => g.category))];
  const state: State = { ...INITIAL, history: [], after: null };
  const results = h('div', { class: 'results', 'aria-live': 'polite', 'aria-busy': 'true' });
  const echo = h('p', { class: 'echo', id: 'weights-echo', role: 'status' });
  const pager = h('nav', { class: 'pager', 'aria-label': 'Ranking pages' });
  let seq = 0;
  let timer: number | undefined;

  async function load(): Promise<void> {
    const mine = ++seq;
    results.setAttribute('aria-busy', 'true');
    try {
      const early = firstPage;
      firstPage = undefined;
      const data = await (early ??
        gql<RankingPage>(RANKING, { postingId: posting.id, first: PAGE, ...variables(state), after: state.after }));
      if (mine !== seq) return; // a newer request (a slider moved again) owns the view
      showPage(data.rankCandidates);
    } catch (err) {
      if (mine !== seq) return;
      mount(results, h('p', { class: 'error' }, explain(err)));
      mount(pager);
    } finally {
      if (mine === seq) results.setAttribute('aria-busy', 'false');
    }
  }

  function showPage(conn: Connection<RankRow>): void {
    const start = state.history.length * PAGE;
    const rows = conn.edges.map((e) => e.node);
    if (rows[0] && !state.weights) buildSliders(rows[0].weights);
    if (rows[0])
      echo.textContent = `Weights applied (as echoed by the API): ${describeWeights(rows[0].weights, categories)}.`;
    mount(
      results,
      rows.length === 0
        ? h('p', {}, 'No candidate passes these filters.')
        : h(
            'ol',
            { class: 'rows', start: start + 1, 'aria-label': 'Ranking' },
            ...rows.map((r, i) => rankRow(r, start + i + 1, categories)),
          ),
    );
    const prev = h(
      'button',
      { type: 'button', disabled: state.history.length === 0, onclick: () => go(-1) },
      '← Previous',
    );
    const next = h(
      'button',
      { type: 'button', disabled: !conn.pageInfo.hasNextPage, onclick: () => go(1, conn.pageInfo.endCursor) },
      'Next →',
    );
    mount(
      pager,
      prev,
      h(
        'span',
        {},
        rows.length ? `${start + 1}–${start + rows.length} of ${conn.totalCount}` : `0 of ${conn.totalCount}`,
      ),
      next,
    );
  }

  function go(dir: 1 | -1, cursor: string | null = null): void {
    if (dir === 1) {
      state.history.push(state.after);
      state.after = cursor;
    } else {
      state.after = state.history.pop() ?? null;
    }
    void load();
  }

  /** Filters and weights restart at the first page; sliders wait for the hand to rest a moment. */
  function changed(delay = 0): void {
    state.history = [];
    state.after = null;
    window.clearTimeout(timer);
    timer = window.setTimeout(() => void load(), delay);
  }

  const filters = h(
    'fieldset',
    { class: 'filters' },
    h('legend', {}, 'Filters'),
    checkbox('Qualified only', state.qualifiedOnly, (v) => {
      state.qualifiedOnly = v;
      changed();
    }),
    numberField('Minimum score', state.minScore, 0, 100, (v) => {
      state.minScore = v;
      changed(300);
    }),
  );

  const sliders = h('fieldset', { class: 'weights' }, h('legend', {}, 'What-if weights'), echo);

  /** The sliders start at the weights the API applied to this posting (its own profile or the defaults). */
  function buildSliders(applied: Weights): void {
    const byCategory = new Map(applied.categoryWeights.map((c) => [c.category, c.weight]));
    const w = (state.weights = {
      requiredWeight: applied.requiredWeight,
      preferredWeight: applied.preferredWeight,
      educationWeight: applied.educationWeight,
      categoryWeights: Object.fromEntries(categories.map((c) => [c, byCategory.get(c) ?? 1])),
    });
    mount(
      sliders,
      h('legend', {}, 'What-if weights'),
      slider('Required groups', w.requiredWeight, 0, 10, 0.5, (v) => {
        w.requiredWeight = v;
        changed(200);
      }),
      slider('Preferred groups', w.preferredWeight, 0, 10, 0.5, (v) => {
        w.preferredWeight = v;
        changed(200);
      }),
      slider('Education', w.educationWeight, 0, 10, 0.5, (v) => {
        w.educationWeight = v;
        changed(200);
      }),
      ...categories.map((c) =>
        slider(`Category ${c.toLowerCase()}`, w.categoryWeights[c], 0, 5, 0.5, (v) => {
          w.categoryWeights[c] = v;
          changed(200);
        }),
      ),
      echo,
    );
  }

  const exportSize = h(
    'select',
    { id: nextId('export-size') },
    ...[100, 500, 1000].map((n) => h('option', { value: n }, `top ${n}`)),
  );
  const exportStatus = h('span', { role: 'status', class: 'muted' });
  const exporter = h(
    'div',
    { class: 'export' },
    h('label', { for: exportSize.id }, 'Export'),
    exportSize,
    h('button', { type: 'button', onclick: () => void exportCsv(Number(exportSize.value)) }, 'Download CSV'),
    exportStatus,
  );

  async function exportCsv(limit: number): Promise<void> {
    exportStatus.textContent = 'Exporting…';
    try {
      const header = [
        'rank',
        'candidate',
        'name',
        'score',
        'qualified',
        'requiredScore',
        'preferredScore',
        ...categories,
        'unsatisfied required groups',
        'summary',
      ];
      const out: (string | number | boolean | null)[][] = [header];
      let after: string | null = null;
      do {
        const data: { rankCandidates: Connection<RankRow> } = await gql(RANKING_CSV, {
          postingId: posting.id,
          first: Math.min(100, limit - out.length + 1),
          after,
          ...variables(state),
        });
        for (const { node: r } of data.rankCandidates.edges) {
          const cat = new Map(r.categories.map((c) => [c.category, c.score]));
          const unmet = r.requirements
            .filter((g) => g.status === 'NOT_MET' && g.requirement.importance === 'REQUIRED')
            .map((g) => g.requirement.label);
          out.push([
            out.length,
            r.candidateId,
            r.candidate?.name ?? null,
            r.score,
            r.qualified,
            r.requiredScore,
            r.preferredScore,
            ...categories.map((c) => cat.get(c) ?? null),
            unmet.join('; '),
            r.summary,
          ]);
        }
        after = data.rankCandidates.pageInfo.hasNextPage ? data.rankCandidates.pageInfo.endCursor : null;
      } while (after && out.length <= limit);
      download(`ranking-${posting.title.replace(/[^\w-]+/g, '-').toLowerCase()}.csv`, toCsv(out));
      exportStatus.textContent = `Exported ${out.length - 1} rows.`;
    } catch (err) {
      exportStatus.textContent = explain(err);
    }
  }

  mount(host, title, h('div', { class: 'controls' }, filters, sliders), exporter, results, pager);
  await load();
}

const INITIAL: Pick<State, 'qualifiedOnly' | 'minScore' | 'weights'> = {
  qualifiedOnly: false,
  minScore: 0,
  weights: null,
};

function variables(state: Pick<State, 'qualifiedOnly' | 'minScore' | 'weights'>): Record<string, unknown> {
  const w = state.weights;
  return {
    qualifiedOnly: state.qualifiedOnly,
    minScore: state.minScore,
    weights: w && {
      requiredWeight: w.requiredWeight,
      preferredWeight: w.preferredWeight,
      educationWeight: w.educationWeight,
      categoryWeights: Object.entries(w.categoryWeights).map(([category, weight]) => ({ category, weight })),
    },
  };
}

function describeWeights(w: Weights, categories: readonly string[]): string {
  const cat = w.categoryWeights
    .filter((c) => categories.includes(c.category))
    .map((c) => `${c.category.toLowerCase()} ${c.weight}`);
  return [
    `required ${w.requiredWeight}`,
    `preferred ${w.preferredWeight}`,
    `education ${w.educationWeight}`,
    ...cat,
  ].join(' · ');
}

function rankRow(r: RankRow, rank: number, categories: readonly string[]): HTMLElement {
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

function checkbox(text: string, value: boolean, onChange: (v: boolean) => void): HTMLElement {
  const id = nextId('check');
  const input = h('input', {
    id,
    type: 'checkbox',
    checked: value,
    onchange: (e: Event) => onChange((e.target as HTMLInputElement).checked),
  });
  return h('div', { class: 'field inline' }, input, h('label', { for: id }, text));
}

function numberField(
  text: string,
  value: number,
  min: number,
  max: number,
  onChange: (v: number) => void,
): HTMLElement {
  const id = nextId('num');
  const input = h('input', {
    id,
    type: 'number',
    min,
    max,
    step: 1,
    value,
    oninput: (e: Event) => {
      const v = Number((e.target as HTMLInputElement).value);
      if (Number.isFinite(v) && v >= min && v <= max) onChange(v);
    },
  });
  return h('div', { class: 'field' }, h('label', { for: id }, text), input);
}

function slider(
  text: string,
  value: number,
  min: number,
  max: number,
  step: number,
  onChange: (v: number) => void,
): HTMLElement {
  const id = nextId('weight');
  const out = h('output', { for: id }, String(value));
  const input = h('input', {
    id,
    type: 'range',
    min,
    max,
    step,
    value,
    oninput: (e: Event) => {
      const v = Number((e.target as HTMLInputElement).value);
      out.textContent = String(v);
      onChange(v);
    },
  });
  return h('div', { class: 'field slider' }, h('label', { for: id }, text), input, out);
}
