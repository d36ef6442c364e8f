import { apiKey, explain, gql } from '../api';
import { fmt, h, months, mount, qualifiedLabel } from '../dom';
import { CANDIDATE } from '../queries';

interface CandidateData {
  candidate: {
    id: string;
    name: string;
    headline: string | null;
    location: string | null;
    email: string | null;
    skills: { skill: { name: string; category: string }; months: number | null; level: string | null }[];
    education: { level: string; field: string | null; status: string }[];
  } | null;
  rankPostings: {
    totalCount: number;
    edges: {
      node: {
        postingId: string;
        score: number;
        qualified: boolean;
        summary: string;
        posting: { id: string; title: string; company: string | null } | null;
        gaps: { skill: { name: string }; score: number; gain: number; wouldQualify: boolean }[];
      };
    }[];
  };
}

/** A candidate: the profile, their best postings (rankPostings) and the gap analysis. */
export async function renderCandidate(main: HTMLElement, id: string): Promise<void> {
  if (!apiKey.get()) {
    mount(
      main,
      h('h1', {}, 'Candidate'),
      h('p', { class: 'notice' }, 'Candidate profiles need a RECRUITER or ADMIN API key: enter one above.'),
    );
    return;
  }
  mount(main, h('p', { class: 'muted' }, 'Loading the candidate…'));
  let data: CandidateData;
  try {
    data = await gql<CandidateData>(CANDIDATE, { id });
  } catch (err) {
    mount(main, h('h1', {}, 'Candidate'), h('p', { class: 'error' }, explain(err)));
    return;
  }
  const c = data.candidate;
  if (!c) {
    mount(main, h('h1', {}, 'Candidate not found'));
    return;
  }
  mount(
    main,
    h('p', {}, h('a', { href: '#/' }, '← All postings')),
    h('h1', {}, c.name),
    h('p', { class: 'muted' }, [c.headline, c.location, c.email].filter(Boolean).join(' — ')),
    h(
      'div',
      { class: 'split' },
      h(
        'section',
        { 'aria-labelledby': 'profile-title' },
        h('h2', { id: 'profile-title' }, 'Profile'),
        h('h3', {}, 'Skills'),
        h(
          'table',
          { class: 'skills' },
          h('caption', { class: 'sr-only' }, `Skills of ${c.name}`),
          h(
            'thead',
            {},
            h(
              'tr',
              {},
              h('th', { scope: 'col' }, 'Skill'),
              h('th', { scope: 'col' }, 'Category'),
              h('th', { scope: 'col' }, 'Experience'),
              h('th', { scope: 'col' }, 'Level'),
            ),
          ),
          h(
            'tbody',
            {},
            ...c.skills.map((s) =>
              h(
                'tr',
                {},
                h('td', {}, s.skill.name),
                h('td', {}, s.skill.category.toLowerCase()),
                h('td', {}, months(s.months)),
                h('td', {}, s.level?.toLowerCase() ?? '–'),
              ),
            ),
          ),
        ),
        h('h3', {}, 'Education'),
        c.education.length
          ? h(
              'ul',
              {},
              ...c.education.map((e) =>
                h(
                  'li',
                  {},
                  `${e.level.replace(/_/g, ' ').toLowerCase()}${e.field ? ` in ${e.field}` : ''} (${e.status.replace(/_/g, ' ').toLowerCase()})`,
                ),
              ),
            )
          : h('p', {}, 'None listed.'),
      ),
      h(
        'section',
        { 'aria-labelledby': 'best-title' },
        h('h2', { id: 'best-title' }, 'Best postings'),
        h(
          'ol',
          { class: 'rows' },
          ...data.rankPostings.edges.map(({ node: m }) =>
            h(
              'li',
              { class: `row ${m.qualified ? 'qualified' : 'unqualified'}` },
              h(
                'div',
                { class: 'row-head' },
                m.posting
                  ? h('a', { class: 'name', href: `#/posting/${encodeURIComponent(m.posting.id)}` }, m.posting.title)
                  : m.postingId,
                h('span', { class: 'score', 'aria-label': `score ${fmt(m.score)} of 100` }, fmt(m.score)),
                h('span', { class: `badge ${m.qualified ? 'ok' : 'no'}` }, qualifiedLabel(m.qualified)),
              ),
              h('p', { class: 'summary' }, m.summary),
              m.gaps.length
                ? h(
                    'ul',
                    { class: 'gaps', 'aria-label': 'Gap analysis' },
                    ...m.gaps.map((g) =>
                      h(
                        'li',
                        {},
                        `Adding ${g.skill.name} raises the score to ${fmt(g.score)} (+${fmt(g.gain)})${g.wouldQualify ? ' and qualifies' : ''}.`,
                      ),
                    ),
                  )
                : h('p', { class: 'muted' }, 'No single skill would raise this score.'),
            ),
          ),
        ),
      ),
    ),
  );
}
