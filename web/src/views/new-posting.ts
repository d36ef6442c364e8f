import { apiKey, ApiError, explain, gql } from '../api';
import { CATEGORIES, h, mount, nextId, showAlert } from '../dom';
import { base64 } from '../files';
import { CREATE_POSTING, PARSE_POSTING, PARSE_POSTING_DOCUMENT } from '../queries';
import type { Group } from '../types';

interface Parsed {
  title: string;
  company: string | null;
  employmentType: string;
  locations: string[];
  datePosted: string | null;
  description: string;
  education: { level: string; required: boolean } | null;
  requirements: Group[];
  unknownRequirements: { text: string; importance: string; label: string; suggestions: string[] }[];
  warnings: { code: string; message: string; at: string }[];
}

const EMPLOYMENT = ['FULL_TIME', 'PART_TIME', 'CONTRACTOR', 'TEMPORARY', 'INTERN', 'VOLUNTEER', 'PER_DIEM', 'OTHER'];
const EDUCATION = ['', 'HIGH_SCHOOL', 'ASSOCIATE', 'BACHELOR', 'MASTER', 'DOCTORATE'];

/**
 * Paste or upload a posting, see what the API reads from it beside the text, edit the groups and
 * save. Parsing is public; saving needs a RECRUITER or ADMIN key.
 */
export function renderNewPosting(main: HTMLElement): void {
  const text = h('textarea', {
    id: 'posting-text',
    rows: 18,
    spellcheck: 'false',
    placeholder: 'Paste the posting: plain text, Markdown or HTML',
  });
  const file = h('input', {
    id: 'posting-file',
    type: 'file',
    accept: '.pdf,.txt,.md,.markdown,.html,.htm,application/pdf,text/plain,text/markdown,text/html',
  });
  const editor = h(
    'div',
    { class: 'editor', 'aria-live': 'polite' },
    h('p', { class: 'muted' }, 'The parsed posting appears here.'),
  );

  // A file goes to the API as it is (it tells PDF, HTML, Markdown and text apart); the text it read
  // is shown in the box, beside the groups.
  file.addEventListener('change', async () => {
    const f = file.files?.[0];
    if (!f) return;
    mount(editor, h('p', { class: 'muted' }, `Reading ${f.name}…`));
    try {
      const { parsePosting } = await gql<{ parsePosting: Parsed & { format: string } }>(
        PARSE_POSTING_DOCUMENT,
        { document: { content: await base64(f) } },
        { anonymous: true },
      );
      text.value = parsePosting.description;
      mount(editor, h('p', { class: 'muted' }, `Read as ${parsePosting.format.toLowerCase()}.`), form(parsePosting));
    } catch (err) {
      mount(editor, h('p', { class: 'error' }, explain(err)));
    }
  });

  async function parse(): Promise<void> {
    if (!text.value.trim()) {
      mount(editor, h('p', { class: 'error' }, 'Paste a posting first.'));
      return;
    }
    mount(editor, h('p', { class: 'muted' }, 'Reading the posting…'));
    try {
      const { parsePosting } = await gql<{ parsePosting: Parsed }>(
        PARSE_POSTING,
        { text: text.value },
        { anonymous: true },
      );
      mount(editor, form(parsePosting));
    } catch (err) {
      mount(editor, h('p', { class: 'error' }, explain(err)));
    }
  }

  mount(
    main,
    h('h1', {}, 'New posting'),
    h(
      'div',
      { class: 'split' },
      h(
        'section',
        { class: 'source', 'aria-labelledby': 'source-title' },
        h('h2', { id: 'source-title' }, 'Posting text'),
        h('label', { for: 'posting-text' }, 'Paste the posting'),
        text,
        h('label', { for: 'posting-file' }, 'or upload a file (PDF, HTML, Markdown or text)'),
        file,
        h('p', {}, h('button', { type: 'button', id: 'parse-posting', onclick: () => void parse() }, 'Read posting')),
      ),
      h(
        'section',
        { class: 'parsed', 'aria-labelledby': 'parsed-title' },
        h('h2', { id: 'parsed-title' }, 'What was read'),
        editor,
      ),
    ),
  );
}

