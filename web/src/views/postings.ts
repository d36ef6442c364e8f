import { apiKey, explain, gql } from '../api';
import { h, mount, months } from '../dom';
import { POSTING, POSTINGS } from '../queries';
import type { Connection, Group, Posting } from '../types';
import { firstRankingPage, renderRanking } from './ranking';

/** The first view, before any key: every posting, public. */
export async function renderPostings(main: HTMLElement): Promise<void> {
  mount(main, h('h1', {}, 'Postings'), h('p', { class: 'muted' }, 'Loading postings…'));
  try {
    const all: Posting[] = [];
    let after: string | null = null;
    let total = 0;
    do {
      const page: { postings: Connection<Posting> } = await gql(POSTINGS, { first: 100, after }, { anonymous: true });
      all.push(...page.postings.edges.map((e) => e.node));
      total = page.postings.totalCount;
      after = page.postings.pageInfo.hasNextPage ? page.postings.pageInfo.endCursor : null;
    } while (after && all.length < 1000);
    mount(
      main,
      h('h1', {}, 'Postings'),
      h(
        'p',
        { class: 'muted' },
        `${total} posting${total === 1 ? '' : 's'}. Postings are public; ranking candidates needs an API key.`,
      ),
      h('ul', { class: 'cards', 'aria-label': 'Postings' }, ...all.map(postingCard)),
      h('p', {}, h('a', { href: '#/new', class: 'button' }, 'Paste or upload a new posting')),
    );
  } catch (err) {
    mount(main, h('h1', {}, 'Postings'), h('p', { class: 'error' }, explain(err)));
  }
}

function postingCard(p: Posting): HTMLElement {
  const required = p.requirements.filter((g) => g.importance === 'REQUIRED').length;
  const preferred = p.requirements.length - required;
  return h(
    'li',
    { class: 'card' },
    h('h2', {}, h('a', { href: `#/posting/${encodeURIComponent(p.id)}` }, p.title)),
    h(
      'p',
      { class: 'muted' },
      [p.company, label(p.employmentType), p.locations.join(' · ')].filter(Boolean).join(' — '),
    ),
    h('p', {}, `${required} required group${required === 1 ? '' : 's'}, ${preferred} preferred`),
  );
}

function label(enumValue: string): string {
  return enumValue
    .replace(/_/g, ' ')
    .toLowerCase()
    .replace(/^\w/, (c) => c.toUpperCase());
}

/** One posting: its groups stated plainly, then the ranking (with a key). */
export async function renderPosting(main: HTMLElement, id: string): Promise<void> {
  mount(main, h('p', { class: 'muted' }, 'Loading the posting…'));
  // With a key, the first ranking page is asked for at once, beside the posting: one round trip, not two.
  const firstPage = apiKey.get() ? firstRankingPage(id) : undefined;
  firstPage?.catch(() => undefined); // its error is shown by the ranking, if the posting loads at all
  let posting: Posting | null;
  try {
    posting = (await gql<{ posting: Posting | null }>(POSTING, { id }, { anonymous: true })).posting;
  } catch (err) {
    mount(main, h('h1', {}, 'Posting'), h('p', { class: 'error' }, explain(err)));
    return;
  }
  if (!posting) {
    mount(main, h('h1', {}, 'Posting not found'), h('p', {}, h('a', { href: '#/' }, 'Back to the postings')));
    return;
  }
  const rankingHost = h('section', { class: 'ranking', 'aria-labelledby': 'ranking-title' });
  mount(
    main,
    h('p', {}, h('a', { href: '#/' }, '← All postings')),
    h('h1', {}, posting.title),
    h(
      'p',
      { class: 'muted' },
      [
        posting.company,
        label(posting.employmentType),
        posting.locations.join(' · '),
        posting.datePosted && `posted ${posting.datePosted}`,
      ]
        .filter(Boolean)
        .join(' — '),
    ),
    h(
      'details',
      { class: 'groups', open: true },
      h(
        'summary',
        {},
        h(
          'h2',
          { id: 'groups-title' },
          `Requirements: ${posting.requirements.filter((g) => g.importance === 'REQUIRED').length} required, ${posting.requirements.filter((g) => g.importance !== 'REQUIRED').length} preferred`,
        ),
      ),
      posting.education
        ? h(
            'p',
            {},
            `Education: ${label(posting.education.level)} degree, ${posting.education.required ? 'required' : 'preferred'}.`,
          )
        : null,
      groupList(posting.requirements),
    ),
    rankingHost,
  );
  await renderRanking(rankingHost, posting, firstPage);
}

/** Requirement groups, required versus preferred and minimum experience said in words. */
export function groupList(groups: readonly Group[]): HTMLElement {
  return h(
    'ol',
    { class: 'group-list' },
    ...groups.map((g) =>
      h(
        'li',
        { class: `group ${g.importance.toLowerCase()}` },
        h(
          'span',
          { class: `badge ${g.importance.toLowerCase()}` },
          g.importance === 'REQUIRED' ? 'Required' : 'Preferred',
        ),
        ' ',
        h('strong', {}, g.label),
        h(
          'p',
          { class: 'muted' },
          `${g.minMatches > 1 ? `At least ${g.minMatches} of` : g.skills.length > 1 ? 'One or more of' : 'Skill'}: ${g.skills.map((s) => s.name).join(', ') || '(no known skill)'}` +
            (g.minMonths ? ` — at least ${months(g.minMonths)} of experience` : '') +
            ` · ${label(g.category)}` +
            (g.assessable === false ? ' · not assessable: shown, never scored' : ''),
        ),
      ),
    ),
  );
}

export { label };
