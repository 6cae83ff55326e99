/**
 * The callers the route authorisation table tries every route with, the world they act
 * in, and the status shorthands the table's rows use.
 */
import type { InjectOptions } from 'fastify';
import WebSocket from 'ws';
import type { CreateBoardResponse } from '@hindsight/shared';
import { hashToken } from '../../src/auth/tokens.ts';
import { createBoard, type TestServer } from '../helpers.ts';
import { signedIn } from '../people.ts';

/** The kinds of caller every route is tried with. */
export const CALLERS = [
  'anonymous',
  /** A guest holding the board's participant link, no account. */
  'guest',
  'tokenRead',
  'tokenWrite',
  'tokenAdmin',
  'tokenExpired',
  'tokenRevoked',
  /** Signed-in people, by workspace role, with their session cookie and CSRF token. */
  'viewer',
  'member',
  'admin',
  /** A person deactivated after signing in: their session is refused. */
  'deactivated',
] as const;
export type Caller = (typeof CALLERS)[number];

export interface World {
  readonly server: TestServer;
  readonly board: CreateBoardResponse;
  /** The secret each caller presents, if any. */
  readonly secrets: Record<Caller, string | undefined>;
  /** The session headers (cookie, CSRF token) of the callers who are people. */
  readonly sessions: Partial<Record<Caller, Record<string, string>>>;
}

export interface Row {
  /** The request, for a caller whose credentials are in `headers`. */
  request(world: World): Promise<InjectOptions> | InjectOptions;
  /** The status each caller gets. */
  readonly expect: Record<Caller, number>;
}

export function mapCallers(status: number): Record<Caller, number> {
  return Object.fromEntries(CALLERS.map((c) => [c, status])) as Record<Caller, number>;
}

/** Statuses for a route every caller may use. */
export const OPEN = mapCallers(200);

/** A route only the holder of a board link may use: guests pass, workspace tokens do not. */
export const BOARD_LINK = { ...mapCallers(401), guest: 200 };

/** A route only the facilitator's link may use: a participant's is refused, tokens unknown. */
export const FACILITATOR_ONLY = { ...mapCallers(401), guest: 403 };

/**
 * Refused credentials (expired, revoked, a deactivated person's session) answer 401 like
 * no credentials at all. A person of a role may what a token of the matching scope may.
 */
export const workspace = (read: number, write: number, admin: number): Record<Caller, number> => ({
  anonymous: 401,
  guest: 401,
  tokenRead: read,
  tokenWrite: write,
  tokenAdmin: admin,
  tokenExpired: 401,
  tokenRevoked: 401,
  viewer: read,
  member: write,
  admin,
  deactivated: 401,
});

/** A person's own account: any signed-in person, never a token. */
export const OWN_ACCOUNT = (status: number): Record<Caller, number> => ({
  ...workspace(403, 403, 403),
  viewer: status,
  member: status,
  admin: status,
});

const json = { 'content-type': 'application/json' };

let emails = 0;

/** An email address no other row has used. */
export const nextEmail = (prefix: string) => `${prefix}-${++emails}@example.com`;

/** A board, and every kind of caller's credentials on one server. */
export async function world(server: TestServer): Promise<World> {
  const board = await createBoard(server);
  const tokens = server.app.workspace.tokens;
  const make = async (scope: 'read' | 'write' | 'admin') =>
    (await tokens.create({ name: scope, scope })).token;
  const revoked = await tokens.create({ name: 'revoked', scope: 'admin' });
  await tokens.revoke(revoked.info.id);
  const expired = 'hst_expired-token-for-the-authorisation-table';
  await server.app.workspace.store.createApiToken({
    id: 'expired',
    name: 'expired',
    scope: 'admin',
    hash: hashToken(expired),
    createdAt: Date.now() - 2000,
    expiresAt: Date.now() - 1000,
    lastUsedAt: null,
    revokedAt: null,
  });
  const person = async (role: 'viewer' | 'member' | 'admin') =>
    (await signedIn(server.app, role)).headers;
  const deactivated = await signedIn(server.app, 'admin');
  await server.app.workspace.people.deactivate(deactivated.person.id);
  return {
    server,
    board,
    sessions: {
      viewer: await person('viewer'),
      member: await person('member'),
      admin: await person('admin'),
      deactivated: deactivated.headers,
    },
    secrets: {
      anonymous: undefined,
      guest: board.tokens.participant,
      tokenRead: await make('read'),
      tokenWrite: await make('write'),
      tokenAdmin: await make('admin'),
      tokenExpired: expired,
      tokenRevoked: revoked.token,
      viewer: undefined,
      member: undefined,
      admin: undefined,
      deactivated: undefined,
    },
  };
}

/** Opens the board's socket with the caller's secret: 101 when it opens, else the close code. */
export function socketOutcome(
  { server, board }: World,
  secret: string | undefined,
): Promise<number> {
  const query = secret ? `?token=${encodeURIComponent(secret)}` : '';
  return new Promise((resolve) => {
    const ws = new WebSocket(`${server.url.replace(/^http/, 'ws')}/sync/${board.id}${query}`);
    // The server checks the token after the upgrade: a refused socket is closed at once,
    // an accepted one receives the first sync step.
    ws.on('message', () => {
      ws.close();
      resolve(101);
    });
    ws.on('close', (code) => resolve(code));
    ws.on('unexpected-response', (_req, res) => resolve(res.statusCode ?? 0));
    ws.on('error', () => undefined);
  });
}

/** A request with a JSON body. */
export const withJson = (url: string, body: unknown, method = 'POST'): InjectOptions => ({
  method: method as InjectOptions['method'],
  url,
  headers: json,
  payload: JSON.stringify(body),
});