function form(p: Parsed): HTMLElement {
  const status = h('p', { role: 'status', class: 'save-status' });
  const title = input('Title', p.title, 'title');
  const company = input('Company', p.company ?? '', 'company');
  const locations = input('Locations (comma-separated)', p.locations.join(', '), 'locations');
  const employment = select('Employment type', EMPLOYMENT, p.employmentType, 'employmentType');
  const education = select('Education', EDUCATION, p.education?.level ?? '', 'education.level');
  const educationRequired = h('input', {
    type: 'checkbox',
    id: nextId('edu-req'),
    checked: p.education?.required ?? false,
  });
  const groups = h('ol', { class: 'group-editor' }, ...p.requirements.map((g, i) => groupRow(g, i)));
  const warnings = p.warnings.length
    ? h(
        'details',
        { class: 'warnings' },
        h('summary', {}, `${p.warnings.length} warning${p.warnings.length === 1 ? '' : 's'} from the parser`),
        h('ul', {}, ...p.warnings.map((w) => h('li', {}, `${w.message}${w.at ? ` (at “${w.at.slice(0, 80)}”)` : ''}`))),
      )
    : null;

  // Terms the taxonomy does not know are never scored: show them, so a person can add the skill or
  // name a known one in a group instead of losing the requirement unseen.
  const unknown = p.unknownRequirements.length
    ? h(
        'div',
        { class: 'unknown-terms' },
        h('h3', {}, 'Not in the skill taxonomy (not scored)'),
        h(
          'ul',
          {},
          ...p.unknownRequirements.map((u) =>
            h(
              'li',
              {},
              `“${u.text}” (${u.importance.toLowerCase()}, in “${u.label.slice(0, 80)}”)`,
              u.suggestions.length ? ` — did you mean ${u.suggestions.join(', ')}?` : '',
            ),
          ),
        ),
      )
    : null;

  const add = h(
    'button',
    {
      type: 'button',
      onclick: () =>
        groups.append(
          groupRow(
            { importance: 'REQUIRED', category: 'OTHER', label: '', minMatches: 1, minMonths: null, skills: [] },
            groups.children.length,
          ),
        ),
    },
    'Add a group',
  );

  async function save(e: Event): Promise<void> {
    e.preventDefault();
    showAlert(null);
    for (const el of f.querySelectorAll('[aria-invalid]')) el.removeAttribute('aria-invalid');
    if (!apiKey.get()) {
      status.textContent = 'Saving needs a RECRUITER or ADMIN key: enter one above.';
      return;
    }
    const input = {
      title: title.input.value.trim(),
      company: company.input.value.trim() || null,
      employmentType: employment.select.value,
      locations: locations.input.value
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean),
      datePosted: p.datePosted,
      description: p.description,
      education: education.select.value ? { level: education.select.value, required: educationRequired.checked } : null,
      requirements: [...groups.querySelectorAll<HTMLElement>('li.group-row')].map((row) => ({
        importance: row.querySelector<HTMLSelectElement>('[name=importance]')!.value,
        category: row.querySelector<HTMLSelectElement>('[name=category]')!.value,
        label: row.querySelector<HTMLInputElement>('[name=label]')!.value.trim(),
        skills: row
          .querySelector<HTMLInputElement>('[name=skills]')!
          .value.split(',')
          .map((s) => s.trim())
          .filter(Boolean),
        minMatches: Number(row.querySelector<HTMLInputElement>('[name=minMatches]')!.value) || 1,
        minMonths: row.querySelector<HTMLInputElement>('[name=minMonths]')!.value
          ? Number(row.querySelector<HTMLInputElement>('[name=minMonths]')!.value)
          : null,
        assessable: row.querySelector<HTMLInputElement>('[name=assessable]')!.checked,
      })),
    };
    status.textContent = 'Saving…';
    try {
      const { createPosting } = await gql<{ createPosting: { id: string; title: string } }>(CREATE_POSTING, { input });
      status.replaceChildren(
        'Saved. ',
        h('a', { href: `#/posting/${encodeURIComponent(createPosting.id)}` }, `Open “${createPosting.title}”`),
      );
    } catch (err) {
      status.textContent = explain(err);
      // The API names the offending field (input.requirements[2].skills[0]): point at it.
      if (err instanceof ApiError && err.field) {
        const target =
          f.querySelector<HTMLElement>(
            `[data-field="${CSS.escape(err.field.replace(/^input\./, '').replace(/\[\d+\]$/, ''))}"]`,
          ) ?? f.querySelector<HTMLElement>(`[data-field="${CSS.escape(err.field.replace(/^input\./, ''))}"]`);
        target?.setAttribute('aria-invalid', 'true');
        target?.focus();
      }
    }
  }

  const f = h(
    'form',
    { class: 'posting-form', onsubmit: (e: Event) => void save(e) },
    warnings,
    title.el,
    company.el,
    employment.el,
    locations.el,
    h(
      'div',
      { class: 'field inline' },
      education.el,
      educationRequired,
      h('label', { for: educationRequired.id }, 'required'),
    ),
    h('h3', {}, 'Requirement groups'),
    groups,
    unknown,
    h('p', {}, add, ' ', h('button', { type: 'submit', class: 'primary' }, 'Save posting')),
    status,
  );
  return f;
}

