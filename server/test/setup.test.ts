/**
 * The first start: the setup link on the console only, used once to create the owner,
 * and set-password links from the command line.
 */
import { describe, expect, it } from 'vitest';
import { MeResponseSchema } from '@hindsight/shared';
import { tempDataDir, testContext } from './helpers.ts';
import { sessionCookieOf, signedIn } from './people.ts';
import { spawnServer, type ServerProcess } from './process.ts';

const t = testContext();
const json = { 'content-type': 'application/json' };
const OWNER = { email: 'Owner@Example.com', name: 'Olu', password: 'a long owner passphrase' };

/** Resolves once the server's output matches `pattern`. */
function outputMatching(server: ServerProcess, pattern: RegExp): Promise<RegExpExecArray> {
  return new Promise((resolve) => {
    const check = () => {
      const match = pattern.exec(server.output());
      if (match) {
        server.child.stdout?.off('data', check);
        resolve(match);
      }
    };
    server.child.stdout?.on('data', check);
    check();
  });
}

const SETUP_LINK = /(http:\/\/\S+)\/setup#([A-Za-z0-9_-]{43})/;

describe('setup link', () => {
  it('creates the owner once, signs them in, and then the workspace is set up', async () => {
    const { app } = await t.server();
    expect((await app.inject({ url: '/api/setup' })).json()).toEqual({ needed: true });
    const token = await app.workspace.setup.prepare();
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const setUp = (body: object) =>
      app.inject({
        method: 'POST',
        url: '/api/setup',
        headers: json,
        payload: JSON.stringify(body),
      });

    expect((await setUp({ ...OWNER, token: `${token}x` })).statusCode).toBe(403);
    const res = await setUp({ ...OWNER, token });
    expect(res.statusCode).toBe(201);
    const me = MeResponseSchema.parse(res.json());
    expect(me.person).toMatchObject({ email: 'owner@example.com', role: 'admin', name: 'Olu' });
    const cookie = sessionCookieOf(res.headers['set-cookie']) ?? '';
    expect((await app.inject({ url: '/api/me', headers: { cookie } })).statusCode).toBe(200);

    expect((await setUp({ ...OWNER, email: 'other@example.com', token })).statusCode).toBe(409);
    expect((await app.inject({ url: '/api/setup' })).json()).toEqual({ needed: false });
    expect(await app.workspace.setup.prepare()).toBeNull();
  });

  it('is refused once used, even while the workspace has no owner', async () => {
    const { app } = await t.server();
    const token = await app.workspace.setup.prepare();
    const setUp = (body: object) =>
      app.inject({
        method: 'POST',
        url: '/api/setup',
        headers: json,
        payload: JSON.stringify(body),
      });
    expect((await setUp({ ...OWNER, token })).statusCode).toBe(201);
    // The owner is deactivated: the workspace needs an owner again, but the used link is spent.
    const owner = await app.workspace.people.findByEmail('owner@example.com');
    await app.workspace.people.deactivate(owner?.id ?? '');
    expect((await setUp({ ...OWNER, email: 'second@example.com', token })).statusCode).toBe(403);
  });

  it('is printed on the console of a server without an owner, and never logged', async () => {
    const dir = tempDataDir();
    t.defer(dir.remove);
    const server = await spawnServer({ DATA_DIR: dir.path, LOG_LEVEL: 'trace' });
    t.defer(() => server.child.kill('SIGTERM'));
    const [, origin, token] = await outputMatching(server, SETUP_LINK);
    expect(origin).toBe(server.url);
    const res = await fetch(`${server.url}/api/setup`, {
      method: 'POST',
      headers: json,
      body: JSON.stringify({ ...OWNER, token }),
    });
    expect(res.status).toBe(201);
    await outputMatching(server, /workspace set up: owner created/);
    // Every log line is JSON; the token is in none of them.
    const logLines = server
      .output()
      .split('\n')
      .filter((line) => line.startsWith('{'));
    expect(logLines.length).toBeGreaterThan(0);
    expect(logLines.filter((line) => line.includes(token ?? ''))).toEqual([]);
    server.child.kill('SIGTERM');
    await server.exited;

    const again = await spawnServer({ DATA_DIR: dir.path });
    t.defer(() => again.child.kill('SIGTERM'));
    const status = await fetch(`${again.url}/api/setup`);
    expect(await status.json()).toEqual({ needed: false });
  });
});

describe('set-password links', () => {
  it('set the password once, sign the person in, and end their other sessions', async () => {
    const { app } = await t.server();
    const ana = await signedIn(app, 'member');
    const token = await app.workspace.passwordLinks.create(ana.person.id);
    const use = (password: string) =>
      app.inject({
        method: 'POST',
        url: '/api/account/password',
        headers: json,
        payload: JSON.stringify({ token, password }),
      });
    expect((await use('short')).statusCode).toBe(400);
    const res = await use('a password from the link');
    expect(res.statusCode).toBe(200);
    expect(sessionCookieOf(res.headers['set-cookie'])).toBeDefined();
    expect((await app.inject({ url: '/api/me', headers: { cookie: ana.cookie } })).statusCode).toBe(
      401,
    );
    expect((await use('a second password')).statusCode).toBe(403);
    const signIn = await app.inject({
      method: 'POST',
      url: '/api/session',
      headers: json,
      payload: JSON.stringify({ email: ana.person.email, password: 'a password from the link' }),
    });
    expect(signIn.statusCode).toBe(200);
  });

  it('are refused for a deactivated person', async () => {
    const { app } = await t.server();
    const ana = await signedIn(app, 'viewer');
    const token = await app.workspace.passwordLinks.create(ana.person.id);
    await app.workspace.people.deactivate(ana.person.id);
    const res = await app.inject({
      method: 'POST',
      url: '/api/account/password',
      headers: json,
      payload: JSON.stringify({ token, password: 'a password from the link' }),
    });
    expect(res.statusCode).toBe(403);
  });
});
