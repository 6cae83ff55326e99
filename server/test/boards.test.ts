import { randomUUID } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { ApiErrorSchema, CreateBoardResponseSchema } from '@hindsight/shared';
import pg from 'pg';
import { addCard } from '@hindsight/shared';
import { createBoard, synced, testContext, type TestServer, type TestStorage } from './helpers.ts';

const t = testContext();

/** Every byte the storage holds, as text: the SQLite files, or every row of the schema. */
async function storedText(storage: TestStorage): Promise<string> {
  if (storage.kind === 'sqlite') {
    const files = readdirSync(storage.dataDir, { recursive: true, withFileTypes: true });
    return files
      .filter((f) => f.isFile())
      .map((f) => readFileSync(join(f.parentPath, f.name)).toString('latin1'))
      .join('\n');
  }
  const client = new pg.Client({ connectionString: storage.databaseUrl });
  await client.connect();
  try {
    const tables = await client.query<{ name: string }>(
      `SELECT table_name AS name FROM information_schema.tables WHERE table_schema = current_schema()`,
    );
    const rows: string[] = [];
    for (const { name } of tables.rows) {
      const result = await client.query<{ row: string }>(`SELECT t::text AS row FROM "${name}" t`);
      rows.push(...result.rows.map((r) => r.row));
    }
    return rows.join('\n');
  } finally {
    await client.end();
  }
}

const setup = () => t.server();

const post = (server: TestServer, payload: string, type = 'application/json') =>
  server.app.inject({
    method: 'POST',
    url: '/api/boards',
    headers: { 'content-type': type, authorization: `Bearer ${server.apiToken}` },
    payload,
  });

describe('POST /api/boards', () => {
  it('answers 201 with an id, three distinct tokens and three links (contract)', async () => {
    const server = await setup();
    const res = await post(server, JSON.stringify({ title: 'Checkout 5xx', template: 'default' }));
    expect(res.statusCode).toBe(201);
    const body = CreateBoardResponseSchema.parse(res.json());
    const tokens = Object.values(body.tokens);
    expect(new Set(tokens).size).toBe(3);
    // At least 128 bits: 256 bits in base64url is 43 characters.
    for (const token of tokens) expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(body.links.participant).toBe(
      `http://localhost:80/b/${body.id}#token=${body.tokens.participant}`,
    );
  });

  it('answers 401 without a member, and 403 to a read-only token', async () => {
    const server = await setup();
    const payload = JSON.stringify({ title: 'x' });
    const headers = { 'content-type': 'application/json' };
    const anonymous = await server.app.inject({
      method: 'POST',
      url: '/api/boards',
      headers,
      payload,
    });
    expect(anonymous.statusCode).toBe(401);
    expect(ApiErrorSchema.parse(anonymous.json()).error).toBe('unauthorized');
    const { token } = await server.app.workspace.tokens.create({ name: 'r', scope: 'read' });
    const reader = await server.app.inject({
      method: 'POST',
      url: '/api/boards',
      headers: { ...headers, authorization: `Bearer ${token}` },
      payload,
    });
    expect(reader.statusCode).toBe(403);
  });

  it('stores token hashes only', async () => {
    const server = await setup();
    const body = CreateBoardResponseSchema.parse(
      (await post(server, JSON.stringify({ title: 'x' }))).json(),
    );
    const stored = await server.app.store.getTokens(body.id);
    expect(stored).toHaveLength(3);
    for (const { hash } of stored) expect(Object.values(body.tokens)).not.toContain(hash);
  });

  it('leaves no plain token anywhere in the database', async () => {
    const server = await setup();
    const title = `canary ${randomUUID()}`;
    const body = CreateBoardResponseSchema.parse(
      (await post(server, JSON.stringify({ title }))).json(),
    );
    await server.stop();
    const everything = await storedText(server.storage);
    // The scan sees what was stored: the title is there.
    expect(everything).toContain(title);
    for (const token of [...Object.values(body.tokens), server.apiToken]) {
      expect(everything).not.toContain(token);
      expect(everything).not.toContain(Buffer.from(token).toString('hex'));
    }
  });

  it.each([
    ['an empty title', JSON.stringify({ title: '  ' }), 'title'],
    ['a missing title', JSON.stringify({}), 'title'],
    ['an overlong title', JSON.stringify({ title: 'x'.repeat(201) }), 'title'],
    ['an unknown template', JSON.stringify({ title: 'x', template: 'kanban' }), 'template'],
    ['an unknown field', JSON.stringify({ title: 'x', owner: 'me' }), ''],
  ])('refuses %s with 400 and names the field', async (_name, payload, path) => {
    const server = await setup();
    const res = await post(server, payload);
    expect(res.statusCode).toBe(400);
    const body = ApiErrorSchema.parse(res.json());
    expect(body.error).toBe('invalid_request');
    expect(body.issues?.[0]?.path).toBe(path);
  });

  it('refuses broken JSON, other content types and huge bodies with a JSON error', async () => {
    const server = await setup();
    expect((await post(server, '{bad')).statusCode).toBe(400);
    expect((await post(server, 'title=x', 'text/plain')).statusCode).toBe(415);
    const huge = await post(server, JSON.stringify({ title: 'x'.repeat(100_000) }));
    expect(huge.statusCode).toBe(413);
    expect(ApiErrorSchema.parse(huge.json()).error).toBe('payload_too_large');
  });
});