function groupRow(g: Group, i: number): HTMLElement {
  const field = (name: string) => `requirements[${i}].${name}`;
  const imp = select('Importance', ['REQUIRED', 'PREFERRED'], g.importance, field('importance'), 'importance');
  const cat = select('Category', [...CATEGORIES], g.category, field('category'), 'category');
  const label = input('Label', g.label, field('label'), 'label');
  const skills = input('Skills (comma-separated)', g.skills.map((s) => s.name).join(', '), field('skills'), 'skills');
  const minMatches = input('At least', String(g.minMatches), field('minMatches'), 'minMatches', 'number');
  const minMonths = input(
    'Months of experience',
    g.minMonths === null ? '' : String(g.minMonths),
    field('minMonths'),
    'minMonths',
    'number',
  );
  // Unchecked for what no profile can show (communication, work authorization): shown, never scored.
  const assessable = h('input', {
    type: 'checkbox',
    id: nextId('assessable'),
    name: 'assessable',
    checked: g.assessable !== false,
    'data-field': field('assessable'),
  });
  const remove = h(
    'button',
    { type: 'button', class: 'link', onclick: (e: Event) => (e.target as HTMLElement).closest('li')?.remove() },
    'Remove group',
  );
  return h(
    'li',
    { class: 'group-row' },
    h('div', { class: 'row-fields' }, imp.el, cat.el, minMatches.el, minMonths.el),
    label.el,
    skills.el,
    h(
      'div',
      { class: 'field inline' },
      assessable,
      h('label', { for: assessable.id }, 'a profile can show it (counts in the score)'),
    ),
    remove,
  );
}

function input(
  text: string,
  value: string,
  field: string,
  name = field,
  type = 'text',
): { el: HTMLElement; input: HTMLInputElement } {
  const id = nextId('f');
  const el = h('input', { id, name, type, value, 'data-field': field, ...(type === 'number' ? { min: 0 } : {}) });
  return { el: h('div', { class: 'field' }, h('label', { for: id }, text), el), input: el };
}

function select(
  text: string,
  options: readonly string[],
  value: string,
  field: string,
  name = field,
): { el: HTMLElement; select: HTMLSelectElement } {
  const id = nextId('s');
  const el = h(
    'select',
    { id, name, 'data-field': field },
    ...options.map((o) =>
      h('option', { value: o, selected: o === value }, o ? o.replace(/_/g, ' ').toLowerCase() : 'none asked'),
    ),
  );
  return { el: h('div', { class: 'field' }, h('label', { for: id }, text), el), select: el };
}
