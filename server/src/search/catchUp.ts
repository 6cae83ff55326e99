/**
 * Brings the library's index up to date when the server starts, so nobody has to run
 * `hindsight reindex` after an upgrade: boards with no entry (changed before the index
 * existed) and entries written by an older projection ({@link PROJECTION}) are indexed
 * again in the background, a page at a time, from the stored docs — no room is loaded
 * and start does not wait. A board that cannot be read is logged and skipped. A board
 * someone is editing meanwhile is indexed again by the live indexer as usual.
 */
import fp from 'fastify-plugin';
import { knownPeopleOf } from '../ledger/projection.ts';
import { PROJECTION } from './entry.ts';
import { indexStoredBoard } from './reindex.ts';

/** Boards asked for per page. */
const PAGE = 100;

declare module 'fastify' {
  interface FastifyInstance {
    /** Settles when the start's catch-up has finished (or stopped at close). */
    searchCatchUp: { done: Promise<{ indexed: number; failed: number }> };
  }
}

export default fp(
  async (app) => {
    let closing = false;
    let started = false;
    let finish: (result: { indexed: number; failed: number }) => void = () => undefined;
    const done = new Promise<{ indexed: number; failed: number }>((r) => (finish = r));

    const known = knownPeopleOf((id) => app.workspace.people.find(id));

    async function catchUp() {
      let indexed = 0;
      let failed = 0;
      let after: string | null = null;
      while (!closing) {
        const ids = await app.store.boardsBehindIndex(PROJECTION, after, PAGE);
        for (const id of ids) {
          if (closing) break;
          try {
            if (await indexStoredBoard(app.store, id, Date.now, known)) indexed += 1;
          } catch (err) {
            failed += 1;
            app.log.warn({ err, board: id }, 'could not index the postmortem at start');
          }
        }
        if (ids.length < PAGE) break;
        after = ids.at(-1)!;
      }
      if (indexed > 0 || failed > 0) {
        app.log.info({ indexed, failed }, 'the library index caught up with the boards');
      }
      return { indexed, failed };
    }

    app.decorate('searchCatchUp', { done });
    app.addHook('onReady', async () => {
      // Not awaited: the server answers while the index catches up.
      started = true;
      catchUp().then(finish, (err: unknown) => {
        app.log.error({ err }, 'the library index could not catch up at start');
        finish({ indexed: 0, failed: 0 });
      });
    });
    app.addHook('onClose', async () => {
      closing = true;
      if (started) await done;
    });
  },
  { name: 'searchCatchUp', dependencies: ['store'] },
);
