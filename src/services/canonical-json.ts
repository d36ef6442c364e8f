import { createHash } from 'node:crypto';

/**
 * JSON with object keys sorted at every level and no whitespace, so equal inputs give equal
 * text whatever order their properties were built in. `undefined` properties are left out.
 */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') {
    if (typeof value === 'number' && !Number.isFinite(value)) return 'null';
    return JSON.stringify(value) ?? 'null';
  }
  if (value instanceof Date) return JSON.stringify(value.toISOString());
  if (Array.isArray(value)) return `[${value.map((v) => canonicalJson(v)).join(',')}]`;
  if (value instanceof Set) return canonicalJson([...value]);
  if (value instanceof Map) return canonicalJson(Object.fromEntries(value));
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
}

/** sha256 (hex) of the canonical JSON of a value: the input fingerprint audit records keep. */
export function canonicalHash(value: unknown): string {
  return sha256(canonicalJson(value));
}

/** sha256 (hex) of a text. */
export function sha256(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/** A list's canonical JSON, already rendered, for canonicalFields. */
export class RenderedJson {
  constructor(readonly json: string) {}
}

/**
 * Canonical JSON of posting and candidate specs by object: specs are never changed once built,
 * and the pages people read show the same ones again and again (hashing them was as costly as
 * ranking a kept page).
 */
const specJson = new WeakMap<object, string>();

export function specListJson(specs: readonly object[]): RenderedJson {
  return new RenderedJson(
    `[${specs
      .map((spec) => {
        let json = specJson.get(spec);
        if (json === undefined) {
          json = canonicalJson(spec);
          specJson.set(spec, json);
        }
        return json;
      })
      .join(',')}]`,
  );
}

/** canonicalJson of a flat object whose values may be already rendered: the same text. */
export function canonicalFields(fields: Record<string, unknown>): string {
  const entries = Object.entries(fields)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${v instanceof RenderedJson ? v.json : canonicalJson(v)}`).join(',')}}`;
}
