/** The workspace store contract: one suite, run against SQLite and Postgres alike. */
import { describe, expect, it } from 'vitest';
import type {
  AccountLinkRecord,
  ApiTokenRecord,
  PersonRecord,
  SessionRecord,
  WorkspaceStore,
} from '../src/storage/workspaceStore.ts';
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

const person = (id: string, createdAt: number, extra: Partial<PersonRecord> = {}) =>
  ({
    id,
    email: `${id}@example.com`,
    name: `Person ${id}`,
    role: 'member',
    passwordHash: '$argon2id$v=19$m=19456,t=2,p=1$c2FsdHNhbHQ$aGFzaGhhc2g',
    createdAt,
    deactivatedAt: null,
    ...extra,
  }) satisfies PersonRecord;

const session = (id: string, personId: string, at: number) =>
  ({
    id,
    hash: id.repeat(64).slice(0, 64),
    personId,
    createdAt: at,
    lastSeenAt: at,
  }) satisfies SessionRecord;

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

  it('keeps people as given, one account per email, found by id or email, oldest first', async () => {
    const store = await open();
    const a = person('a', 1_700_000_000_000, { role: 'admin' });
    const b = person('b', 1_700_000_000_500, { passwordHash: null });
    await store.createPerson(b);
    await store.createPerson(a);
    expect(await store.findPerson('a')).toEqual(a);
    expect(await store.findPersonByEmail('b@example.com')).toEqual(b);
    expect(await store.findPersonByEmail('nobody@example.com')).toBeNull();
    expect(await store.listPeople()).toEqual([a, b]);
    await expect(store.createPerson({ ...b, id: 'c' })).rejects.toThrow();
  });

  it('changes a name, role or password hash, and counts the active admins', async () => {
    const store = await open();
    await store.createPerson(person('a', 1_700_000_000_000));
    expect(await store.countActiveAdmins()).toBe(0);
    expect(await store.updatePerson('a', { role: 'admin', name: 'Ana' })).toBe(true);
    expect(await store.updatePerson('a', { passwordHash: 'new-hash' })).toBe(true);
    expect(await store.updatePerson('nope', { role: 'admin' })).toBe(false);
    expect(await store.updatePerson('a', {})).toBe(true);
    expect(await store.findPerson('a')).toEqual({
      ...person('a', 1_700_000_000_000),
      role: 'admin',
      name: 'Ana',
      passwordHash: 'new-hash',
    });
    expect(await store.countActiveAdmins()).toBe(1);
  });

  it('finds, touches and ends sessions; deactivating a person ends theirs in the same step', async () => {
    const store = await open();
    await store.createPerson(person('a', 1_700_000_000_000, { role: 'admin' }));
    await store.createPerson(person('b', 1_700_000_000_000));
    const s1 = session('1', 'a', 1_700_000_001_000);
    await store.createSession(s1);
    await store.createSession(session('2', 'a', 1_700_000_001_000));
    await store.createSession(session('3', 'b', 1_700_000_001_000));
    await store.touchSession('1', 1_700_000_002_000);
    expect(await store.findSession(s1.hash)).toEqual({ ...s1, lastSeenAt: 1_700_000_002_000 });
    await store.deleteSession('1');
    expect(await store.findSession(s1.hash)).toBeNull();
    expect(await store.deactivatePerson('a', 1_700_000_003_000)).toBe(true);
    expect(await store.deactivatePerson('a', 1_700_000_004_000)).toBe(false);
    expect(await store.findSession(session('2', 'a', 0).hash)).toBeNull();
    expect((await store.findPerson('a'))?.deactivatedAt).toBe(1_700_000_003_000);
    expect(await store.countActiveAdmins()).toBe(0);
    expect(await store.deleteSessionsOf('b')).toBe(1);
    expect(await store.deleteSessionsOf('b')).toBe(0);
  });

  it('deletes the sessions idle or started too long ago', async () => {
    const store = await open();
    await store.createPerson(person('a', 0));
    await store.createSession(session('old', 'a', 1_000));
    await store.createSession({ ...session('idle', 'a', 5_000), lastSeenAt: 5_000 });
    await store.createSession({ ...session('live', 'a', 5_000), lastSeenAt: 9_000 });
    expect(await store.deleteExpiredSessions(6_000, 2_000)).toBe(2);
    expect(await store.findSession(session('live', 'a', 0).hash)).not.toBeNull();
  });

  it('lets an account link be used once only', async () => {
    const store = await open();
    const link: AccountLinkRecord = {
      id: 'l1',
      kind: 'setup',
      hash: 'e'.repeat(64),
      personId: null,
      createdAt: 1_700_000_000_000,
      expiresAt: null,
      usedAt: null,
    };
    await store.createAccountLink(link);
    expect(await store.findAccountLink(link.hash)).toEqual(link);
    expect(await store.findAccountLink('0'.repeat(64))).toBeNull();
    const tries = await Promise.all([
      store.useAccountLink('l1', 1_700_000_001_000),
      store.useAccountLink('l1', 1_700_000_001_000),
    ]);
    expect(tries.filter(Boolean)).toHaveLength(1);
    expect((await store.findAccountLink(link.hash))?.usedAt).toBe(1_700_000_001_000);
  });

  it('links an identity once per (issuer, subject) and once per person and issuer', async () => {
    const store = await open();
    const issuer = 'https://login.example.com';
    await store.createPerson(person('p-a', 1));
    await store.createPerson(person('p-b', 1));
    const ana = { issuer, subject: 'sub-a', personId: 'p-a', createdAt: 1, lastSignInAt: 1 };
    expect(await store.createIdentity(ana)).toBe(true);
    expect(await store.createIdentity({ ...ana, personId: 'p-b' })).toBe(false);
    expect(await store.createIdentity({ ...ana, subject: 'sub-b' })).toBe(false);
    expect(await store.createIdentity({ ...ana, issuer: 'https://other.example' })).toBe(true);
    expect(await store.findIdentity(issuer, 'sub-a')).toEqual(ana);
    expect(await store.findIdentity(issuer, 'sub-b')).toBeNull();
    expect(await store.findIdentityOfPerson(issuer, 'p-a')).toEqual(ana);
    expect(await store.findIdentityOfPerson(issuer, 'p-b')).toBeNull();
    await store.touchIdentity(issuer, 'sub-a', 5);
    expect(await store.findIdentity(issuer, 'sub-a')).toMatchObject({ lastSignInAt: 5 });
  });
});
