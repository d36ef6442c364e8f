import { cleanText, describeJsonType, isBlank, isRecord, type JsonRecord } from '../json-values';
import { warn, type ImportContext } from './import-context';

/** A text read from the document with the JSON path it was read at. */
export interface PathText {
  readonly text: string;
  readonly at: string;
}

/** A text field: null when absent or blank, with a warning when it holds something other than text. */
export function readText(ctx: ImportContext, record: JsonRecord, key: string, path: string): string | null {
  const value = record[key];
  if (value === undefined || value === null) return null;
  if (typeof value !== 'string') {
    warn(ctx, 'INVALID_FIELD', `${path}.${key}`, `Expected text, got ${describeJsonType(value)}; ignored`);
    return null;
  }
  return cleanText(value);
}

/** A list-of-text field; a lone string is read as a one-item list (older resume tools write that). */
export function readTextList(ctx: ImportContext, record: JsonRecord, key: string, path: string): PathText[] {
  const value = record[key];
  const listPath = `${path}.${key}`;
  if (value === undefined || value === null) return [];
  if (typeof value === 'string') {
    const text = cleanText(value);
    return text === null ? [] : [{ text, at: listPath }];
  }
  if (!Array.isArray(value)) {
    warn(ctx, 'INVALID_FIELD', listPath, `Expected a list of text, got ${describeJsonType(value)}; ignored`);
    return [];
  }
  const items: PathText[] = [];
  value.forEach((item: unknown, index) => {
    const at = `${listPath}[${index}]`;
    if (typeof item === 'string') {
      const text = cleanText(item);
      if (text !== null) items.push({ text, at });
    } else if (item !== null) {
      warn(ctx, 'INVALID_FIELD', at, `Expected text, got ${describeJsonType(item)}; ignored`);
    }
  });
  return items;
}

/** A section that should be a list: its items, or none (with a warning) when it is something else. */
export function readSection(ctx: ImportContext, doc: JsonRecord, key: string): readonly unknown[] {
  const value = doc[key];
  if (value === undefined || value === null) return [];
  if (Array.isArray(value)) return value;
  warn(ctx, 'INVALID_FIELD', `$.${key}`, `Expected a list, got ${describeJsonType(value)}; the section is ignored`);
  return [];
}

/** The entry as an object worth reading, or null (with a warning) for non-objects and placeholders. */
export function readEntry(ctx: ImportContext, item: unknown, path: string): JsonRecord | null {
  if (!isRecord(item)) {
    if (item !== null) warn(ctx, 'INVALID_ENTRY', path, `Expected an object, got ${describeJsonType(item)}; ignored`);
    return null;
  }
  if (isBlank(item)) {
    warn(ctx, 'EMPTY_ENTRY', path, 'Every field is blank; the entry is skipped');
    return null;
  }
  return item;
}
