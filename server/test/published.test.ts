/**
 * The published postmortem and its public share link (issue #17): a workspace page any
 * reader of the workspace may load, and a link that shows that one document to someone
 * without an account until it is revoked.
 */
import { describe, expect, it } from 'vitest';
import {
  CloseCode,
  PublicLinkCreatedSchema,
  PublicLinkStatusSchema,
  PublicPostmortemSchema,
  PublishedPostmortemSchema,
  roomName,
  updateIncident,
} from '@hindsight/shared';
import { closeCodeOf, createBoard, testContext, type TestServer } from './helpers.ts';
import { signedIn, type SignedIn } from './people.ts';

const t = testContext();

const tokenOf = (url: string) => url.slice(url.lastIndexOf('/p/') + 3);

async function makeLink(server: TestServer, who: SignedIn, boardId: string) {
  const res = await server.app.inject({
    method: 'POST',
    url: `/api/postmortems/${boardId}/public-link`,
    headers: who.headers,
  });
  expect(res.statusCode).toBe(201);
  return PublicLinkCreatedSchema.parse(res.json());
}

const readPublic = (server: TestServer, token: string) =>
  server.app.inject({ url: `/api/public/${token}` });

/** Writes the incident's summary as the server, so the document holds something to find. */
async function writeSummary(server: TestServer, boardId: string, summary: string) {
  await server.app.rooms.withRooms([roomName(boardId)], ([room]) => {
    updateIncident(room!.doc, { summary });
  });
}

describe('the published postmortem', () => {
  it('lets a viewer read it; anonymous gets 401 and an unknown board 404', async () => {
    const server = await t.server();
    const board = await createBoard(server, 'Checkout 5xx');
    await writeSummary(server, board.id, 'The payment provider timed out.');
    const viewer = await signedIn(server.app, 'viewer');

    const res = await server.app.inject({
      url: `/api/postmortems/${board.id}/published`,
      headers: viewer.headers,
    });
    expect(res.statusCode).toBe(200);
    const body = PublishedPostmortemSchema.parse(res.json());
    expect(body.document.title).toBe('Checkout 5xx');
    expect(body.document.summary.text).toBe('The payment provider timed out.');
    expect(body.publicLink.exists).toBe(false);

    const anonymous = await server.app.inject({ url: `/api/postmortems/${board.id}/published` });
    expect(anonymous.statusCode).toBe(401);
    const unknown = await server.app.inject({
      url: '/api/postmortems/AAAAAAAAAAAAAAAA/published',
      headers: viewer.headers,
    });
    expect(unknown.statusCode).toBe(404);
    const malformed = await server.app.inject({
      url: '/api/postmortems/..%2F/published',
      headers: viewer.headers,
    });
    expect(malformed.statusCode).toBe(404);
  });
});

