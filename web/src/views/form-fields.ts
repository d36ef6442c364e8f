import { h, nextId } from '../dom';

/** A labelled checkbox calling `onChange` with its new state. */
export function checkbox(text: string, value: boolean, onChange: (v: boolean) => void): HTMLElement {
  const id = nextId('check');
  const input = h('input', {
    id,
    type: 'checkbox',
    checked: value,
    onchange: (e: Event) => onChange((e.target as HTMLInputElement).checked),
  });
  return h('div', { class: 'field inline' }, input, h('label', { for: id }, text));
}

/** A labelled whole-number field calling `onChange` only with values within min..max. */
export function numberField(
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

/** A labelled range slider showing its value beside it, calling `onChange` as it moves. */
export function slider(
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
