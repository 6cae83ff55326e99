/**
 * Integration test helpers: a real server on port 0 with a temporary DATA_DIR, and real
 * y-websocket clients running in Node.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance, FastifyServerOptions } from 'fastify';
import WebSocket from 'ws';
import * as Y from 'yjs';
import { WebsocketProvider } from 'y-websocket';
import {
  memberIdOf,
  newMemberKey,
  privateRoomName,
  setMemberName,
  type CreateBoardResponse,
} from '@hindsight/shared';
import { afterEach, inject } from 'vitest';
import { buildApp } from '../src/app.ts';
import { loadConfig } from '../src/config.ts';
import { openWorkspaceStore } from '../src/storage/openWorkspaceStore.ts';
import { apiTokens } from '../src/workspace/apiTokens.ts';
import type { BrainstormPluginOptions } from '../src/plugins/brainstorm.ts';
import type { HistoryPluginOptions } from '../src/plugins/history.ts';
import type { MembersPluginOptions } from '../src/plugins/members.ts';
import type { VersionStore } from '../src/storage/versionStore.ts';
import type { RoomsPluginOptions } from '../src/plugins/rooms.ts';
import { openPostgresStore } from '../src/storage/postgresStore.ts';
import { openSqliteStore } from '../src/storage/sqliteStore.ts';
import type { Store } from '../src/storage/store.ts';
import type { WorkspaceStore } from '../src/storage/workspaceStore.ts';
import type { SyncLimits } from '../src/sync/limits.ts';
import type { SessionRoutesOptions } from '../src/routes/session.ts';
import type { SsoClientOptions } from '../src/workspace/oidc/client.ts';
import type { Ticker } from '../src/trackers/plugin.ts';
import { createSchema } from './postgres.ts';

export type StoreKind = 'sqlite' | 'postgres';
export const STORE_KINDS: readonly StoreKind[] = ['sqlite', 'postgres'];
/** The store of test servers unless a test names one (vitest.postgres.config.ts sets it). */
export const TEST_STORE: StoreKind = process.env.TEST_STORE === 'postgres' ? 'postgres' : 'sqlite';

/** Where a test server keeps its data: a DATA_DIR, and on Postgres a schema of its own. */
export interface TestStorage {
  readonly kind: StoreKind;
  readonly dataDir: string;
  readonly databaseUrl: string | undefined;
  /** The environment that points a server (or its child process) at this storage. */
  readonly env: Record<string, string>;
  /** Opens the store as a server would, e.g. to read what a killed server had stored. */
  open(): Promise<Store & VersionStore>;
  /** Opens the workspace store as a server would. */
  openWorkspace(): Promise<WorkspaceStore>;
  /** Removes the data directory (the run's database is dropped at the end of the run). */
  remove(): void;
}

/**
 * How long a test waits for something that should happen at once (a sync, a close)
 * before it fails: a guard, sized for a busy two-core machine, never an outcome.
 */
export const WAIT_MS = 30_000;

export interface TestServer {
  readonly app: FastifyInstance;
  readonly url: string;
  readonly dataDir: string;
  /** An admin-scope API token of the server's workspace, for the REST calls tests make. */
  readonly apiToken: string;
  /** Where it stores: start another server on it to restart this one. */
  readonly storage: TestStorage;
  /** Stops the server the way SIGTERM does (rooms stored, store closed). */
  stop(): Promise<void>;
}

export function tempDataDir(): { path: string; remove(): void } {
  const path = mkdtempSync(join(tmpdir(), 'hindsight-test-'));
  return { path, remove: () => rmSync(path, { recursive: true, force: true }) };
}

/** SQLite in `dataDir`. */
export function sqliteStorage(dataDir: string): TestStorage {
  return {
    kind: 'sqlite',
    dataDir,
    databaseUrl: undefined,
    env: { DATA_DIR: dataDir },
    open: async () => openSqliteStore(dataDir),
    openWorkspace: () => openWorkspaceStore({ dataDir }),
    remove: () => rmSync(dataDir, { recursive: true, force: true }),
  };
}

