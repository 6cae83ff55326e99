import { describe, expect, it } from 'vitest';
import { hashToken } from '../auth/tokens.ts';
import type { ApiTokenRecord, WorkspaceStore } from '../storage/workspaceStore.ts';
import { API_TOKEN_PREFIX, apiTokens, checkApiToken } from './apiTokens.ts';

/** The token part of WorkspaceStore, in memory. */
function memoryStore(): WorkspaceStore & { rows: ApiTokenRecord[] } {
  const rows: ApiTokenRecord[] = [];
  const update = (id: string, patch: Partial<ApiTokenRecord>) => {
    const i = rows.findIndex((r) => r.id === id);
    if (i >= 0) rows[i] = { ...rows[i]!, ...patch };
  };
  return {
    rows,
    createApiToken: async (r) => void rows.push(r),
    findApiToken: async (hash) => rows.find((r) => r.hash === hash) ?? null,
    listApiTokens: async () => [...rows].reverse(),
    async revokeApiToken(id, at) {
      const row = rows.find((r) => r.id === id && r.revokedAt === null);
      if (row) update(id, { revokedAt: at });
      return Boolean(row);
    },
    touchApiToken: async (id, at) => update(id, { lastUsedAt: at }),
    close: async () => undefined,
  } as WorkspaceStore & { rows: ApiTokenRecord[] };
}

describe('API tokens', () => {
  it('are shown once, prefixed, 256-bit, and stored as a hash only', async () => {
    const store = memoryStore();
    const { token, info } = await apiTokens(store).create({ name: 'ci', scope: 'admin' });
    expect(token).toMatch(new RegExp(`^${API_TOKEN_PREFIX}[A-Za-z0-9_-]{43}$`));
    expect(JSON.stringify(store.rows)).not.toContain(token.slice(API_TOKEN_PREFIX.length));
    expect(store.rows[0]!.hash).toBe(hashToken(token));
    expect(info).not.toHaveProperty('hash');
  });

  it('stop working when revoked or once expired', async () => {
    let now = 1_000_000;
    const tokens = apiTokens(memoryStore(), () => now);
    const lasting = await tokens.create({ name: 'a', scope: 'read', expiresInDays: 1 });
    expect((await tokens.authenticate(lasting.token)).ok).toBe(true);
    now += 24 * 60 * 60 * 1000;
    expect(await tokens.authenticate(lasting.token)).toEqual({ ok: false, reason: 'expired' });

    const revoked = await tokens.create({ name: 'b', scope: 'write' });
    expect(await tokens.revoke(revoked.info.id)).toBe(true);
    expect(await tokens.revoke(revoked.info.id)).toBe(false);
    expect(await tokens.authenticate(revoked.token)).toEqual({ ok: false, reason: 'revoked' });
    expect(await tokens.authenticate('hst_unknown')).toEqual({ ok: false, reason: 'unknown' });
  });

  it('record when they were last used, at most once a minute', async () => {
    let now = 5_000_000;
    const tokens = apiTokens(memoryStore(), () => now);
    const { token } = await tokens.create({ name: 'a', scope: 'read' });
    expect((await tokens.list())[0]!.lastUsedAt).toBeNull();
    await tokens.authenticate(token);
    expect((await tokens.list())[0]!.lastUsedAt).toBe(now);
    now += 30_000;
    await tokens.authenticate(token);
    expect((await tokens.list())[0]!.lastUsedAt).toBe(now - 30_000);
    now += 30_000;
    await tokens.authenticate(token);
    expect((await tokens.list())[0]!.lastUsedAt).toBe(now);
  });

  it('checkApiToken refuses a missing record', () => {
    expect(checkApiToken(null, 0)).toEqual({ ok: false, reason: 'unknown' });
  });
});
