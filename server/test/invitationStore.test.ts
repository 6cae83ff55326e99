/** The invitation and password-reset part of the workspace store: one suite, SQLite and Postgres. */
import { describe, expect, it } from 'vitest';
import type { InvitationRecord, PasswordResetRecord } from '../src/storage/invitationStore.ts';
import type { WorkspaceStore } from '../src/storage/workspaceStore.ts';
import { STORE_KINDS, testContext } from './helpers.ts';

const t = testContext();
const T0 = 1_700_000_000_000;

const invitation = (id: string, extra: Partial<InvitationRecord> = {}): InvitationRecord => ({
  id,
  email: `${id}@example.com`,
  role: 'member',
  hash: id.repeat(64).slice(0, 64),
  invitedBy: null,
  createdAt: T0,
  expiresAt: T0 + 1000,
  acceptedAt: null,
  revokedAt: null,
  ...extra,
});

const reset = (id: string, personId: string, extra: Partial<PasswordResetRecord> = {}) =>
  ({
    id,
    personId,
    hash: id.repeat(64).slice(0, 64),
    createdAt: T0,
    expiresAt: T0 + 1000,
    usedAt: null,
    ...extra,
  }) satisfies PasswordResetRecord;

describe.each(STORE_KINDS)('invitation store contract on %s', (kind) => {
  const open = async (): Promise<WorkspaceStore> => {
    const store = await (await t.storage(kind)).openWorkspace();
    t.defer(() => store.close());
    return store;
  };

  it('keeps invitations, finds them by hash, and lists the open ones newest first', async () => {
    const store = await open();
    const a = invitation('a', { invitedBy: null });
    const b = invitation('b', { createdAt: T0 + 1 });
    const c = invitation('c', { createdAt: T0 + 2 });
    for (const r of [a, b, c]) await store.createInvitation(r);
    expect(await store.findInvitation(a.hash)).toEqual(a);
    expect(await store.getInvitation('b')).toEqual(b);
    expect(await store.findInvitation('f'.repeat(64))).toBeNull();
    expect(await store.revokeInvitation('c', T0 + 5)).toBe(true);
    expect(await store.revokeInvitation('c', T0 + 6)).toBe(false);
    expect(await store.listOpenInvitations()).toEqual([b, a]);
  });

  it('claims an invitation once, only while open and unexpired, and gives a claim back', async () => {
    const store = await open();
    await store.createInvitation(invitation('a'));
    expect(await store.claimInvitation('a', T0 + 1000)).toBe(false); // expired
    expect(await store.claimInvitation('a', T0 + 999)).toBe(true);
    expect(await store.claimInvitation('a', T0 + 999)).toBe(false);
    expect(await store.renewInvitation('a', 'e'.repeat(64), T0 + 5000)).toBe(false);
    await store.releaseInvitation('a');
    expect(await store.renewInvitation('a', 'e'.repeat(64), T0 + 5000)).toBe(true);
    expect(await store.findInvitation('e'.repeat(64))).toMatchObject({
      id: 'a',
      expiresAt: T0 + 5000,
    });
  });

  it('keeps password resets, counts them, uses one once and voids the rest', async () => {
    const store = await open();
    await store.createPerson({
      id: 'p',
      email: 'p@example.com',
      name: 'P',
      role: 'member',
      passwordHash: null,
      createdAt: T0,
      deactivatedAt: null,
    });
    const r1 = reset('r', 'p');
    const r2 = reset('s', 'p', { createdAt: T0 + 10 });
    await store.createPasswordReset(r1);
    await store.createPasswordReset(r2);
    expect(await store.findPasswordReset(r1.hash)).toEqual(r1);
    expect(await store.countPasswordResets('p', T0 + 5)).toBe(1);
    expect(await store.claimPasswordReset('r', T0 + 1000)).toBe(false); // expired
    expect(await store.claimPasswordReset('r', T0 + 1)).toBe(true);
    expect(await store.claimPasswordReset('r', T0 + 2)).toBe(false);
    await store.voidPasswordResets('p', T0 + 3);
    expect(await store.findPasswordReset(r2.hash)).toEqual({ ...r2, usedAt: T0 + 3 });
  });
});
