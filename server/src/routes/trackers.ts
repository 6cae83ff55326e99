/**
 * Issue trackers (server/src/trackers/): admins connect a tracker (`GET /api/trackers`,
 * `PUT` and `DELETE /api/trackers/:kind`, rule `trackers.manage`; the token and the webhook
 * secret are written, never answered) and test it (`POST /api/trackers/:kind/test`); the
 * facilitator or an admin picks where a postmortem's issues go (`GET`/`PUT
 * /api/boards/:id/tracker`, rule `trackers.use`; a target the tracker does not confirm is
 * saved and answered with the problem);
 * any member files an action's issue (`POST /api/actions/:id/issue`), once whatever the
 * clicks; and each tracker reports changes to `POST /api/trackers/:kind/webhook`, believed
 * only with its signature over the raw body (trackers/signature.ts).
 */
import type { FastifyPluginAsync, FastifyReply } from 'fastify';
import {
  ActionItemIdSchema,
  BoardIdSchema,
  TRACKER_LABELS,
  TrackerConnectionInputSchema,
  TrackerKindSchema,
  TrackerTargetSchema,
  type TrackerConnectionsResponse,
  type TrackerTargetResponse,
  type TrackerTestResponse,
} from '@hindsight/shared';
import { sendError, sendInvalid } from '../http/apiError.ts';
import { authorize } from '../http/authorize.ts';
import { ledgerCaller, type LedgerCaller } from '../ledger/actor.ts';
import { TRACKER_CLIENTS } from '../trackers/clients.ts';
import { TrackerCallError } from '../trackers/client.ts';
import {
  connectionRow,
  connectionView,
  openConnection,
  webhookSecret,
} from '../trackers/connections.ts';
import { logOf, problemOf } from '../trackers/failure.ts';
import { fileIssue } from '../trackers/file.ts';
import { signatureMatches } from '../trackers/signature.ts';
import { applyNews } from '../trackers/sync.ts';

/** Largest webhook body accepted, bytes: an issue's body and its repository ride along. */
export const MAX_WEBHOOK_BODY = 1024 * 1024;

export interface TrackersRoutesOptions {
  /** Origin of the postmortem links in issues; the request's own origin when undefined. */
  readonly publicUrl: string | undefined;
}

/** Where a postmortem's issues go is chosen by its facilitator or an admin. */
function mayChooseTracker(caller: LedgerCaller | null): boolean {
  return caller !== null && (caller.actor.role === 'admin' || caller.actor.facilitator);
}

const unknownTracker = (reply: FastifyReply) =>
  sendError(reply, 404, { error: 'not_found', message: 'No such tracker.' });

