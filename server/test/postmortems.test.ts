/**
 * `GET /api/postmortems` on a real server, with real clients writing the board: the index
 * follows the boards from the server's own docs, never holds an unrevealed card or a card
 * author, forgets a deleted card, survives a restart, and answers every query with 200 or
 * a 400 naming the bad parameter. Run on SQLite and on Postgres (vitest.postgres.config.ts).
 */
import { describe, expect, it, vi } from 'vitest';
import {
  addCard,
  deleteCard,
  readCards,
  readIncident,
  roomName,
  runSessionCommand,
  updateIncident,
  DEFAULT_TEMPLATE,
  PostmortemListResponseSchema,
  SimilarPostmortemsResponseSchema,
  type CreateBoardResponse,
  type PostmortemListResponse,
} from '@hindsight/shared';
import {
  createBoard,
  startServer,
  synced,
  testContext,
  WAIT_MS,
  type TestServer,
} from './helpers.ts';

const t = testContext();
const until = { timeout: WAIT_MS, interval: 100 };

async function get(server: TestServer, query: string, token = server.apiToken) {
  return fetch(`${server.url}/api/postmortems?${query}`, {
    headers: { authorization: `Bearer ${token}` },
  });
}

async function search(server: TestServer, query: string): Promise<PostmortemListResponse> {
  const res = await get(server, query);
  expect(res.status).toBe(200);
  return PostmortemListResponseSchema.parse(await res.json());
}

const found = async (server: TestServer, q: string) =>
  (await search(server, `q=${encodeURIComponent(q)}`)).items.map((i) => i.id);

/** A board whose facilitator has its board doc and facilitation doc open. */
async function openBoard(server: TestServer, title: string) {
  const board = await createBoard(server, title);
  const doc = t.client(server, roomName(board.id), board.tokens.facilitator);
  const facilitation = t.client(
    server,
    roomName(board.id, 'facilitation'),
    board.tokens.facilitator,
  );
  await Promise.all([synced(doc), synced(facilitation)]);
  return { board, doc: doc.doc, facilitation: facilitation.doc };
}

