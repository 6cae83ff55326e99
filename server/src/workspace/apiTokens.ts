/**
 * API tokens for scripts and integrations: a scope, an optional expiry, shown once,
 * stored as a SHA-256 hash, revocable, with the time it was last used.
 */
import { randomId, type ApiTokenInfo, type CreateTokenRequest } from '@hindsight/shared';
import { hashToken, newToken } from '../auth/tokens.ts';
import type { ApiTokenRecord, WorkspaceStore } from '../storage/workspaceStore.ts';

/** Marks our tokens so secret scanners and people can tell them from board link tokens. */
export const API_TOKEN_PREFIX = 'hst_';

const DAY_MS = 24 * 60 * 60 * 1000;

/** Last-used times are written at most this often per token, not on every request. */
const TOUCH_EVERY_MS = 60_000;

export type TokenCheck =
  | { readonly ok: true; readonly record: ApiTokenRecord }
  | { readonly ok: false; readonly reason: 'unknown' | 'expired' | 'revoked' };

/** Whether a stored token (or none) lets its holder in at `now`. */
export function checkApiToken(record: ApiTokenRecord | null, now: number): TokenCheck {
  if (!record) return { ok: false, reason: 'unknown' };
  if (record.revokedAt !== null) return { ok: false, reason: 'revoked' };
  if (record.expiresAt !== null && now >= record.expiresAt) return { ok: false, reason: 'expired' };
  return { ok: true, record };
}

/** What the API shows of a token: everything but its hash. */
export function tokenInfo(record: ApiTokenRecord): ApiTokenInfo {
  const { id, name, scope, createdAt, expiresAt, lastUsedAt, revokedAt } = record;
  return { id, name, scope, createdAt, expiresAt, lastUsedAt, revokedAt };
}

export interface ApiTokens {
  /** Makes a token; the returned string is the only copy there will ever be. */
  create(input: CreateTokenRequest): Promise<{ token: string; info: ApiTokenInfo }>;
  list(): Promise<ApiTokenInfo[]>;
  revoke(id: string): Promise<boolean>;
  /** Checks a presented token and records its use. */
  authenticate(token: string): Promise<TokenCheck>;
}

export function apiTokens(store: WorkspaceStore, now: () => number = Date.now): ApiTokens {
  return {
    async create({ name, scope, expiresInDays }) {
      const token = `${API_TOKEN_PREFIX}${newToken()}`;
      const createdAt = now();
      const record: ApiTokenRecord = {
        id: randomId(12),
        name,
        scope,
        hash: hashToken(token),
        createdAt,
        expiresAt: expiresInDays === undefined ? null : createdAt + expiresInDays * DAY_MS,
        lastUsedAt: null,
        revokedAt: null,
      };
      await store.createApiToken(record);
      return { token, info: tokenInfo(record) };
    },
    async list() {
      return (await store.listApiTokens()).map(tokenInfo);
    },
    revoke: (id) => store.revokeApiToken(id, now()),
    async authenticate(token) {
      const at = now();
      const check = checkApiToken(await store.findApiToken(hashToken(token)), at);
      if (check.ok && (check.record.lastUsedAt ?? 0) + TOUCH_EVERY_MS <= at)
        await store.touchApiToken(check.record.id, at);
      return check;
    },
  };
}
