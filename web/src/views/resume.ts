import { apiKey, explain, gql } from '../api';
import { h, months, mount } from '../dom';
import { base64 } from '../files';
import { IMPORT_RESUME, PARSE_RESUME } from '../queries';

interface ParsedResume {
  name: string | null;
  email: string | null;
  phone: string | null;
  location: string | null;
  headline: string | null;
  skills: { name: string; months: number | null }[];
  education: { level: string; field: string | null; status: string }[];
  work: { title: string | null; employer: string | null; start: string; end: string | null }[];
  warnings: { code: string; message: string; at: string }[];
}

const MEDIA: Readonly<Record<string, string>> = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  txt: 'text/plain',
};

/** Upload a résumé, see the profile the API reads from it, then save it as a candidate. */
export function renderResume(main: HTMLElement): void {
  if (!apiKey.get()) {
    mount(
      main,
      h('h1', {}, 'Add a candidate from a résumé'),
      h('p', { class: 'notice' }, 'Reading résumés needs a RECRUITER or ADMIN API key: enter one above.'),
    );
    return;
  }
  const file = h('input', { id: 'resume-file', type: 'file', accept: '.pdf,.docx,.txt,application/pdf,text/plain' });
  const preview = h('div', { class: 'resume-preview', 'aria-live': 'polite' });
  let document: { content: string; mediaType: string } | null = null;

  file.addEventListener('change', async () => {
    const f = file.files?.[0];
    if (!f) return;
    const ext = f.name.split('.').pop()?.toLowerCase() ?? '';
    const mediaType = MEDIA[ext] ?? f.type;
    mount(preview, h('p', { class: 'muted' }, `Reading ${f.name}…`));
    document = { content: await base64(f), mediaType };
    try {
      const { parseResume } = await gql<{ parseResume: ParsedResume }>(PARSE_RESUME, { document });
      mount(
        preview,
        profile(parseResume, () => void save()),
      );
    } catch (err) {
      mount(preview, h('p', { class: 'error' }, explain(err)));
    }
  });

  async function save(): Promise<void> {
    if (!document) return;
    const status = preview.querySelector('.save-status')!;
    status.textContent = 'Saving…';
    try {
      const { importResume } = await gql<{ importResume: { candidate: { id: string; name: string } } }>(IMPORT_RESUME, {
        document,
      });
      status.replaceChildren(
        'Saved. ',
        h(
          'a',
          { href: `#/candidate/${encodeURIComponent(importResume.candidate.id)}` },
          `Open ${importResume.candidate.name}`,
        ),
      );
    } catch (err) {
      status.textContent = explain(err);
    }
  }

  mount(
    main,
    h('h1', {}, 'Add a candidate from a résumé'),
    h('p', {}, h('label', { for: 'resume-file' }, 'Résumé (PDF, DOCX or plain text, at most 4 MB)'), ' ', file),
    preview,
  );
}

function profile(r: ParsedResume, onSave: () => void): HTMLElement {
  return h(
    'section',
    { 'aria-labelledby': 'resume-title' },
    h('h2', { id: 'resume-title' }, `Read: ${r.name ?? '(no name found)'}`),
    h('p', { class: 'muted' }, [r.headline, r.location, r.email, r.phone].filter(Boolean).join(' — ')),
    r.warnings.length
      ? h(
          'details',
          { class: 'warnings' },
          h('summary', {}, `${r.warnings.length} warning${r.warnings.length === 1 ? '' : 's'}`),
          h('ul', {}, ...r.warnings.map((w) => h('li', {}, w.message))),
        )
      : null,
    h('h3', {}, 'Skills'),
    r.skills.length
      ? h('ul', { class: 'skill-list' }, ...r.skills.map((s) => h('li', {}, `${s.name}: ${months(s.months)}`)))
      : h('p', {}, 'No known skill found.'),
    h('h3', {}, 'Work'),
    r.work.length
      ? h(
          'ul',
          {},
          ...r.work.map((w) =>
            h(
              'li',
              {},
              `${w.title ?? 'Role'}${w.employer ? `, ${w.employer}` : ''} (${w.start} to ${w.end ?? 'present'})`,
            ),
          ),
        )
      : h('p', {}, 'No dated job found.'),
    h('h3', {}, 'Education'),
    r.education.length
      ? h(
          'ul',
          {},
          ...r.education.map((e) =>
            h(
              'li',
              {},
              `${e.level.toLowerCase()}${e.field ? ` in ${e.field}` : ''} (${e.status.replace(/_/g, ' ').toLowerCase()})`,
            ),
          ),
        )
      : h('p', {}, 'None found.'),
    h('p', {}, h('button', { type: 'button', class: 'primary', onclick: onSave }, 'Save candidate')),
    h('p', { class: 'save-status', role: 'status' }),
  );
}
