/**
 * The postmortem library (rule `boards.list`): `GET /api/postmortems` lists the
 * workspace's postmortems from the index (server/src/search/), in the order `sort` asks
 * (newest incident first or, with `q`, best match first unless it asks another), filtered
 * by facts and paged by an opaque cursor that belongs to that order;
 * `GET /api/postmortems/:id/similar` answers the past postmortems most like one.
 */
import type { FastifyPluginAsync } from 'fastify';
import {
  BoardIdSchema,
  dateBound,
  defaultSort,
  SIMILAR_COUNT,
  PostmortemQuerySchema,
  type PostmortemListResponse,
  type PostmortemQuery,
  type SimilarPostmortemsResponse,
} from '@hindsight/shared';
import { sendError, sendInvalid } from '../http/apiError.ts';
import { authorize } from '../http/authorize.ts';
import { listItemOf } from '../search/listItem.ts';
import { hasTerms, parseQuery } from '../search/query.ts';
import { keyTermsOf, mostSimilar } from '../search/similar.ts';
import type { PostmortemFilters, SortedEntry } from '../search/searchIndex.ts';
import { cursorOf, parseCursor } from '../search/cursor.ts';
import type { FastifyReply } from 'fastify';

function filtersOf(query: PostmortemQuery): PostmortemFilters {
  return {
    status: query.status,
    severity: query.severity,
    service: query.service,
    tag: query.tag,
    owner: query.owner,
    from: query.from === undefined ? undefined : dateBound(query.from, 'from'),
    to: query.to === undefined ? undefined : dateBound(query.to, 'to'),
  };
}

/** A 400 for a cursor this order cannot continue from, with the issue on `cursor`. */
function badCursor(reply: FastifyReply, message: string) {
  return sendError(reply, 400, {
    error: 'invalid_request',
    message: `cursor: ${message}`,
    issues: [{ path: 'cursor', message }],
  });
}

/** Candidates scored for similar incidents: enough to find the best five among many. */
const SIMILAR_CANDIDATES = 300;
/** The target's words the candidates are narrowed by. */
const SIMILAR_WORDS = 24;

const postmortemsRoutes: FastifyPluginAsync = async (app) => {
  app.get(
    '/api/postmortems',
    { preHandler: authorize(app, 'boards.list') },
    async (request, reply) => {
      const parsed = PostmortemQuerySchema.safeParse(request.query);
      if (!parsed.success) return sendInvalid(reply, parsed.error);
      const { q, limit } = parsed.data;
      const filters = filtersOf(parsed.data);
      const now = Date.now();
      const query = parseQuery(q ?? '');
      // Words to find rank the answer; text with none (blank, only punctuation) lists.
      const searching = hasTerms(query) || query.excluded.length > 0;
      const asked = parsed.data.sort ?? defaultSort(searching);
      // Text that finds no words lists: there is no relevance to order by.
      const sort = asked === 'relevance' && !searching ? defaultSort(false) : asked;
      let after = null;
      if (parsed.data.cursor !== undefined) {
        const cursor = parseCursor(parsed.data.cursor);
        if (cursor === null)
          return badCursor(reply, 'not a page cursor; start from the first page.');
        if (cursor.sort !== sort) {
          return badCursor(
            reply,
            `this cursor pages the order sort=${cursor.sort}, not sort=${sort}; start from the first page.`,
          );
        }
        after = cursor.after;
      }
      const body: PostmortemListResponse = { items: [], nextCursor: null };
      const next = (rows: readonly SortedEntry[]) =>
        rows.length > limit ? cursorOf({ sort, after: rows[limit - 1]!.position }) : null;
      if (searching) {
        // Only exclusions find nothing: there is nothing to rank.
        const hits = hasTerms(query)
          ? await app.store.searchPostmortems(query, filters, after, limit + 1, sort)
          : [];
        body.items = hits
          .slice(0, limit)
          .map((h) => listItemOf(h.entry, now, { query, score: h.score }));
        body.nextCursor = next(hits);
        return body;
      }
      if (sort === 'relevance') throw new Error('relevance without a search');
      const rows = await app.store.listPostmortems(filters, after, limit + 1, sort);
      body.items = rows.slice(0, limit).map((r) => listItemOf(r.entry, now, null));
      body.nextCursor = next(rows);
      return body;
    },
  );

  app.get<{ Params: { id: string } }>(
    '/api/postmortems/:id/similar',
    { preHandler: authorize(app, 'boards.list') },
    async (request, reply) => {
      const id = BoardIdSchema.safeParse(request.params.id);
      if (!id.success || !(await app.store.getBoard(id.data))) {
        return sendError(reply, 404, { error: 'not_found', message: 'No board with that id.' });
      }
      const body: SimilarPostmortemsResponse = { items: [] };
      // A board not indexed yet (made seconds ago) has nothing to compare.
      const target = await app.store.getPostmortem(id.data);
      if (!target) return body;
      const words = [...keyTermsOf(target).values()].slice(0, SIMILAR_WORDS);
      const candidates = await app.store.similarCandidates(
        target.id,
        { services: target.services, tags: target.tags },
        words,
        SIMILAR_CANDIDATES,
      );
      body.items = mostSimilar(target, candidates, SIMILAR_COUNT);
      return body;
    },
  );
};

export default postmortemsRoutes;