const trackersRoutes: FastifyPluginAsync<TrackersRoutesOptions> = async (app, { publicUrl }) => {
  const { store } = app;
  const { box } = app.trackers;

  app.get(
    '/api/trackers',
    { preHandler: authorize(app, 'trackers.manage') },
    async (): Promise<TrackerConnectionsResponse> => ({
      items: (await store.listTrackerConnections()).map(connectionView),
    }),
  );

  app.put<{ Params: { kind: string } }>(
    '/api/trackers/:kind',
    { preHandler: authorize(app, 'trackers.manage') },
    async (request, reply) => {
      const kind = TrackerKindSchema.safeParse(request.params.kind);
      if (!kind.success) return unknownTracker(reply);
      const input = TrackerConnectionInputSchema.safeParse(request.body ?? {});
      if (!input.success) return sendInvalid(reply, input.error);
      const stored = await store.getTrackerConnection(kind.data);
      const write = connectionRow(kind.data, input.data, stored, box, Date.now());
      if (!write.ok) {
        return sendError(reply, 400, { error: 'invalid_request', message: write.message });
      }
      await store.putTrackerConnection(write.row);
      return connectionView(write.row);
    },
  );

  app.post<{ Params: { kind: string } }>(
    '/api/trackers/:kind/test',
    { preHandler: authorize(app, 'trackers.manage') },
    async (request, reply) => {
      const kind = TrackerKindSchema.safeParse(request.params.kind);
      if (!kind.success) return unknownTracker(reply);
      const conn = await openConnection(store, box, kind.data);
      if (!conn) {
        const body: TrackerTestResponse = {
          ok: false,
          message: `${TRACKER_LABELS[kind.data]} has no token saved: save one first.`,
          detail: null,
        };
        return body;
      }
      let body: TrackerTestResponse;
      try {
        const account = await TRACKER_CLIENTS[kind.data].whoAmI(conn);
        body = {
          ok: true,
          message: `${TRACKER_LABELS[kind.data]} knows the token as ${account}.`,
          detail: null,
        };
      } catch (err) {
        const message = problemOf(err, kind.data, null);
        request.log.warn(
          { tracker: kind.data, ...logOf(err) },
          `connection test failed: ${message}`,
        );
        const detail = err instanceof TrackerCallError ? err.detail : null;
        body = { ok: false, message, detail };
      }
      return body;
    },
  );

  app.delete<{ Params: { kind: string } }>(
    '/api/trackers/:kind',
    { preHandler: authorize(app, 'trackers.manage') },
    async (request, reply) => {
      const kind = TrackerKindSchema.safeParse(request.params.kind);
      if (!kind.success || !(await store.deleteTrackerConnection(kind.data))) {
        return unknownTracker(reply);
      }
      return reply.code(204).send();
    },
  );

  app.get<{ Params: { id: string } }>(
    '/api/boards/:id/tracker',
    { preHandler: authorize(app, 'trackers.use') },
    async (request, reply) => {
      const id = BoardIdSchema.safeParse(request.params.id);
      if (!id.success || !(await store.getBoard(id.data))) return noBoard(reply);
      const stored = await store.getTrackerTarget(id.data);
      const target = stored ? TrackerTargetSchema.safeParse(JSON.parse(stored)) : null;
      const caller = await ledgerCaller(app, request.principal, id.data);
      const body: TrackerTargetResponse = {
        target: target?.success ? target.data : null,
        mayChange: mayChooseTracker(caller),
      };
      return body;
    },
  );

  app.put<{ Params: { id: string } }>(
    '/api/boards/:id/tracker',
    { preHandler: authorize(app, 'trackers.use') },
    async (request, reply) => {
      const id = BoardIdSchema.safeParse(request.params.id);
      if (!id.success || !(await store.getBoard(id.data))) return noBoard(reply);
      const target = TrackerTargetSchema.safeParse(request.body);
      if (!target.success) return sendInvalid(reply, target.error);
      if (!mayChooseTracker(await ledgerCaller(app, request.principal, id.data))) {
        return sendError(reply, 403, {
          error: 'forbidden',
          message: "Only the postmortem's facilitator or an admin chooses its tracker.",
        });
      }
      await store.putTrackerTarget(id.data, JSON.stringify(target.data), Date.now());
      const body: TrackerTargetResponse = { target: target.data, mayChange: true };
      // Saved all the same: the tracker may be down for a moment, or the token fixed later.
      const conn = await openConnection(store, box, target.data.kind);
      if (conn) {
        try {
          await TRACKER_CLIENTS[target.data.kind].checkTarget(conn, target.data);
        } catch (err) {
          const problem = problemOf(err, target.data.kind, target.data);
          request.log.warn(
            { board: id.data, tracker: target.data.kind, ...logOf(err) },
            `tracker target not confirmed: ${problem}`,
          );
          return { ...body, problem };
        }
      }
      return body;
    },
  );

  app.post<{ Params: { id: string } }>(
    '/api/actions/:id/issue',
    { preHandler: authorize(app, 'trackers.use') },
    async (request, reply) => {
      const id = ActionItemIdSchema.safeParse(request.params.id);
      const row = id.success ? await store.findAction(id.data) : null;
      if (!row) return sendError(reply, 404, { error: 'not_found', message: 'No such action.' });
      const origin = publicUrl ?? `${request.protocol}://${request.host}`;
      const outcome = await fileIssue(app, box, row, origin);
      switch (outcome.kind) {
        case 'filed':
          return reply.code(201).send(outcome.issue);
        case 'existing':
          return outcome.issue;
        case 'gone':
          return sendError(reply, 404, { error: 'not_found', message: 'No such action.' });
        case 'no-target':
          return sendError(reply, 409, {
            error: 'conflict',
            message: "Choose the postmortem's tracker first.",
          });
        case 'no-connection':
          return sendError(reply, 409, {
            error: 'conflict',
            message: "The postmortem's tracker is not connected: an admin connects it.",
          });
        case 'in-progress':
          return sendError(reply, 409, {
            error: 'conflict',
            message: 'The issue is being filed; try again in a moment.',
          });
        case 'failed':
          return sendError(reply, 502, { error: 'bad_gateway', message: outcome.message });
      }
    },
  );

  await app.register(async (hooks) => {
    // The signature covers the bytes as sent: the body is kept raw and parsed only after.
    hooks.removeAllContentTypeParsers();
    hooks.addContentTypeParser(
      'application/json',
      { parseAs: 'buffer', bodyLimit: MAX_WEBHOOK_BODY },
      (_request, body, done) => done(null, body),
    );
    hooks.post<{ Params: { kind: string }; Body: Buffer }>(
      '/api/trackers/:kind/webhook',
      { bodyLimit: MAX_WEBHOOK_BODY },
      async (request, reply) => {
        const kind = TrackerKindSchema.safeParse(request.params.kind);
        const client = kind.success ? TRACKER_CLIENTS[kind.data] : undefined;
        if (!kind.success || !client) return unknownTracker(reply);
        const secret = await webhookSecret(store, box, kind.data);
        if (!secret) {
          return sendError(reply, 404, {
            error: 'not_found',
            message: `${TRACKER_LABELS[kind.data]} is not connected with a webhook secret.`,
          });
        }
        const raw = Buffer.isBuffer(request.body) ? request.body : Buffer.alloc(0);
        const { header, prefix } = client.signature;
        if (!signatureMatches(secret, raw, request.headers[header], prefix)) {
          return sendError(reply, 401, {
            error: 'unauthorized',
            message: 'The webhook signature does not match.',
          });
        }
        let body: unknown;
        try {
          body = JSON.parse(raw.toString('utf8'));
        } catch {
          return sendError(reply, 400, { error: 'invalid_request', message: 'Not JSON.' });
        }
        const news = client.news(request.headers, body);
        const changed = news ? await applyNews(app, kind.data, news) : false;
        return { received: true, changed };
      },
    );
  });
};

const noBoard = (reply: FastifyReply) =>
  sendError(reply, 404, { error: 'not_found', message: 'No such postmortem.' });

export default trackersRoutes;