/** Fresh, empty storage of that kind. */
export async function tempStorage(kind: StoreKind = TEST_STORE): Promise<TestStorage> {
  const dir = tempDataDir();
  if (kind === 'sqlite') return sqliteStorage(dir.path);
  const databaseUrl = await createSchema(inject('postgresUrl'));
  return {
    kind,
    dataDir: dir.path,
    databaseUrl,
    env: { DATA_DIR: dir.path, DATABASE_URL: databaseUrl },
    open: () => openPostgresStore(databaseUrl, { poolSize: 2 }),
    openWorkspace: () => openWorkspaceStore({ dataDir: dir.path, databaseUrl }),
    remove: dir.remove,
  };
}

/** A server on `storage` (a path is SQLite in that DATA_DIR). */
export async function startServer(
  storage: string | TestStorage,
  rooms?: RoomsPluginOptions,
  limits?: Partial<SyncLimits>,
  port = 0,
  history?: HistoryPluginOptions,
  brainstorm?: BrainstormPluginOptions,
  logger: FastifyServerOptions['logger'] = false,
  members?: MembersPluginOptions,
  accounts?: SessionRoutesOptions,
  extra: {
    env?: Record<string, string>;
    sso?: SsoClientOptions;
    clock?: () => number;
    trackerTicker?: Ticker;
  } = {},
): Promise<TestServer> {
  const where = typeof storage === 'string' ? sqliteStorage(storage) : storage;
  const config = loadConfig({
    PORT: '0',
    HOST: '127.0.0.1',
    ...where.env,
    STATIC_DIR: join(where.dataDir, 'no-client'),
    ...extra.env,
  });
  const app = await buildApp({
    config,
    rooms,
    limits,
    history,
    brainstorm,
    members,
    accounts,
    sso: extra.sso,
    clock: extra.clock,
    logger,
    trackerTicker: extra.trackerTicker,
  });
  const url = await app.listen({ port, host: '127.0.0.1' });
  const { token } = await app.workspace.tokens.create({ name: 'tests', scope: 'admin' });
  rememberApiToken(url, token);
  return {
    app,
    url,
    dataDir: where.dataDir,
    storage: where,
    apiToken: token,
    stop: () => app.close(),
  };
}

/** API tokens of servers known only by their URL (child processes), by URL. */
const tokensByUrl = new Map<string, string>();

/** Lets {@link createBoard} create boards on a server known only by its URL. */
export function rememberApiToken(url: string, token: string): void {
  tokensByUrl.set(url, token);
}

/**
 * Makes an admin-scope API token in a data directory, as `hindsight token create` does;
 * for servers started as child processes.
 */
export async function mintApiToken(dataDir: string, databaseUrl?: string): Promise<string> {
  const store = await openWorkspaceStore({ dataDir, databaseUrl });
  try {
    return (await apiTokens(store).create({ name: 'tests', scope: 'admin' })).token;
  } finally {
    await store.close();
  }
}

/** `POST /api/boards` as a workspace member would (with the server's API token). */
export async function createBoard(
  server: Pick<TestServer, 'url'> & Partial<Pick<TestServer, 'apiToken'>>,
  title = 'Checkout 5xx',
): Promise<CreateBoardResponse> {
  const token = server.apiToken ?? tokensByUrl.get(server.url);
  if (!token) throw new Error(`no API token known for ${server.url}`);
  const res = await fetch(`${server.url}/api/boards`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ title }),
  });
  if (res.status !== 201) throw new Error(`create board: ${res.status} ${await res.text()}`);
  return (await res.json()) as CreateBoardResponse;
}

export interface TestClient {
  readonly doc: Y.Doc;
  readonly provider: WebsocketProvider;
  destroy(): void;
}

/** A y-websocket client as the browser runs it, in Node; `member` opens a private doc. */
export function connect(
  server: Pick<TestServer, 'url'>,
  room: string,
  token: string,
  member?: string,
): TestClient {
  const doc = new Y.Doc();
  const provider = new WebsocketProvider(`${server.url.replace(/^http/, 'ws')}/sync`, room, doc, {
    params: member ? { token, member } : { token },
    WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
    disableBc: true,
  });
  return {
    doc,
    provider,
    destroy: () => {
      provider.destroy();
      doc.destroy();
    },
  };
}

