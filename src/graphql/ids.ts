import { UserInputError } from '../services/errors';

/** Every type with an id the API hands out: each implements `Node` and can be fetched with `node(id:)`. */
export const NODE_TYPES = ['Posting', 'RequirementGroup', 'Candidate', 'Skill', 'ApiKey', 'AuditRecord'] as const;
export type NodeType = (typeof NODE_TYPES)[number];

const RAW_ID = /^\d{1,15}$/;
const BASE64URL = /^[A-Za-z0-9_-]{4,200}$/;

/**
 * The opaque, stable id a client sees: base64url of `Type:id` (Relay Global Object Identification).
 * Opaque so clients do not build ids or guess neighbours; typed so an id of one kind cannot be used
 * as another; stable because it depends only on the row.
 */
export function toGlobalId(type: NodeType, id: number | string): string {
  return Buffer.from(`${type}:${id}`, 'utf8').toString('base64url');
}

/** The type and local id inside a global id, or null when the value is not one of ours. */
export function decodeGlobalId(value: string): { type: NodeType; id: string } | null {
  if (!BASE64URL.test(value)) return null;
  const text = Buffer.from(value, 'base64url').toString('utf8');
  // Round-trip check: reject strings that decode only by base64 leniency (padding, stray bits).
  if (Buffer.from(text, 'utf8').toString('base64url') !== value) return null;
  const colon = text.indexOf(':');
  if (colon < 1) return null;
  const type = text.slice(0, colon);
  const id = text.slice(colon + 1);
  return (NODE_TYPES as readonly string[]).includes(type) && id.length > 0 ? { type: type as NodeType, id } : null;
}

/** The row id in a stored global id of any type (`Type:123`), or null. */
export function storedIdOf(value: string): { type: NodeType; id: number } | null {
  const g = decodeGlobalId(value);
  return g && RAW_ID.test(g.id) && Number(g.id) >= 1 ? { type: g.type, id: Number(g.id) } : null;
}

/**
 * An id argument of `type`: its global id, or (for clients written before global ids) the raw
 * positive integer. Anything else, or an id of another type, is a BAD_USER_INPUT naming `field`.
 */
export function parseId(value: string | number, field: string, type: NodeType): number {
  if (typeof value === 'number' || RAW_ID.test(value)) {
    const n = Number(value);
    if (Number.isSafeInteger(n) && n >= 1) return n;
  } else {
    const stored = storedIdOf(value);
    if (stored && stored.type === type) return stored.id;
    if (stored)
      throw new UserInputError(`${field} must be the id of ${a(type)}, got the id of ${a(stored.type)}`, field, {
        expectedType: type,
        actualType: stored.type,
      });
  }
  throw new UserInputError(
    `${field} must be a positive integer id or the global id of ${a(type)}, got "${value}"`,
    field,
    { expectedType: type },
  );
}

function a(type: NodeType): string {
  return `${/^[AEIOU]/.test(type) ? 'an' : 'a'} ${type}`;
}
