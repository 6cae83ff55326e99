/**
 * The action ledger (server/src/ledger/): `GET /api/actions` (rule `actions.list`) lists
 * every action of the workspace's postmortems from the ledger rows, soonest due first;
 * `PATCH /api/actions/:id` (rule `actions.update`, then the status rules of shared
 * actions/status.ts) applies a change to the board's docs through their rooms, as the server,
 * so everyone on the board sees it live, and records it in the action's history;
 * `GET /api/actions/:id/history` answers that history.
 */
import type { FastifyPluginAsync, FastifyReply } from 'fastify';
import {
  ActionItemIdSchema,
  ActionPatchSchema,
  ActionQuerySchema,
  ownerNames,
  type ActionHistoryResponse,
  type ActionListResponse,
  type ActionPatch,
  type ActionQuery,
  type LedgerAction,
} from '@hindsight/shared';
import { sendError, sendInvalid } from '../http/apiError.ts';
import { authorize } from '../http/authorize.ts';
import { ledgerCaller } from '../ledger/actor.ts';
import { changeAction } from '../ledger/change.ts';
import type { LedgerFilters, LedgerListed, LedgerPosition } from '../ledger/ledgerStore.ts';

const iso = (ms: number) => new Date(ms).toISOString();

function ledgerAction(row: LedgerListed): LedgerAction {
  return {
    id: row.actionId,
    boardId: row.boardId,
    postmortemTitle: row.postmortemTitle,
    title: row.title,
    owner: row.owner,
    ownerPersonId: row.ownerPersonId,
    due: row.due,
    priority: row.priority,
    status: row.status,
    reason: row.reason,
    accepted: row.accepted,
    resolved: row.resolved,
    ticket: row.ticket,
    createdAt: iso(row.createdAt),
    updatedAt: iso(row.updatedAt),
    severity: row.severity as LedgerAction['severity'],
    services: row.services,
  };
}

function positionOf(cursor: string): LedgerPosition {
  const [dueKey, boardId, actionId] = cursor.split('.') as [string, string, string];
  return { dueKey, boardId, actionId };
}

const today = (now: number) => iso(now).slice(0, 10);

const notFound = (reply: FastifyReply) =>
  sendError(reply, 404, { error: 'not_found', message: 'No action with that id.' });

const actionsRoutes: FastifyPluginAsync = async (app) => {
  app.get(
    '/api/actions',
    { preHandler: authorize(app, 'actions.list') },
    async (request, reply) => {
      const parsed = ActionQuerySchema.safeParse(request.query);
      if (!parsed.success) return sendInvalid(reply, parsed.error);
      const query: ActionQuery = parsed.data;
      const filters: LedgerFilters = {
        status: query.status,
        overdue:
          query.overdue === undefined ? undefined : { today: today(Date.now()), is: query.overdue },
        dueFrom: query.dueFrom,
        dueTo: query.dueTo,
        severity: query.severity,
        service: query.service,
        boardId: query.postmortem,
      };
      if (query.owner === 'me') {
        const { principal } = request;
        if (principal.kind !== 'person') {
          return sendError(reply, 400, {
            error: 'invalid_request',
            message: 'owner: `me` names the signed-in person; an API token has none.',
          });
        }
        const person = await app.workspace.people.find(principal.personId);
        Object.assign(filters, {
          ownerName: folded(person?.name ?? ''),
          ownerPersonId: principal.personId,
        });
      } else if (query.owner !== undefined) {
        Object.assign(filters, { ownerName: folded(query.owner) });
      }
      const rows = await app.store.listActions(
        filters,
        query.cursor ? positionOf(query.cursor) : null,
        query.limit + 1,
      );
      const page = rows.slice(0, query.limit);
      const last = page.at(-1);
      const body: ActionListResponse = {
        items: page.map(ledgerAction),
        nextCursor:
          rows.length > query.limit && last
            ? `${last.due ?? '9999-12-31'}.${last.boardId}.${last.actionId}`
            : null,
      };
      return body;
    },
  );

  app.get<{ Params: { id: string } }>(
    '/api/actions/:id/history',
    { preHandler: authorize(app, 'actions.list') },
    async (request, reply) => {
      const id = ActionItemIdSchema.safeParse(request.params.id);
      const row = id.success ? await app.store.findAction(id.data) : null;
      if (!row) return notFound(reply);
      const records = await app.store.actionHistory(row.boardId, row.actionId);
      const body: ActionHistoryResponse = {
        items: records.map((r) => ({
          at: iso(r.at),
          field: r.field,
          from: r.from,
          to: r.to,
          by: { kind: r.byKind, id: r.byId, name: r.byName },
          via: r.via,
        })),
      };
      return body;
    },
  );

  app.patch<{ Params: { id: string } }>(
    '/api/actions/:id',
    { preHandler: authorize(app, 'actions.update') },
    async (request, reply) => {
      const id = ActionItemIdSchema.safeParse(request.params.id);
      const row = id.success ? await app.store.findAction(id.data) : null;
      if (!row) return notFound(reply);
      const parsed = ActionPatchSchema.safeParse(request.body);
      if (!parsed.success) return sendInvalid(reply, parsed.error);
      const patch: ActionPatch = parsed.data;
      const caller = await ledgerCaller(app, request.principal, row.boardId);
      if (!caller) return sendError(reply, 403, { error: 'forbidden', message: 'Not allowed.' });

      let ownerName: string | undefined;
      if (patch.ownerPersonId) {
        const person = await app.workspace.people.find(patch.ownerPersonId);
        if (!person || person.deactivatedAt !== null) {
          return sendError(reply, 400, {
            error: 'invalid_request',
            message: 'ownerPersonId: no active person with that id.',
          });
        }
        ownerName = person.name;
      }

      const { expectedStatus, ...rest } = patch;
      const outcome = await changeAction(app, row, caller, {
        change: { ...rest, owner: patch.owner !== undefined ? patch.owner : ownerName },
        expectedStatus,
        via: 'api',
      });
      switch (outcome.kind) {
        case 'gone':
        case 'unchanged':
          return notFound(reply);
        case 'conflict':
          return sendError(reply, 409, {
            error: 'conflict',
            message: `The action is ${outcome.status} now, not ${patch.expectedStatus}: someone changed it meanwhile.`,
          });
        case 'refused':
          return outcome.decision.kind === 'forbidden'
            ? sendError(reply, 403, { error: 'forbidden', message: outcome.decision.message })
            : sendError(reply, 400, {
                error: 'invalid_request',
                message: outcome.decision.message,
              });
        case 'done':
          return outcome.row ? ledgerAction(outcome.row) : notFound(reply);
      }
    },
  );
};

/** A name folded as the owner text's names are (actions/ownerMatch.ts). */
const folded = (name: string) => ownerNames(name)[0] ?? '';

export default actionsRoutes;
