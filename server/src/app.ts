/**
 * The application as one Fastify plugin tree: external plugins, then app plugins
 * (store, rooms, boards), then routes. server.ts only listens and shuts down; tests
 * build the same app on port 0.
 */
import Fastify, { type FastifyInstance, type FastifyServerOptions } from 'fastify';
import websocket from '@fastify/websocket';
import helmet from '@fastify/helmet';
import rateLimit from '@fastify/rate-limit';
import { DEFAULT_SYNC_LIMITS, payloadFor, type SyncLimits } from './sync/limits.ts';
import type { Config } from './config.ts';
import { redactToken } from './auth/tokens.ts';
import { errorHandler } from './http/apiError.ts';
import sharedPlugin from './plugins/shared.ts';
import storePlugin from './plugins/store.ts';
import roomsPlugin, { type RoomsPluginOptions } from './plugins/rooms.ts';
import boardsPlugin from './plugins/boards.ts';
import attendancePlugin from './plugins/attendance.ts';
import brainstormPlugin, { type BrainstormPluginOptions } from './plugins/brainstorm.ts';
import ownershipPlugin from './plugins/ownership.ts';
import statusGuardPlugin from './plugins/statusGuard.ts';
import membersPlugin, { type MembersPluginOptions } from './plugins/members.ts';
import workspacePlugin from './plugins/workspace.ts';
import ssoPlugin from './workspace/oidc/plugin.ts';
import type { SsoClientOptions } from './workspace/oidc/client.ts';
import historyPlugin, { type HistoryPluginOptions } from './plugins/history.ts';
import workspaceAccessPlugin from './plugins/workspaceAccess.ts';
import boardPhasePlugin from './plugins/boardPhase.ts';
import boardsRoutes from './routes/boards.ts';
import clientRoutes from './routes/client.ts';
import exportRoutes from './routes/export.ts';
import membersRoutes from './routes/members.ts';
import oidcRoutes from './routes/oidc.ts';
import healthRoutes from './routes/health.ts';
import syncRoutes from './routes/sync.ts';
import timeRoutes from './routes/time.ts';
import tokensRoutes from './routes/tokens.ts';
import sessionRoutes, { type SessionRoutesOptions } from './routes/session.ts';
import accountRoutes from './routes/account.ts';
import setupRoutes from './routes/setup.ts';
import invitationsRoutes from './routes/invitations.ts';
import passwordResetRoutes from './routes/passwordReset.ts';
import peopleRoutes from './routes/people.ts';
import versionsRoutes from './routes/versions.ts';
import workspaceBoardsRoutes from './routes/workspaceBoards.ts';
import postmortemsRoutes from './routes/postmortems.ts';
import vocabularyRoutes from './routes/vocabulary.ts';
import searchIndexerPlugin from './search/indexer.ts';
import ledgerPlugin from './ledger/plugin.ts';
import documentGuardsPlugin from './plugins/documentGuards.ts';
import remindersPlugin from './reminders/plugin.ts';
import actionsRoutes from './routes/actions.ts';
import remindersRoutes from './routes/reminders.ts';
import actionSettingsRoutes from './routes/actionSettings.ts';
import documentSettingsRoutes from './routes/documentSettings.ts';
import postmortemClosingRoutes from './routes/postmortemClosing.ts';
import searchCatchUpPlugin from './search/catchUp.ts';
import publishedRoutes from './routes/published.ts';
import publicShareRoutes from './routes/publicShare.ts';
import postmortemImportRoutes from './routes/postmortemImport.ts';
import trackersPlugin, { type Ticker } from './trackers/plugin.ts';
import trackersRoutes from './routes/trackers.ts';

/** Largest REST body accepted, bytes. */
export const MAX_BODY = 64 * 1024;

/**
 * What pages may load: our own scripts and styles only, websockets to our own origin,
 * no framing by other sites. Inline style attributes are allowed (React sets them).
 */
const CONTENT_SECURITY_POLICY = {
  defaultSrc: ["'self'"],
  scriptSrc: ["'self'"],
  styleSrc: ["'self'", "'unsafe-inline'"],
  imgSrc: ["'self'", 'data:', 'blob:'],
  connectSrc: ["'self'"],
  fontSrc: ["'self'", 'data:'],
  objectSrc: ["'none'"],
  frameSrc: ["'self'"],
  frameAncestors: ["'none'"],
  baseUri: ["'self'"],
  formAction: ["'self'"],
};

/** A route the app serves, as `GET /api/boards/:id`; HEAD twins of GET routes left out. */
export type RouteKey = `${string} ${string}`;

declare module 'fastify' {
  interface FastifyInstance {
    /** Every route registered, so that a test can require an authorisation row for each. */
    routeKeys: readonly RouteKey[];
  }
}

export interface AppOptions {
  readonly config: Config;
  readonly rooms?: RoomsPluginOptions;
  readonly limits?: Partial<SyncLimits>;
  /** When versions are taken and how many are kept; tests shorten the intervals. */
  readonly history?: HistoryPluginOptions;
  readonly brainstorm?: BrainstormPluginOptions;
  /** Members per role and board; the configuration's unless given. */
  readonly members?: MembersPluginOptions;
  /** Sign-in throttling's clock; tests move it on. */
  readonly accounts?: SessionRoutesOptions;
  /** How SSO retries discovery; tests shorten the wait. */
  readonly sso?: SsoClientOptions;
  /** The clock of invitations' and password resets' expiries and of reminders; tests move it on. */
  readonly clock?: () => number;
  /** Logger options; tests pass `false`. */
  readonly logger?: FastifyServerOptions['logger'];
  /** The trackers' poll clock; tests tick it themselves. */
  readonly trackerTicker?: Ticker;
}

