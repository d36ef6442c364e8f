import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/** Every generated key starts with this, so a leaked key is recognisable in logs and scanners. */
export const KEY_PREFIX = 'sm_';
/** Characters of a key kept in clear (prefix included) so a listing can tell keys apart. */
const HINT_LENGTH = 10;

/** A new key: 32 random bytes (256 bits), base64url. Shown once, stored only as its hash. */
export function generateApiKey(): string {
  return KEY_PREFIX + randomBytes(32).toString('base64url');
}

/** sha256 of the key, hex. A fast hash is right here: the key is random, not a password. */
export function hashApiKey(key: string): string {
  return createHash('sha256').update(key, 'utf8').digest('hex');
}

/**
 * The first few characters of a generated key, for listings (`sm_Ab3dE9f…`): 7 random characters
 * of 43 give nothing away. A key an operator chose (SKILLMATCH_ADMIN_KEY) shows none of itself.
 */
export function keyHint(key: string): string {
  return key.startsWith(KEY_PREFIX) && key.length >= 40 ? `${key.slice(0, HINT_LENGTH)}…` : '…';
}

/** Compares two hex hashes in constant time (the lookup found the row; this is belt and braces). */
export function sameHash(a: string, b: string): boolean {
  const x = Buffer.from(a, 'hex');
  const y = Buffer.from(b, 'hex');
  return x.length === y.length && x.length > 0 && timingSafeEqual(x, y);
}

export type Credential =
  { readonly kind: 'none' } | { readonly kind: 'bearer'; readonly key: string } | { readonly kind: 'malformed' };

/** Reads `Authorization: Bearer KEY`. Any other value is malformed, never silently anonymous. */
export function parseAuthorization(header: string | undefined | null): Credential {
  if (header === undefined || header === null || header.trim() === '') return { kind: 'none' };
  const match = /^Bearer[ ]+([\x21-\x7e]{1,512})\s*$/i.exec(header.trim());
  return match ? { kind: 'bearer', key: match[1] } : { kind: 'malformed' };
}
