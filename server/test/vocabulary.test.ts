/**
 * `GET /api/postmortems/vocabulary` on a real server, with real clients writing boards:
 * the services and tags of past postmortems, merged case-insensitively, most used first,
 * filtered by what was typed (wildcards typed are plain characters), a 400 naming the bad
 * parameter, and nothing for a caller who may not read the workspace. Run on SQLite and
 * on Postgres (vitest.postgres.config.ts).
 */
import { describe, expect, it, vi } from 'vitest';
import {
  roomName,
  updateIncident,
  VocabularyResponseSchema,
  type VocabularyResponse,
} from '@hindsight/shared';
import { createBoard, synced, testContext, WAIT_MS, type TestServer } from './helpers.ts';

const t = testContext();
const until = { timeout: WAIT_MS, interval: 100 };

function get(server: TestServer, query: string, token: string | null = server.apiToken) {
  return fetch(`${server.url}/api/postmortems/vocabulary?${query}`, {
    headers: token === null ? {} : { authorization: `Bearer ${token}` },
  });
}

async function values(server: TestServer, query: string): Promise<string[]> {
  const res = await get(server, query);
  expect(res.status).toBe(200);
  const body: VocabularyResponse = VocabularyResponseSchema.parse(await res.json());
  return body.values;
}

/** A board with these services, written by its facilitator's client. */
async function boardWith(server: TestServer, title: string, services: string[]) {
  const board = await createBoard(server, title);
  const client = t.client(server, roomName(board.id), board.tokens.facilitator);
  await synced(client);
  updateIncident(client.doc, { services });
}

describe('GET /api/postmortems/vocabulary', () => {
  it('suggests past services by prefix, merged case-insensitively, most used first', async () => {
    const server = await t.server();
    await boardWith(server, 'One', ['Checkout-API', 'payments']);
    await boardWith(server, 'Two', ['checkout-api', 'Checkout-Web']);
    await boardWith(server, 'Three', ['Checkout-API', 'cache_1']);
    // Each value once, in the form most postmortems wrote.
    await vi.waitFor(
      async () =>
        expect(await values(server, 'kind=service&prefix=')).toEqual([
          'Checkout-API',
          'cache_1',
          'Checkout-Web',
          'payments',
        ]),
      until,
    );
    expect(await values(server, 'kind=service&prefix=CHECK')).toEqual([
      'Checkout-API',
      'Checkout-Web',
    ]);
    expect(await values(server, 'kind=service&prefix=%20pay')).toEqual(['payments']);
    // `_` and `%` typed are characters, not wildcards.
    expect(await values(server, 'kind=service&prefix=cache_')).toEqual(['cache_1']);
    expect(await values(server, 'kind=service&prefix=c_')).toEqual([]);
    expect(await values(server, 'kind=service&prefix=%25')).toEqual([]);
    // Services are not tags.
    expect(await values(server, 'kind=tag&prefix=check')).toEqual([]);
  });

  it('answers 400 naming the bad parameter, and 401 without credentials', async () => {
    const server = await t.server();
    for (const [query, path] of [
      ['kind=owner', 'kind'],
      ['prefix=a', 'kind'],
      [`kind=tag&prefix=${'x'.repeat(201)}`, 'prefix'],
      ['kind=tag&extra=1', ''],
    ] as const) {
      const res = await get(server, query);
      expect(res.status, query).toBe(400);
      const body = (await res.json()) as { issues: { path: string }[] };
      expect(body.issues.map((i) => i.path)).toContain(path);
    }
    expect((await get(server, 'kind=service', null)).status).toBe(401);
  });
});
