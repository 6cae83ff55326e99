/**
 * The workspace's boards: the list its pages show (`GET /api/boards`, rule `boards.list`)
 * and opening a board without its links (`POST /api/boards/:id/access`, rules
 * `boards.run` / `boards.read`). Creating one is `POST /api/boards` (routes/boards.ts).
 */
import type { FastifyPluginAsync } from 'fastify';
import {
  BoardAccessRequestSchema,
  BoardIdSchema,
  BoardListQuerySchema,
  boardOpenAction,
  boardPath,
  may,
  type BoardAccessResponse,
  type BoardCreator,
  type BoardListResponse,
} from '@hindsight/shared';
import { sendError, sendInvalid } from '../http/apiError.ts';
import { authorize } from '../http/authorize.ts';
import { sessionToken } from '../http/session.ts';
import type { BoardListRow, BoardPosition } from '../storage/boardIndex.ts';
import { boardGrant } from '../workspace/boardGrants.ts';

/** Grants one browser may ask for per minute: a page opens one board at a time. */
const ACCESS_RATE = { max: 60, timeWindow: '1 minute' };

function cursorOf(row: BoardListRow): string {
  return `${row.createdAt}.${row.id}`;
}

function positionOf(cursor: string | undefined): BoardPosition | null {
  if (cursor === undefined) return null;
  const dot = cursor.indexOf('.');
  return { createdAt: Number(cursor.slice(0, dot)), id: cursor.slice(dot + 1) };
}

const workspaceBoardsRoutes: FastifyPluginAsync = async (app) => {
  app.get('/api/boards', { preHandler: authorize(app, 'boards.list') }, async (request, reply) => {
    const parsed = BoardListQuerySchema.safeParse(request.query);
    if (!parsed.success) return sendInvalid(reply, parsed.error);
    const { after, limit } = parsed.data;
    // One more than asked: whether a next page exists, without counting the table.
    const rows = await app.store.listBoards(positionOf(after), limit + 1);
    const page = rows.slice(0, limit);
    const names = new Map<string, string | null>();
    const creator = async (row: BoardListRow): Promise<BoardCreator> => {
      const by = row.createdBy;
      if (!by) return { kind: 'adopted' };
      if (by.kind === 'token') return { kind: 'token', id: by.id };
      if (!names.has(by.id))
        names.set(by.id, (await app.workspace.people.find(by.id))?.name ?? null);
      return { kind: 'person', id: by.id, name: names.get(by.id)! };
    };
    const body: BoardListResponse = { boards: [], next: null };
    for (const row of page) {
      body.boards.push({
        id: row.id,
        title: row.title,
        createdAt: row.createdAt,
        // A board made in the workspace and not opened yet has not started.
        phase: row.phase ?? (row.adoptedAt === null ? 'Preparing' : null),
        facilitators: row.facilitators,
        createdBy: await creator(row),
      });
    }
    if (rows.length > limit) body.next = cursorOf(page.at(-1)!);
    return body;
  });

  app.post<{ Params: { id: string } }>(
    '/api/boards/:id/access',
    { config: { rateLimit: ACCESS_RATE }, preHandler: authorize(app, 'boards.read') },
    async (request, reply) => {
      const { principal } = request;
      const cookie = sessionToken(request);
      if (principal.kind !== 'person' || cookie === undefined) {
        return sendError(reply, 403, {
          error: 'forbidden',
          message: 'Only signed-in people open boards from the workspace; scripts use its links.',
        });
      }
      const parsed = BoardAccessRequestSchema.safeParse(request.body);
      if (!parsed.success) return sendInvalid(reply, parsed.error);
      const { role } = parsed.data;
      if (!may(principal, boardOpenAction(role))) {
        return sendError(reply, 403, {
          error: 'forbidden',
          message: `Your role in the workspace does not let you open boards as ${role}.`,
        });
      }
      const id = BoardIdSchema.safeParse(request.params.id);
      if (!id.success || !(await app.store.getBoard(id.data))) {
        return sendError(reply, 404, { error: 'not_found', message: 'No board with that id.' });
      }
      const token = boardGrant(cookie, id.data, role);
      const body: BoardAccessResponse = {
        id: id.data,
        role,
        token,
        path: `${boardPath(id.data)}#token=${encodeURIComponent(token)}`,
      };
      request.log.info({ board: id.data, role, person: principal.personId }, 'board opened');
      return body;
    },
  );
};

export default workspaceBoardsRoutes;
