/**
 * The People page's API: everyone with role, status and last sign-in; roles changed with
 * the last admin kept; deactivation that ends a person's sessions at once.
 */
import { describe, expect, it } from 'vitest';
import type { PeopleList, PeopleNames } from '@hindsight/shared';
import { STORE_KINDS, testContext, type TestServer } from './helpers.ts';
import { TEST_PASSWORD, signedIn, type SignedIn } from './people.ts';

const t = testContext();
const json = { 'content-type': 'application/json' };

const patch = (server: TestServer, by: SignedIn, id: string, body: object) =>
  server.app.inject({
    method: 'PATCH',
    url: `/api/people/${id}`,
    headers: { ...by.headers, ...json },
    payload: JSON.stringify(body),
  });

const me = (server: TestServer, who: SignedIn) =>
  server.app.inject({ url: '/api/me', headers: { cookie: who.cookie } });

describe('people', () => {
  it('lists everyone with their role, status and last sign-in', async () => {
    const server = await t.server();
    const admin = await signedIn(server.app, 'admin', 'Ada');
    const viewer = await signedIn(server.app, 'viewer', 'Vic');
    await server.app.workspace.people.create({
      email: 'new@example.com',
      name: 'Neo',
      role: 'member',
    });
    const signIn = await server.app.inject({
      method: 'POST',
      url: '/api/session',
      headers: json,
      payload: JSON.stringify({ email: viewer.person.email, password: TEST_PASSWORD }),
    });
    expect(signIn.statusCode).toBe(200);
    const res = await server.app.inject({ url: '/api/people', headers: admin.headers });
    const { people } = res.json() as PeopleList;
    // Oldest first; people made in the same millisecond come in id order.
    const created = people.map((p) => p.createdAt);
    expect(created).toEqual([...created].sort((a, b) => a - b));
    expect(people.map((p) => [p.name, p.role, p.deactivatedAt])).toEqual(
      expect.arrayContaining([
        ['Ada', 'admin', null],
        ['Vic', 'viewer', null],
        ['Neo', 'member', null],
      ]),
    );
    expect(people).toHaveLength(3);
    const byName = (name: string) => people.find((p) => p.name === name)!;
    expect(byName('Ada').createdAt).toBeLessThanOrEqual(byName('Vic').createdAt);
    expect(byName('Vic').lastSignInAt).toBeGreaterThanOrEqual(byName('Vic').createdAt);
    expect(byName('Neo').lastSignInAt).toBeNull();
    expect(JSON.stringify(people)).not.toContain('argon2');
  });

  it('changes a role, but never that of the last admin (409 with a clear message)', async () => {
    const server = await t.server();
    const admin = await signedIn(server.app, 'admin');
    const member = await signedIn(server.app, 'member');
    const promoted = await patch(server, admin, member.person.id, { role: 'admin' });
    expect(promoted.json().person).toMatchObject({ role: 'admin' });
    expect(
      (await patch(server, admin, member.person.id, { role: 'viewer' })).json().person.role,
    ).toBe('viewer');

    const last = await patch(server, admin, admin.person.id, { role: 'member' });
    expect(last.statusCode).toBe(409);
    expect(last.json()).toMatchObject({
      error: 'last_admin',
      message: expect.stringContaining('needs an active admin'),
    });
    expect((await patch(server, admin, 'nobody', { role: 'member' })).statusCode).toBe(404);
  });

  it.each(STORE_KINDS)(
    'keeps an admin when two admins demote each other at once (%s)',
    async (kind) => {
      const server = await t.server({ storage: await t.storage(kind) });
      const a = await signedIn(server.app, 'admin');
      const b = await signedIn(server.app, 'admin');
      const [ab, ba] = await Promise.all([
        patch(server, a, b.person.id, { role: 'member' }),
        patch(server, b, a.person.id, { role: 'member' }),
      ]);
      // The second is refused: by the guard (409), or as no admin any more (403).
      expect([ab.statusCode, ba.statusCode].filter((s) => s === 200)).toHaveLength(1);
      expect([ab.statusCode, ba.statusCode].filter((s) => s === 409 || s === 403)).toHaveLength(1);
      expect(await server.app.workspace.store.countActiveAdmins()).toBe(1);

      // The store's guard itself, two changes at once: one demotion and one refusal.
      const { store } = server.app.workspace;
      const c = await signedIn(server.app, 'admin');
      const survivor = ab.statusCode === 200 ? a : b;
      const outcomes = await Promise.all([
        store.setRoleKeepingAnAdmin(c.person.id, 'viewer'),
        store.deactivateKeepingAnAdmin(survivor.person.id, Date.now()),
      ]);
      expect([...outcomes].sort()).toEqual(['changed', 'last-admin']);
      expect(await store.countActiveAdmins()).toBe(1);
    },
  );

  it('deactivation ends the person’s sessions at once; reactivation lets them sign in again', async () => {
    const server = await t.server();
    const admin = await signedIn(server.app, 'admin');
    const member = await signedIn(server.app, 'member');
    expect((await me(server, member)).statusCode).toBe(200);

    const off = await patch(server, admin, member.person.id, { active: false });
    expect(off.json().person.deactivatedAt).toEqual(expect.any(Number));
    expect((await me(server, member)).statusCode).toBe(401);
    const board = await server.app.inject({
      method: 'POST',
      url: '/api/boards',
      headers: { ...member.headers, ...json },
      payload: JSON.stringify({ title: 'x' }),
    });
    expect(board.statusCode).toBe(401);
    const signIn = () =>
      server.app.inject({
        method: 'POST',
        url: '/api/session',
        headers: json,
        payload: JSON.stringify({ email: member.person.email, password: TEST_PASSWORD }),
      });
    expect((await signIn()).statusCode).toBe(401);

    expect(
      (await patch(server, admin, member.person.id, { active: true })).json().person.deactivatedAt,
    ).toBeNull();
    expect((await signIn()).statusCode).toBe(200);
  });

  it('keeps the last admin active, and an admin does not deactivate themselves', async () => {
    const server = await t.server();
    const admin = await signedIn(server.app, 'admin');
    const self = await patch(server, admin, admin.person.id, { active: false });
    expect(self.statusCode).toBe(409);
    expect(self.json()).toMatchObject({ error: 'self_deactivation' });
    // Through the store, as a second admin would, the rule holds too.
    expect(
      await server.app.workspace.store.deactivateKeepingAnAdmin(admin.person.id, Date.now()),
    ).toBe('last-admin');
    expect((await me(server, admin)).statusCode).toBe(200);
  });

  it('names the active people to anyone signed in, without emails; a guest gets nothing', async () => {
    const server = await t.server();
    const admin = await signedIn(server.app, 'admin', 'Ada');
    const viewer = await signedIn(server.app, 'viewer', 'Vic');
    const gone = await server.app.workspace.people.create({
      email: 'gone@example.com',
      name: 'Gus',
      role: 'member',
    });
    expect((await patch(server, admin, gone.id, { active: false })).statusCode).toBe(200);
    const res = await server.app.inject({
      url: '/api/people/names',
      headers: { cookie: viewer.cookie },
    });
    expect(res.statusCode).toBe(200);
    const { people } = res.json() as PeopleNames;
    expect(people).toEqual([
      { id: admin.person.id, name: 'Ada' },
      { id: viewer.person.id, name: 'Vic' },
    ]);
    expect(res.body).not.toContain('@example.com');
    const board = await server.app.boards.create({ title: 'Guests' });
    const guest = await server.app.inject({
      url: '/api/people/names',
      headers: { authorization: `Bearer ${board.tokens.participant}` },
    });
    expect(guest.statusCode).toBe(401);
  });
});
