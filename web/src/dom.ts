/** A tiny element builder: no framework, no innerHTML with data (text is always text). */
type Child = Node | string | number | null | undefined | false;
type Attrs = Record<string, string | number | boolean | null | undefined | EventListener>;

export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Attrs = {},
  ...children: (Child | Child[])[]
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value === null || value === undefined || value === false) continue;
    if (typeof value === 'function') el.addEventListener(name.replace(/^on/, ''), value);
    else if (value === true) el.setAttribute(name, '');
    else el.setAttribute(name, String(value));
  }
  for (const c of children.flat()) {
    if (c === null || c === undefined || c === false) continue;
    el.append(typeof c === 'object' ? c : String(c));
  }
  return el;
}

/** Replaces an element's content. */
export function mount(parent: Element, ...children: (Child | Child[])[]): void {
  parent.replaceChildren();
  for (const c of children.flat())
    if (c !== null && c !== undefined && c !== false) parent.append(typeof c === 'object' ? c : String(c));
}

let uid = 0;
/** A unique id for label/for pairs. */
export function nextId(prefix: string): string {
  return `${prefix}-${++uid}`;
}

export function showAlert(message: string | null): void {
  const el = document.getElementById('alert')!;
  el.textContent = message ?? '';
  el.hidden = !message;
}

export function months(n: number | null | undefined): string {
  if (n === null || n === undefined) return 'unknown';
  if (n % 12 === 0 && n >= 12) return `${n / 12} year${n === 12 ? '' : 's'}`;
  return `${n} month${n === 1 ? '' : 's'}`;
}

/** The badge text of `qualified`: null when the posting gives nothing to score. */
export function qualifiedLabel(qualified: boolean | null): string {
  return qualified === null ? 'No score' : qualified ? 'Qualified' : 'Not qualified';
}

export function fmt(score: number | null | undefined): string {
  return score === null || score === undefined ? '–' : score.toFixed(1);
}

export const CATEGORIES = [
  'LANGUAGE',
  'FRAMEWORK',
  'API',
  'DATABASE',
  'DATA',
  'CLOUD',
  'CONTAINER',
  'DEVOPS',
  'MESSAGING',
  'OBSERVABILITY',
  'OS',
  'PRACTICE',
  'SECURITY',
  'TESTING',
  'VIRTUALIZATION',
  'OTHER',
] as const;