export async function buildApp({
  config,
  rooms,
  limits,
  history,
  brainstorm,
  members,
  accounts,
  sso,
  clock,
  logger,
  trackerTicker,
}: AppOptions): Promise<FastifyInstance> {
  const merged = { ...DEFAULT_SYNC_LIMITS, ...config.limits, ...limits };
  // The message limit follows the update limit unless it is set on its own.
  const maxPayload = limits?.maxPayload ?? payloadFor(merged.maxUpdateBytes);
  const syncLimits: SyncLimits = { ...merged, maxPayload };
  const app = Fastify({
    bodyLimit: MAX_BODY,
    // Opening the store runs its migrations and the search index's catch-up plans: on a busy
    // machine or a large database that takes longer than Fastify's 10 s default, and a start
    // that is slow must not be a start that fails.
    pluginTimeout: 120_000,
    trustProxy: config.trustProxy,
    logger:
      logger === false
        ? false
        : {
            level: config.logLevel,
            // A test's own options (level, stream) keep the redaction below.
            ...(typeof logger === 'object' ? logger : {}),
            // The token query parameter of the sync endpoint, and a public link's token in its
            // path, never reach the logs.
            serializers: {
              req: (req: { method: string; url: string; ip?: string }) => ({
                method: req.method,
                url: redactToken(req.url),
                ip: req.ip,
              }),
            },
          },
  });
  const routeKeys: RouteKey[] = [];
  app.decorate('routeKeys', routeKeys);
  app.addHook('onRoute', ({ method, url }) => {
    for (const m of [method].flat()) if (m !== 'HEAD') routeKeys.push(`${m} ${url}`);
  });
  app.setErrorHandler(errorHandler);
  // The API speaks JSON only; anything else is a 415, not a string handed to a route.
  app.removeContentTypeParser('text/plain');

  await app.register(helmet, { contentSecurityPolicy: { directives: CONTENT_SECURITY_POLICY } });
  // Redis first when set: the rate limits count there, across the processes.
  await app.register(sharedPlugin, { redis: config.redis });
  await app.register(rateLimit, { global: false, ...app.shared.rateLimits });
  await app.register(websocket, { options: { maxPayload: syncLimits.maxPayload } });

  await app.register(storePlugin, {
    dataDir: config.dataDir,
    databaseUrl: config.databaseUrl,
    databasePoolSize: config.databasePoolSize,
    minFreeDiskBytes: config.minFreeDiskBytes,
    storeFaultFile: config.storeFaultFile,
  });
  await app.register(workspacePlugin, {
    dataDir: config.dataDir,
    databaseUrl: config.databaseUrl,
    publicUrl: config.publicUrl,
    mail: config.mail,
    now: clock,
  });
  await app.register(ssoPlugin, { settings: config.oidc, ...sso });
  await app.register(roomsPlugin, {
    leaseTtlMs: config.boardLeaseMs,
    leaseRenewMs: Math.round(config.boardLeaseMs / 3),
    ...rooms,
    limits: syncLimits,
    internalUrl: config.internalUrl,
  });
  await app.register(membersPlugin, { perRole: config.membersPerRole, ...members });
  await app.register(boardsPlugin);
  await app.register(workspaceAccessPlugin);
  await app.register(boardPhasePlugin);
  await app.register(brainstormPlugin, brainstorm ?? {});
  await app.register(ownershipPlugin);
  await app.register(statusGuardPlugin);
  await app.register(attendancePlugin);
  await app.register(historyPlugin, history ?? {});
  await app.register(searchIndexerPlugin, { delayMs: config.searchIndexDelayMs });
  await app.register(ledgerPlugin);
  await app.register(documentGuardsPlugin);
  await app.register(remindersPlugin, {
    ...config.reminders,
    publicUrl: config.publicUrl,
    clock,
  });
  await app.register(searchCatchUpPlugin);
  await app.register(trackersPlugin, {
    dataDir: config.dataDir,
    secretKey: config.trackerSecretKey,
    pollSeconds: config.trackerPollSeconds,
    ticker: trackerTicker,
  });

  await app.register(healthRoutes);
  await app.register(boardsRoutes, { publicUrl: config.publicUrl });
  await app.register(workspaceBoardsRoutes);
  await app.register(postmortemsRoutes);
  await app.register(actionsRoutes);
  await app.register(actionSettingsRoutes);
  await app.register(documentSettingsRoutes);
  await app.register(postmortemClosingRoutes);
  await app.register(trackersRoutes, { publicUrl: config.publicUrl });
  await app.register(remindersRoutes);
  await app.register(vocabularyRoutes);
  await app.register(exportRoutes);
  await app.register(membersRoutes);
  await app.register(tokensRoutes);
  await app.register(sessionRoutes, accounts ?? {});
  await app.register(accountRoutes);
  await app.register(oidcRoutes, { publicUrl: config.publicUrl });
  await app.register(setupRoutes);
  await app.register(invitationsRoutes, { publicUrl: config.publicUrl });
  await app.register(passwordResetRoutes, {
    publicUrl: config.publicUrl,
    allowedOrigins: config.allowedOrigins,
  });
  await app.register(peopleRoutes);
  await app.register(versionsRoutes);
  await app.register(publishedRoutes);
  await app.register(publicShareRoutes, { publicUrl: config.publicUrl });
  await app.register(postmortemImportRoutes);
  await app.register(timeRoutes);
  await app.register(syncRoutes, { limits: syncLimits, allowedOrigins: config.allowedOrigins });
  await app.register(clientRoutes, { staticDir: config.staticDir });
  return app;
}
