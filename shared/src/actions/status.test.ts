import { describe, expect, it } from 'vitest';
import {
  decideChange,
  isResolved,
  needsReason,
  type ActionActor,
  type ActionState,
} from './status.ts';

const owner: ActionActor = {
  role: 'member',
  personId: 'p-pat',
  name: 'Pat Lee',
  facilitator: false,
};
const member: ActionActor = {
  role: 'member',
  personId: 'p-sam',
  name: 'Sam Roe',
  facilitator: false,
};
const facilitator: ActionActor = { ...member, facilitator: true };
const admin: ActionActor = { role: 'admin', personId: 'p-ada', name: 'Ada', facilitator: false };
const viewer: ActionActor = { role: 'viewer', personId: 'p-vi', name: 'Vi', facilitator: false };
const owned: ActionState = { status: 'open', owner: 'Pat Lee' };

describe('action statuses', () => {
  it("needs a reason for blocked and won't do only", () => {
    expect(needsReason('blocked')).toBe(true);
    expect(needsReason("won't do")).toBe(true);
    expect(needsReason('done')).toBe(false);
    expect(needsReason('in progress')).toBe(false);
  });

  it("counts done and an accepted won't do as resolved, an unaccepted one not", () => {
    expect(isResolved({ status: 'done' })).toBe(true);
    expect(isResolved({ status: "won't do", accepted: true })).toBe(true);
    expect(isResolved({ status: "won't do" })).toBe(false);
    expect(isResolved({ status: 'blocked' })).toBe(false);
  });
});

describe('decideChange', () => {
  it('lets the owner, the facilitator and an admin set any status', () => {
    for (const actor of [owner, facilitator, admin]) {
      expect(decideChange(actor, owned, { status: 'done' })).toMatchObject({
        ok: true,
        status: 'done',
      });
    }
  });

  it('recognises the owner by the person chosen, and by name in the owner text', () => {
    const byPerson: ActionState = { status: 'open', owner: 'P. Lee', ownerPersonId: 'p-pat' };
    expect(decideChange(owner, byPerson, { status: 'done' }).ok).toBe(true);
    expect(decideChange({ ...owner, personId: 'p-other' }, byPerson, { status: 'done' }).ok).toBe(
      false,
    );
    expect(
      decideChange(owner, { status: 'open', owner: 'pat lee and Sam' }, { status: 'done' }).ok,
    ).toBe(true);
  });

  it('refuses another member, and a viewer anything', () => {
    expect(decideChange(member, owned, { status: 'done' })).toMatchObject({
      ok: false,
      kind: 'forbidden',
    });
    expect(decideChange(viewer, owned, { status: 'done' })).toMatchObject({
      ok: false,
      kind: 'forbidden',
    });
    expect(decideChange({ ...viewer, facilitator: true }, owned, { status: 'done' })).toMatchObject(
      { ok: false },
    );
  });

  it('lets a member take an action nobody owns, for themselves only', () => {
    const free: ActionState = { status: 'open' };
    expect(decideChange(member, free, { owner: 'Sam Roe', ownerPersonId: 'p-sam' }).ok).toBe(true);
    expect(decideChange(member, free, { owner: 'Pat Lee', ownerPersonId: 'p-pat' }).ok).toBe(false);
    expect(decideChange(member, free, { ownerPersonId: 'p-sam', status: 'done' }).ok).toBe(false);
  });

  it("refuses blocked and won't do without a reason, and keeps the reason only with them", () => {
    expect(decideChange(owner, owned, { status: 'blocked' })).toMatchObject({
      ok: false,
      kind: 'invalid',
    });
    expect(decideChange(owner, owned, { status: 'blocked', reason: '   ' })).toMatchObject({
      ok: false,
    });
    expect(decideChange(owner, owned, { status: 'blocked', reason: 'vendor' })).toMatchObject({
      ok: true,
      reason: 'vendor',
    });
    const blocked: ActionState = { ...owned, status: 'blocked', reason: 'vendor' };
    expect(decideChange(owner, blocked, { status: 'in progress' })).toMatchObject({
      ok: true,
      reason: undefined,
    });
    expect(decideChange(owner, blocked, { status: "won't do" })).toMatchObject({ ok: false });
    expect(
      decideChange(owner, owned, { status: 'blocked', reason: 'x'.repeat(501) }),
    ).toMatchObject({ ok: false });
  });

  it("leaves an owner's won't do unaccepted until the facilitator or an admin accepts it", () => {
    const wont = decideChange(owner, owned, { status: "won't do", reason: 'replaced' });
    expect(wont).toMatchObject({ ok: true, accepted: false });
    const state: ActionState = { ...owned, status: "won't do", reason: 'replaced' };
    expect(decideChange(owner, state, { accept: true })).toMatchObject({
      ok: false,
      kind: 'forbidden',
    });
    expect(decideChange(facilitator, state, { accept: true })).toMatchObject({
      ok: true,
      accepted: true,
    });
    expect(decideChange(admin, state, { accept: true })).toMatchObject({
      ok: true,
      accepted: true,
    });
    expect(decideChange(admin, owned, { accept: true })).toMatchObject({
      ok: false,
      kind: 'invalid',
    });
  });

  it("accepts a won't do the facilitator or an admin sets, and withdraws it when the reason changes", () => {
    expect(decideChange(admin, owned, { status: "won't do", reason: 'dup' })).toMatchObject({
      accepted: true,
    });
    const accepted: ActionState = { ...owned, status: "won't do", reason: 'dup', accepted: true };
    expect(decideChange(owner, accepted, { due: '2026-12-01' })).toMatchObject({ accepted: true });
    expect(decideChange(owner, accepted, { reason: 'another' })).toMatchObject({ accepted: false });
  });
});
