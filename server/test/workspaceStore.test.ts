/** The workspace store contract: one suite, run against SQLite and Postgres alike. */
import { describe, expect, it } from 'vitest';
import type { ApiTokenRecord, WorkspaceStore } from '../src/storage/workspaceStore.ts';
import { STORE_KINDS, testContext } from './helpers.ts';

const t = testContext();

const token = (id: string, createdAt: number, extra: Partial<ApiTokenRecord> = {}) =>
  ({
    id,
    name: `token ${id}`,
    scope: 'write',
    hash: id.repeat(64).slice(0, 64),
    createdAt,
    expiresAt: null,
    lastUsedAt: null,
    revokedAt: null,
    ...extra,
  }) satisfies ApiTokenRecord;

describe.each(STORE_KINDS)('workspace store contract on %s', (kind) => {
  const open = async (): Promise<WorkspaceStore> => {
    const store = await (await t.storage(kind)).openWorkspace();
    t.defer(() => store.close());
    return store;
  };

  it('keeps API tokens as given, finds them by hash and lists the newest first', async () => {
    const store = await open();
    const a = token('a', 1_700_000_000_000, { scope: 'admin', expiresAt: 1_800_000_000_000 });
    const b = token('b', 1_700_000_000_500);
    await store.createApiToken(a);
    await store.createApiToken(b);
    expect(await store.findApiToken(a.hash)).toEqual(a);
    expect(await store.findApiToken('f'.repeat(64))).toBeNull();
    expect(await store.listApiTokens()).toEqual([b, a]);
    await expect(store.createApiToken({ ...b, id: 'c' })).rejects.toThrow();
  });

  it('revokes a token once and records when one was last used', async () => {
    const store = await open();
    const a = token('a', 1_700_000_000_000);
    await store.createApiToken(a);
    await store.touchApiToken('a', 1_700_000_001_000);
    expect(await store.revokeApiToken('a', 1_700_000_002_000)).toBe(true);
    expect(await store.revokeApiToken('a', 1_700_000_003_000)).toBe(false);
    expect(await store.revokeApiToken('nope', 1_700_000_003_000)).toBe(false);
    expect(await store.findApiToken(a.hash)).toEqual({
      ...a,
      lastUsedAt: 1_700_000_001_000,
      revokedAt: 1_700_000_002_000,
    });
  });
});
