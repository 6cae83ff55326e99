/**
 * Closing a postmortem from the ledger (issue #18): `GET /api/boards/:id/closing` (rule
 * `actions.list`) answers where it stands, whether it is offered for closing and whether
 * the caller may close it; `POST /api/boards/:id/close` (rule `actions.update`, then
 * shared actions/closing.ts: its facilitator, a postmortem owner, or an admin) closes it
 * through its rooms, as the server, so everyone on the board sees it closed at once. The
 * board's rule still holds: it closes only when every action is resolved
 * (entities/postmortemStatus.ts), else 409 names the open ones.
 */
import type { FastifyPluginAsync, FastifyReply } from 'fastify';
import {
  BoardIdSchema,
  canClose,
  mayClosePostmortem,
  offersClosing,
  readActionItems,
  readPostmortemOwner,
  readPostmortemStatus,
  roomName,
  setPostmortemStatus,
  type ClosingResponse,
} from '@hindsight/shared';
import type * as Y from 'yjs';
import { sendError } from '../http/apiError.ts';
import { authorize, type RequestPrincipal } from '../http/authorize.ts';
import { ledgerCaller } from '../ledger/actor.ts';

/** Origin of a close asked for on the ledger. */
const LEDGER_CLOSE_ORIGIN = Symbol('hindsight:ledger-close');

const noBoard = (reply: FastifyReply) =>
  sendError(reply, 404, { error: 'not_found', message: 'No such postmortem.' });

/** Where the postmortem stands in its docs, for the rule and the answer. */
function standing(board: Y.Doc, facilitation: Y.Doc) {
  const status = readPostmortemStatus(board, facilitation);
  const actions = readActionItems(board, facilitation);
  return {
    status,
    closable: offersClosing(status, actions),
    open: canClose(actions),
    owners: readPostmortemOwner(facilitation).names,
  };
}

const postmortemClosingRoutes: FastifyPluginAsync = async (app) => {
  const { rooms, store } = app;
  const docsOf = (boardId: string) => [roomName(boardId), roomName(boardId, 'facilitation')];

  /** Whether the caller may close the board: its facilitator (or maker), an owner, an admin. */
  async function mayClose(principal: RequestPrincipal, boardId: string, owners: string[]) {
    const caller = await ledgerCaller(app, principal, boardId);
    if (!caller) return false;
    const board = await store.getBoard(boardId);
    const made =
      board?.createdBy?.kind === 'person' && board.createdBy.id === caller.actor.personId;
    return mayClosePostmortem(made ? { ...caller.actor, facilitator: true } : caller.actor, {
      owners,
    });
  }

  app.get<{ Params: { id: string } }>(
    '/api/boards/:id/closing',
    { preHandler: authorize(app, 'actions.list') },
    async (request, reply) => {
      const id = BoardIdSchema.safeParse(request.params.id);
      if (!id.success || !(await store.getBoard(id.data))) return noBoard(reply);
      const now = await rooms.withRooms(docsOf(id.data), ([b, f]) => standing(b!.doc, f!.doc));
      const body: ClosingResponse = {
        status: now.status,
        closable: now.closable,
        openActions: now.open.ok ? 0 : now.open.open.length,
        mayClose: await mayClose(request.principal, id.data, now.owners),
      };
      return body;
    },
  );

  app.post<{ Params: { id: string } }>(
    '/api/boards/:id/close',
    { preHandler: authorize(app, 'actions.update') },
    async (request, reply) => {
      const id = BoardIdSchema.safeParse(request.params.id);
      if (!id.success || !(await store.getBoard(id.data))) return noBoard(reply);
      const before = await rooms.withRooms(docsOf(id.data), ([b, f]) => standing(b!.doc, f!.doc));
      if (!(await mayClose(request.principal, id.data, before.owners))) {
        return sendError(reply, 403, {
          error: 'forbidden',
          message: "Only the postmortem's facilitator, its owners or an admin close it.",
        });
      }
      const check = await rooms.withRooms(docsOf(id.data), ([b, f]) =>
        setPostmortemStatus(b!.doc, 'closed', LEDGER_CLOSE_ORIGIN, f!.doc),
      );
      if (!check.ok) {
        return sendError(reply, 409, {
          error: 'conflict',
          message: `The postmortem cannot close yet. ${check.message}.`,
        });
      }
      const body: ClosingResponse = {
        status: 'closed',
        closable: false,
        openActions: 0,
        mayClose: true,
      };
      return body;
    },
  );
};

export default postmortemClosingRoutes;