describe('a public share link', () => {
  it('shows its one document to a reader without an account, marked noindex', async () => {
    const server = await t.server();
    const board = await createBoard(server, 'Checkout 5xx');
    const member = await signedIn(server.app, 'member', 'Mina');
    const made = await makeLink(server, member, board.id);
    expect(made.url).toMatch(/\/p\/[A-Za-z0-9_-]{43}$/);
    expect(made.status).toMatchObject({ exists: true, createdBy: 'Mina' });
    const token = tokenOf(made.url);

    const res = await readPublic(server, token);
    expect(res.statusCode).toBe(200);
    expect(res.headers['x-robots-tag']).toContain('noindex');
    expect(res.headers['cache-control']).toBe('no-store');
    expect(res.headers['referrer-policy']).toBe('no-referrer');
    const { document } = PublicPostmortemSchema.parse(res.json());
    expect(document.board.id).toBe(board.id);
    expect(document.title).toBe('Checkout 5xx');

    // The page that reads it is not indexed either.
    const page = await server.app.inject({ url: `/p/${token}`, headers: { accept: 'text/html' } });
    expect(page.headers['x-robots-tag']).toContain('noindex');

    // Whoever holds the workspace status sees it exists, never the link.
    const viewer = await signedIn(server.app, 'viewer');
    const status = await server.app.inject({
      url: `/api/postmortems/${board.id}/public-link`,
      headers: viewer.headers,
    });
    expect(PublicLinkStatusSchema.parse(status.json())).toMatchObject({ exists: true });
    expect(status.body).not.toContain(token);
  });

  it('opens nothing else: no board route, no other board, no socket', async () => {
    const server = await t.server();
    const board = await createBoard(server, 'Checkout 5xx');
    const other = await createBoard(server, 'Another incident');
    const admin = await signedIn(server.app, 'admin');
    const token = tokenOf((await makeLink(server, admin, board.id)).url);
    const bearer = { authorization: `Bearer ${token}` };

    for (const url of [
      `/api/boards/${board.id}`,
      `/api/boards/${board.id}/export?format=json`,
      `/api/boards/${other.id}/export?format=json`,
      `/api/postmortems/${board.id}/published`,
      `/api/postmortems/${other.id}/published`,
      '/api/boards',
    ]) {
      const res = await server.app.inject({ url, headers: bearer });
      expect(res.statusCode, url).toBe(401);
    }
    const ws = `${server.url.replace(/^http/, 'ws')}/sync/${board.id}?token=${token}`;
    expect(await closeCodeOf(ws)).toBe(CloseCode.Unauthorized);
    // A token of another board's link does not read this one's document.
    const otherToken = tokenOf((await makeLink(server, admin, other.id)).url);
    const res = PublicPostmortemSchema.parse((await readPublic(server, otherToken)).json());
    expect(res.document.board.id).toBe(other.id);
  });

  it('answers 404 at once when revoked, and a new link replaces the old one', async () => {
    const server = await t.server();
    const board = await createBoard(server);
    const member = await signedIn(server.app, 'member');
    const first = tokenOf((await makeLink(server, member, board.id)).url);
    const second = tokenOf((await makeLink(server, member, board.id)).url);
    expect(second).not.toBe(first);
    expect((await readPublic(server, first)).statusCode).toBe(404);
    expect((await readPublic(server, second)).statusCode).toBe(200);

    const revoke = await server.app.inject({
      method: 'DELETE',
      url: `/api/postmortems/${board.id}/public-link`,
      headers: member.headers,
    });
    expect(revoke.statusCode).toBe(204);
    const gone = await readPublic(server, second);
    expect(gone.statusCode).toBe(404);
    expect(gone.headers['x-robots-tag']).toContain('noindex');
    const again = await server.app.inject({
      method: 'DELETE',
      url: `/api/postmortems/${board.id}/public-link`,
      headers: member.headers,
    });
    expect(again.statusCode).toBe(404);
    // Made-up and malformed tokens are the same 404.
    expect((await readPublic(server, 'x'.repeat(43))).statusCode).toBe(404);
    expect((await readPublic(server, '..%2F..%2Fapi')).statusCode).toBe(404);
  });

  it('is made and revoked by members and admins, never by a viewer, a token or anonymously', async () => {
    const server = await t.server();
    const board = await createBoard(server);
    const viewer = await signedIn(server.app, 'viewer');
    const url = `/api/postmortems/${board.id}/public-link`;
    for (const method of ['POST', 'DELETE'] as const) {
      expect((await server.app.inject({ method, url })).statusCode).toBe(401);
      expect((await server.app.inject({ method, url, headers: viewer.headers })).statusCode).toBe(
        403,
      );
      const token = { authorization: `Bearer ${server.apiToken}` };
      expect((await server.app.inject({ method, url, headers: token })).statusCode).toBe(403);
    }
  });

  it('stores only a hash of the token and never writes it to the log', async () => {
    const lines: string[] = [];
    const server = await t.server({
      logger: { level: 'trace', stream: { write: (line: string) => void lines.push(line) } },
    });
    const board = await createBoard(server);
    const admin = await signedIn(server.app, 'admin');
    const token = tokenOf((await makeLink(server, admin, board.id)).url);
    await server.app.inject({ url: `/p/${token}`, headers: { accept: 'text/html' } });
    expect((await readPublic(server, token)).statusCode).toBe(200);
    expect(lines.some((line) => line.includes('/api/public/[redacted]'))).toBe(true);
    expect(lines.join('\n')).not.toContain(token);
    const stored = await server.app.workspace.store.publicLinkOf(board.id);
    expect(stored?.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(JSON.stringify(stored)).not.toContain(token);
  });

  it('is rate-limited per address', async () => {
    const server = await t.server();
    const statuses: number[] = [];
    for (let i = 0; i < 61; i++)
      statuses.push((await readPublic(server, 'y'.repeat(43))).statusCode);
    expect(statuses.slice(0, 60).every((s) => s === 404)).toBe(true);
    expect(statuses[60]).toBe(429);
  });
});
