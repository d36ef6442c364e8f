import { apiKey, explain, gql } from '../api';
import { h, mount, nextId } from '../dom';
import { RANKING } from '../queries';
import type { Connection, Posting, RankRow, Weights } from '../types';
import { checkbox, numberField, slider } from './form-fields';
import { exportRankingCsv } from './ranking-export';
import {
  INITIAL_FILTERS,
  PAGE,
  describeWeights,
  variables,
  type RankingFilters,
  type RankingPage,
} from './ranking-query';
import { rankRow } from './ranking-row';

/** The first page as the ranking view first asks for it (no filter, the posting's own weights). */
export function firstRankingPage(postingId: string): Promise<RankingPage> {
  return gql<RankingPage>(RANKING, { postingId, first: PAGE, ...variables(INITIAL_FILTERS) });
}

interface State extends RankingFilters {
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
  const state: State = { ...INITIAL_FILTERS, history: [], after: null };
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
      const rows = await exportRankingCsv(posting, categories, state, limit);
      exportStatus.textContent = `Exported ${rows} rows.`;
    } catch (err) {
      exportStatus.textContent = explain(err);
    }
  }

  mount(host, title, h('div', { class: 'controls' }, filters, sliders), exporter, results, pager);
  await load();
}