describe('GET /api/postmortems', () => {
  it('finds what the board says, never an unrevealed card or its author, and forgets a deleted card', async () => {
    const server = await t.server();
    const { board, doc, facilitation } = await openBoard(server, 'Checkout latency after deploy');
    const alice = await t.member(server, board, 'Alice Quillfeather');
    const cardId = addCard(alice.doc, { text: 'secret quokka in the cache', column: 'went-wrong' });
    updateIncident(doc, {
      summary: 'Checkout slowed down; zebracorn saw it first',
      services: ['Checkout'],
    });

    await vi.waitFor(
      async () => expect(await found(server, 'zebracorn')).toEqual([board.id]),
      until,
    );
    // Indexed after the card was written: the card is not there before the reveal.
    expect(await found(server, 'quokka')).toEqual([]);
    expect(await found(server, 'Quillfeather')).toEqual([]);

    runSessionCommand(facilitation, DEFAULT_TEMPLATE, { type: 'start' }, Date.now());
    runSessionCommand(facilitation, DEFAULT_TEMPLATE, { type: 'reveal' }, Date.now());
    await vi.waitFor(async () => expect(await found(server, 'quokka')).toEqual([board.id]), until);
    const hit = (await search(server, 'q=quokka')).items[0]!;
    expect(hit).toMatchObject({ title: 'Checkout latency after deploy', services: ['Checkout'] });
    expect(hit.where).toBe("Card in 'What went wrong'");
    expect(hit.snippet.filter((p) => p.hit).map((p) => p.text)).toEqual(['quokka']);
    expect(hit.score).toBeGreaterThan(0);
    // Revealed cards are anonymous in the index too.
    expect(await found(server, 'Quillfeather')).toEqual([]);
    expect(JSON.stringify(await search(server, 'q=quokka'))).not.toContain('Quillfeather');

    expect(readCards(alice.doc).map((c) => c.id)).toContain(cardId);
    deleteCard(alice.doc, cardId);
    await vi.waitFor(async () => expect(await found(server, 'quokka')).toEqual([]), until);
    expect(await found(server, 'zebracorn')).toEqual([board.id]);
  });

  it('indexes a change the server holds when it shuts down', async () => {
    const server = await t.server();
    const { board, doc } = await openBoard(server, 'Queue backlog');
    updateIncident(doc, { summary: 'narwhal backlog' });
    // The server holds the change, and its index has not been written yet.
    const held = () => server.app.rooms.resident(roomName(board.id))!.doc;
    await vi.waitFor(() => expect(readIncident(held()).summary).toContain('narwhal'), until);
    await server.stop();
    const again = await startServer(server.storage);
    t.defer(() => again.stop());
    expect(await found(again, 'narwhal')).toEqual([board.id]);
  });

  it('lists newest incident first, filters, and pages with the cursor it gives', async () => {
    const server = await t.server();
    const boards: CreateBoardResponse[] = [];
    for (const [i, service] of ['Search', 'Billing', 'Billing'].entries()) {
      const { board, doc } = await openBoard(server, `Incident ${i}`);
      updateIncident(doc, {
        services: [service],
        severity: i === 0 ? 'SEV1' : 'SEV3',
        startedAt: Date.parse(`2026-0${i + 1}-10T10:00:00Z`),
        summary: `walrus ${i}`,
      });
      boards.push(board);
    }
    await vi.waitFor(async () => expect(await found(server, 'walrus')).toHaveLength(3), until);
    const first = await search(server, 'limit=2');
    expect(first.items.map((i) => i.id)).toEqual([boards[2]!.id, boards[1]!.id]);
    expect(first.items[0]).toMatchObject({ snippet: [], where: null, score: null, openActions: 0 });
    const second = await search(server, `limit=2&cursor=${first.nextCursor}`);
    expect(second).toMatchObject({ items: [{ id: boards[0]!.id }], nextCursor: null });

    expect((await search(server, 'service=billing')).items).toHaveLength(2);
    expect((await search(server, 'severity=SEV1')).items.map((i) => i.id)).toEqual([boards[0]!.id]);
    expect((await search(server, 'from=2026-02-10&to=2026-02-10')).items.map((i) => i.id)).toEqual([
      boards[1]!.id,
    ]);
    const ranked = await search(server, 'q=walrus&limit=2&service=Billing');
    expect(ranked.items).toHaveLength(2);
    expect(ranked.nextCursor).toBeNull();
    const paged = await search(server, 'q=walrus&limit=2');
    const rest = await search(server, `q=walrus&limit=2&cursor=${paged.nextCursor}`);
    expect(new Set([...paged.items, ...rest.items].map((i) => i.id)).size).toBe(3);
    // A search's cursor does not page a list, nor the reverse.
    expect((await get(server, `cursor=${paged.nextCursor}`)).status).toBe(400);
    expect((await get(server, `q=walrus&cursor=${first.nextCursor}`)).status).toBe(400);
  });

  it('orders by `sort`, pages in that order, and refuses a cursor of another order', async () => {
    const server = await t.server();
    const boards: CreateBoardResponse[] = [];
    const docs = [];
    for (const [i, title] of ['beta walrus', 'Alpha walrus', 'gamma walrus'].entries()) {
      const { board, doc } = await openBoard(server, title);
      updateIncident(doc, {
        title,
        severity: i === 1 ? 'SEV1' : 'SEV3',
        startedAt: Date.parse(`2026-0${i + 1}-10T10:00:00Z`),
        summary: `walrus ${i}`,
      });
      boards.push(board);
      docs.push(doc);
      // Each board changes after the one before it has been indexed.
      await vi.waitFor(
        async () => expect(await found(server, 'walrus')).toHaveLength(i + 1),
        until,
      );
    }
    const [b0, b1, b2] = boards.map((b) => b.id);
    const ids = async (query: string) => (await search(server, query)).items.map((i) => i.id);
    expect(await ids('sort=incident')).toEqual([b2, b1, b0]);
    expect(await ids('sort=incident-asc')).toEqual([b0, b1, b2]);
    expect(await ids('sort=severity')).toEqual([b1, b2, b0]);
    expect(await ids('sort=title')).toEqual([b1, b0, b2]);
    expect(await ids('sort=updated')).toEqual([b2, b1, b0]);
    expect(await ids('q=walrus&sort=title')).toEqual([b1, b0, b2]);
    expect(await ids('q=walrus&sort=severity&severity=SEV3')).toEqual([b2, b0]);

    // A change to the oldest board makes it the latest updated.
    updateIncident(docs[0]!, { summary: 'walrus 0, and the whys' });
    await vi.waitFor(async () => expect(await ids('sort=updated')).toEqual([b0, b2, b1]), until);

    const first = await search(server, 'sort=title&limit=2');
    expect(first.items.map((i) => i.id)).toEqual([b1, b0]);
    const rest = await search(server, `sort=title&limit=2&cursor=${first.nextCursor}`);
    expect(rest).toMatchObject({ items: [{ id: b2 }], nextCursor: null });
    for (const query of [
      `sort=updated&cursor=${first.nextCursor}`,
      `cursor=${first.nextCursor}`,
      `q=walrus&sort=title&cursor=${(await search(server, 'q=walrus&limit=1')).nextCursor}`,
    ]) {
      const res = await get(server, query);
      expect(res.status, query).toBe(400);
      const body = (await res.json()) as { message: string; issues: { path: string }[] };
      expect(body.message).toMatch(/^cursor: this cursor pages the order sort=/);
      expect(body.issues.map((i) => i.path)).toEqual(['cursor']);
    }
  });

  it('answers 400 with the issues for a bad parameter, and 200 for any search text', async () => {
    const server = await t.server();
    for (const query of [
      'limit=0',
      'limit=101',
      'severity=SEV9',
      'status=open',
      'from=yesterday',
      'bogus=1',
      'cursor=x',
      'sort=newest',
      'sort=relevance',
      'q=%20&sort=relevance',
      'from=2026-03-01&to=2026-02-01',
      `q=${'a'.repeat(501)}`,
    ]) {
      const res = await get(server, query);
      expect(res.status, query).toBe(400);
      const body = (await res.json()) as { error: string; issues: unknown[] };
      expect(body.error).toBe('invalid_request');
      expect(body.issues.length).toBeGreaterThan(0);
    }
    for (const q of [
      '"',
      '-',
      '*',
      '(',
      'NEAR',
      'a:b',
      '^',
      '"unbalanced',
      '🔥',
      'OR',
      '-only',
      "'; DROP TABLE boards; --",
    ]) {
      const res = await get(server, `q=${encodeURIComponent(q)}`);
      expect(res.status, q).toBe(200);
    }
    expect((await get(server, 'q=x', 'not-a-token')).status).toBe(401);
  });

  it('answers the past postmortems most like one, with why, at /:id/similar', async () => {
    const server = await t.server();
    const facts = [
      ['Checkout pool exhausted', ['Checkout'], 'connection pool exhausted after a deploy'],
      ['Checkout again', ['checkout'], 'the connection pool was exhausted again'],
      ['Search disk full', ['Search'], 'a disk filled with logs'],
    ] as const;
    const ids: string[] = [];
    for (const [title, services, summary] of facts) {
      const { board, doc } = await openBoard(server, title);
      updateIncident(doc, { services: [...services], summary: `${summary} (okapi)` });
      ids.push(board.id);
    }
    await vi.waitFor(async () => expect(await found(server, 'okapi')).toHaveLength(3), until);
    const res = await fetch(`${server.url}/api/postmortems/${ids[0]}/similar`, {
      headers: { authorization: `Bearer ${server.apiToken}` },
    });
    expect(res.status).toBe(200);
    const { items } = SimilarPostmortemsResponseSchema.parse(await res.json());
    expect(items[0]).toMatchObject({ id: ids[1], title: 'Checkout again', rootCauses: [] });
    expect(items[0]!.why).toEqual(expect.arrayContaining(['Checkout', 'pool', 'exhausted']));
    expect(items.map((i) => i.id)).not.toContain(ids[0]);
    const unknown = await fetch(`${server.url}/api/postmortems/AAAAAAAAAAAAAAAA/similar`, {
      headers: { authorization: `Bearer ${server.apiToken}` },
    });
    expect(unknown.status).toBe(404);
  });
});
