/**
 * The import's round trip as a property (issue #17): a random board, built through the
 * shared entity commands, exported as JSON, imported into a real server (port 0, real
 * store), and exported again gives the same document, but for what must differ
 * (shared/src/import/testRoundTrip.ts: the new board's id and times, cluster ids) and
 * owners' confirmations, which an import cannot give.
 *
 * Seeded and bounded: 25 runs by default; `IMPORT_ROUND_TRIP_RUNS=500` runs longer, and
 * `IMPORT_ROUND_TRIP_SEED` replays a seed. A failure prints its seed and shrunk board.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  ImportResponseSchema,
  PostmortemDocumentSchema,
  postmortemFromDocs,
} from '@hindsight/shared';
import { boardRecipe, buildBoard } from '../../shared/src/import/testBoards.ts';
import { comparable } from '../../shared/src/import/testRoundTrip.ts';
import { testContext } from './helpers.ts';
import { signedIn } from './people.ts';

const t = testContext();

const RUNS = Number(process.env.IMPORT_ROUND_TRIP_RUNS ?? 25);
const SEED = Number(process.env.IMPORT_ROUND_TRIP_SEED ?? 20261207);

describe('the import round trip', () => {
  it(
    'gives back every random board it is given (export → import → export)',
    async () => {
      const server = await t.server();
      const member = await signedIn(server.app, 'member');
      // Imports and reads are limited per address and minute (30 imports): each run comes
      // from its own address, or the 31st run (or a shrink step) would get 429.
      let run = 0;
      await fc.assert(
        fc.asyncProperty(boardRecipe, async (recipe) => {
          run++;
          const remoteAddress = `10.${(run >> 16) & 255}.${(run >> 8) & 255}.${run & 255}`;
          const { board, facilitation, participants } = buildBoard(recipe);
          const original = postmortemFromDocs(board, facilitation, {
            boardId: 'SourceBoard00001',
            meta: { title: recipe.title, template: 'default', createdAt: Date.now() },
            now: Date.now(),
            participants,
          });
          const res = await server.app.inject({
            method: 'POST',
            url: '/api/postmortems/import',
            headers: { ...member.headers, 'content-type': 'application/json' },
            payload: JSON.stringify(original),
            remoteAddress,
          });
          expect(res.statusCode, res.body).toBe(201);
          const { id } = ImportResponseSchema.parse(res.json());
          // The server's brainstorm projection runs over the new board before it is read.
          await server.app.brainstorm.mirror(id);
          const published = await server.app.inject({
            url: `/api/postmortems/${id}/published`,
            headers: member.headers,
            remoteAddress,
          });
          expect(published.statusCode, published.body).toBe(200);
          const again = PostmortemDocumentSchema.parse(published.json().document);
          expect(comparable(again)).toEqual(comparable(original));
        }),
        { numRuns: RUNS, seed: SEED, verbose: 1 },
      );
    },
    60_000 + RUNS * 2_000,
  );
});
