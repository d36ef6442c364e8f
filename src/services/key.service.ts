import { LRUCache } from 'lru-cache';
import { IsNull, type DataSource } from 'typeorm';
import { generateApiKey, hashApiKey, keyHint, parseAuthorization, sameHash } from '../auth/api-key';
import { Role } from '../auth/roles';
import { textProblem } from '../domain/field-rules';
import { ApiKeyEntity } from '../entities/api-key.entity';
import { NotFoundError, UserInputError } from './errors';
import type { WriteLock } from './write-lock';

/** Who is asking, as far as the API is concerned. */
export type Principal =
  | { readonly kind: 'anonymous' }
  | { readonly kind: 'key'; readonly keyId: number; readonly role: Role }
  /** A credential was sent but is malformed, unknown or revoked: never treated as anonymous. */
  | { readonly kind: 'invalid' };

export const ANONYMOUS_PRINCIPAL: Principal = { kind: 'anonymous' };

/** A key as listings show it: never the key, never its hash. */
export interface ApiKeyInfo {
  readonly id: number;
  readonly name: string | null;
  readonly role: Role;
  readonly hint: string;
  readonly createdAt: Date;
  readonly revokedAt: Date | null;
}

export interface CreatedKey {
  /** The key in clear: shown to the caller once, stored nowhere. */
  readonly key: string;
  readonly info: ApiKeyInfo;
}

const NAME_MAX = 100;

/** API keys: created with a role, stored hashed, checked on each request, revoked, never deleted. */
/** How long an authentication answer is reused; also how late another process's revocation may bite. */
export const AUTH_CACHE_MS = 1000;
const AUTH_CACHE_ENTRIES = 10_000;

export class KeyService {
  /**
   * Recent answers by key hash: without it every request pays a database round trip before its
   * first resolver. A revocation through this process clears it at once; one made by another
   * process takes effect here within AUTH_CACHE_MS.
   */
  private readonly recent: LRUCache<string, Principal>;
  private readonly createdListeners: (() => void)[] = [];

  constructor(
    private readonly dataSource: DataSource,
    private readonly writes: WriteLock,
    now: () => number = Date.now,
  ) {
    // Bounded: a flood of made-up keys must not grow it without end (the least recent go first).
    this.recent = new LRUCache({ max: AUTH_CACHE_ENTRIES, ttl: AUTH_CACHE_MS, ttlResolution: 0, perf: { now } });
  }

  /** Told of every key created by this process (the list maxima count keys). */
  onCreated(listener: () => void): void {
    this.createdListeners.push(listener);
  }

  /** Creates a key; the returned `key` is the only time it exists in clear. */
  async create(role: Role, name: string | null = null, key = generateApiKey()): Promise<CreatedKey> {
    if (name !== null && (name.trim() === '' || name.length > NAME_MAX)) {
      throw new UserInputError(`name must be 1 to ${NAME_MAX} characters`, 'name');
    }
    const problem = name === null ? null : textProblem(name);
    if (problem) throw new UserInputError(`name ${problem}`, 'name');
    const row = await this.writes.transaction((m) =>
      m.save(
        m.create(ApiKeyEntity, {
          keyHash: hashApiKey(key),
          hint: keyHint(key),
          role,
          name: name?.trim() ?? null,
          revokedAt: null,
        }),
      ),
    );
    this.createdListeners.forEach((l) => l());
    return { key, info: toInfo(row) };
  }

  /** Revokes a key; it stops working on the next request. Revoking twice is harmless. */
  async revoke(id: number): Promise<ApiKeyInfo> {
    const row = await this.writes.transaction(async (m) => {
      const found = await m.findOneBy(ApiKeyEntity, { id });
      if (!found) throw new NotFoundError('ApiKey', String(id));
      if (!found.revokedAt) {
        found.revokedAt = new Date();
        await m.update(ApiKeyEntity, { id }, { revokedAt: found.revokedAt });
      }
      return found;
    });
    // After the commit: an authentication racing the revocation must not re-cache the old answer.
    this.recent.clear();
    return toInfo(row);
  }

  /** One key as listings show it, or null. */
  async get(id: number): Promise<ApiKeyInfo | null> {
    const row = await this.dataSource.manager.findOne(ApiKeyEntity, { where: { id } });
    return row ? toInfo(row) : null;
  }

  /** Every key, oldest first, revoked ones included. */
  async list(): Promise<ApiKeyInfo[]> {
    return (await this.dataSource.manager.find(ApiKeyEntity, { order: { id: 'ASC' } })).map(toInfo);
  }

  /**
   * Who sent this Authorization header. One indexed lookup by hash (its answer reused for
   * AUTH_CACHE_MS); a malformed header, an
   * unknown key and a revoked key all come back `invalid` (the caller cannot tell which).
   */
  async authenticate(authorization: string | undefined | null): Promise<Principal> {
    const credential = parseAuthorization(authorization);
    if (credential.kind === 'none') return ANONYMOUS_PRINCIPAL;
    if (credential.kind === 'malformed') return { kind: 'invalid' };
    const hash = hashApiKey(credential.key);
    const hit = this.recent.get(hash);
    if (hit) return hit;
    const row = await this.dataSource.manager.findOneBy(ApiKeyEntity, { keyHash: hash });
    const principal: Principal =
      !row || row.revokedAt || !sameHash(row.keyHash, hash)
        ? { kind: 'invalid' }
        : { kind: 'key', keyId: row.id, role: row.role };
    this.recent.set(hash, principal);
    return principal;
  }

  /**
   * Makes sure an administrator can get in. A key from SKILLMATCH_ADMIN_KEY is registered as ADMIN
   * unless it is already known (a revoked one stays revoked). Without it, and when `issue` is set
   * (the service start, not the CLI) and no ADMIN key is active, a new ADMIN key is created and
   * returned for the caller to show once.
   */
  async bootstrap(configuredKey: string | null, issue: boolean): Promise<string | null> {
    if (configuredKey) {
      const known = await this.dataSource.manager.existsBy(ApiKeyEntity, { keyHash: hashApiKey(configuredKey) });
      if (!known) await this.create(Role.ADMIN, 'SKILLMATCH_ADMIN_KEY', configuredKey);
      return null;
    }
    if (!issue) return null;
    const active = await this.dataSource.manager.existsBy(ApiKeyEntity, { role: Role.ADMIN, revokedAt: IsNull() });
    if (active) return null;
    return (await this.create(Role.ADMIN, 'first admin key')).key;
  }
}

// Alike in shape only to audit.service.ts's toView: each maps its own entity's columns to its view.
function toInfo(row: ApiKeyEntity): ApiKeyInfo {
  return {
    id: row.id,
    name: row.name,
    role: row.role,
    hint: row.hint,
    createdAt: row.createdAt,
    revokedAt: row.revokedAt ?? null,
  };
}