export function synced(client: TestClient, timeoutMs = WAIT_MS): Promise<void> {
  if (client.provider.synced) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('not synced in time')), timeoutMs);
    client.provider.once('sync', () => {
      clearTimeout(timer);
      resolve();
    });
  });
}

/**
 * Opens a raw websocket and resolves with the close code the server sends.
 * Rejects if the server keeps it open past the timeout.
 */
export function closeCodeOf(
  url: string,
  timeoutMs = WAIT_MS,
  send?: (Uint8Array | string)[],
  headers?: Record<string, string>,
): Promise<number> {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(url, { headers });
    ws.on('unexpected-response', (_req, res) => {
      clearTimeout(timer);
      resolve(res.statusCode ?? 0);
    });
    const timer = setTimeout(() => {
      ws.terminate();
      reject(new Error('the server kept the connection open'));
    }, timeoutMs);
    ws.on('open', () => send?.forEach((m) => ws.send(m)));
    ws.on('close', (code) => {
      clearTimeout(timer);
      resolve(code);
    });
    ws.on('error', () => undefined);
  });
}

/** A TCP port that was free a moment ago, for a server that must restart on the same one. */
export async function freePort(): Promise<number> {
  const { createServer } = await import('node:net');
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const address = srv.address();
      srv.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

export interface TestContext {
  /** Runs each function after the current test, last registered first. */
  defer(...fns: (() => unknown)[]): void;
  /** Fresh storage of that kind (the run's default), removed after the test. */
  storage(kind?: StoreKind): Promise<TestStorage>;
  /** A real server on fresh storage (or the one given), stopped and removed after the test. */
  server(options?: {
    rooms?: RoomsPluginOptions;
    brainstorm?: BrainstormPluginOptions;
    limits?: Partial<SyncLimits>;
    port?: number;
    dataDir?: string;
    storage?: TestStorage;
    history?: HistoryPluginOptions;
    /** Fastify's logger options; none by default. */
    logger?: FastifyServerOptions['logger'];
    members?: MembersPluginOptions;
    /** Sign-in throttling's clock. */
    accounts?: SessionRoutesOptions;
    /** More configuration, as the environment gives it (e.g. the OIDC_* settings). */
    env?: Record<string, string>;
    /** How SSO retries discovery. */
    sso?: SsoClientOptions;
    /** The clock of invitations' and password resets' expiries. */
    clock?: () => number;
    /** The trackers' poll clock (test/support/trackerStandIn.ts has a manual one). */
    trackerTicker?: Ticker;
  }): Promise<TestServer>;
  /** A client destroyed after the test. */
  client(server: Pick<TestServer, 'url'>, room: string, token: string, member?: string): TestClient;
  /** A participant's private doc, synced, with their display name in it. */
  member(
    server: Pick<TestServer, 'url'>,
    board: CreateBoardResponse,
    name: string,
  ): Promise<TestClient>;
}

/** Per-file test context: call once at the top of a test file. */
export function testContext(): TestContext {
  const cleanups: (() => unknown)[] = [];
  afterEach(async () => {
    for (const fn of cleanups.splice(0).reverse()) await fn();
  });
  const context: TestContext = {
    defer: (...fns) => void cleanups.push(...fns),
    async storage(kind) {
      const storage = await tempStorage(kind);
      cleanups.push(storage.remove);
      return storage;
    },
    async server({
      rooms,
      limits,
      port,
      dataDir,
      storage,
      history,
      brainstorm,
      logger,
      members,
      accounts,
      env,
      sso,
      clock,
      trackerTicker,
    } = {}) {
      const where = storage ?? (dataDir ? sqliteStorage(dataDir) : await context.storage());
      const server = await startServer(
        where,
        rooms,
        limits,
        port,
        history,
        brainstorm,
        logger,
        members,
        accounts,
        { env, sso, clock, trackerTicker },
      );
      cleanups.push(() => server.stop());
      return server;
    },
    client(server, room, token, member) {
      const client = connect(server, room, token, member);
      cleanups.push(client.destroy);
      return client;
    },
    async member(server, board, name) {
      const key = newMemberKey();
      const client = context.client(
        server,
        privateRoomName(board.id, memberIdOf(key)),
        board.tokens.participant,
        key,
      );
      await synced(client);
      setMemberName(client.doc, name);
      return client;
    },
  };
  return context;
}
