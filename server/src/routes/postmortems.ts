/**
 * The postmortem library (rule `boards.list`): `GET /api/postmortems` lists the
 * workspace's postmortems from the index (server/src/search/), newest incident first or,
 * with `q`, best match first, filtered by facts and paged by an opaque cursor;
 * `GET /api/postmortems/:id/similar` answers the past postmortems most like one.
 */
import type { FastifyPluginAsync } from 'fastify';
import {
  BoardIdSchema,
  dateBound,
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
import type { PostmortemFilters } from '../search/searchIndex.ts';
import { cursorOf, parseCursor } from '../search/cursor.ts';

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
      const cursor = parsed.data.cursor === undefined ? null : parseCursor(parsed.data.cursor);
      const filters = filtersOf(parsed.data);
      const now = Date.now();
      const query = parseQuery(q ?? '');
      // Words to find rank the answer; text with none (blank, only punctuation) lists.
      const searching = hasTerms(query) || query.excluded.length > 0;
      if (parsed.data.cursor !== undefined && cursor === null) {
        return sendError(reply, 400, {
          error: 'invalid_request',
          message: 'cursor: not a page cursor; start from the first page.',
        });
      }
      if (cursor !== null && (cursor.kind === 'search') !== searching) {
        return sendError(reply, 400, {
          error: 'invalid_request',
          message: 'cursor: this cursor belongs to another query; start from the first page.',
        });
      }
      const body: PostmortemListResponse = { items: [], nextCursor: null };
      if (searching) {
        const after = cursor?.kind === 'search' ? cursor.after : null;
        // Only exclusions find nothing: there is nothing to rank.
        const hits = hasTerms(query)
          ? await app.store.searchPostmortems(query, filters, after, limit + 1)
          : [];
        const page = hits.slice(0, limit);
        body.items = page.map((h) => listItemOf(h.entry, now, { query, score: h.score }));
        const last = page.at(-1);
        if (hits.length > limit && last) {
          body.nextCursor = cursorOf({
            kind: 'search',
            after: { score: last.score, id: last.entry.id },
          });
        }
        return body;
      }
      const after = cursor?.kind === 'list' ? cursor.after : null;
      const rows = await app.store.listPostmortems(filters, after, limit + 1);
      const page = rows.slice(0, limit);
      body.items = page.map((entry) => listItemOf(entry, now, null));
      const last = page.at(-1);
      if (rows.length > limit && last) {
        body.nextCursor = cursorOf({
          kind: 'list',
          after: { incidentAt: last.incidentAt, id: last.id },
        });
      }
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