describe('GET /api/boards/:id', () => {
  it('tells each token its role; 401 for a bad token, 404 for an unknown board', async () => {
    const server = await setup();
    const body = CreateBoardResponseSchema.parse(
      (await post(server, JSON.stringify({ title: 'Roles' }))).json(),
    );
    for (const role of ['facilitator', 'participant', 'observer'] as const) {
      const res = await server.app.inject({
        url: `/api/boards/${body.id}`,
        headers: { authorization: `Bearer ${body.tokens[role]}` },
      });
      expect(res.json()).toEqual({
        id: body.id,
        title: 'Roles',
        template: 'default',
        role,
        defaultDocumentTemplate: 'default',
      });
    }
    const bad = await server.app.inject({
      url: `/api/boards/${body.id}`,
      headers: { authorization: 'Bearer nope' },
    });
    expect(bad.statusCode).toBe(401);
    expect((await server.app.inject({ url: `/api/boards/${body.id}` })).statusCode).toBe(401);
    const unknown = await server.app.inject({
      url: '/api/boards/AAAAAAAAAAAAAAAA',
      headers: { authorization: `Bearer ${body.tokens.facilitator}` },
    });
    expect(unknown.statusCode).toBe(404);
  });
});

describe('health', () => {
  it('/healthz and /readyz answer 200 while the store answers', async () => {
    const server = await setup();
    const live = await server.app.inject({ url: '/healthz' });
    expect(live.statusCode).toBe(200);
    expect(live.json()).toMatchObject({ status: 'ok' });
    const ready = await server.app.inject({ url: '/readyz' });
    expect(ready.statusCode).toBe(200);
    expect(ready.json()).toMatchObject({ status: 'ready' });
  });

  it('/readyz answers 503 when the store cannot answer; /healthz still 200', async () => {
    const server = await setup();
    await server.app.store.close();
    const ready = await server.app.inject({ url: '/readyz' });
    expect(ready.statusCode).toBe(503);
    expect(ready.json()).toMatchObject({ status: 'unavailable', reason: 'store' });
    expect((await server.app.inject({ url: '/healthz' })).statusCode).toBe(200);
  });

  it('/readyz answers 503 from the moment shutdown begins', async () => {
    // Postgres lets the test hold the room's rows, so that storing it at shutdown waits
    // and the probe lands while the process drains.
    const server = await t.server({ storage: await t.storage('postgres') });
    const board = await createBoard(server);
    const writer = t.client(server, board.id, board.tokens.participant);
    await synced(writer);
    addCard(writer.doc, { text: 'stored on the way out', column: 'lucky' });
    await vi.waitFor(async () => expect(await server.app.store.countUpdates(board.id)).toBe(1));
    const holder = new pg.Client({ connectionString: server.storage.databaseUrl });
    await holder.connect();
    t.defer(() => holder.end());
    await holder.query('BEGIN');
    await holder.query('SELECT 1 FROM doc_snapshots WHERE room = $1 FOR UPDATE', [board.id]);

    const stopping = server.app.close();
    const ready = await fetch(`${server.url}/readyz`);
    expect(ready.status).toBe(503);
    await holder.query('COMMIT');
    await stopping;
  });
});
