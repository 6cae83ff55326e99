/**
 * What the storage failure tests share: a server whose log lines the test reads, a
 * writer and a reader on a board, a store that fails its writes while a file exists, and
 * the check that edits pause and then land for everyone and survive a restart.
 */
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { expect, vi } from 'vitest';
import type * as Y from 'yjs';
import { addCard, CloseCode, newMemberKey, readCards } from '@hindsight/shared';
import { buildApp } from '../../src/app.ts';
import { loadConfig } from '../../src/config.ts';
import type { BrainstormPluginOptions } from '../../src/plugins/brainstorm.ts';
import type { HistoryPluginOptions } from '../../src/plugins/history.ts';
import type { RoomsPluginOptions } from '../../src/plugins/rooms.ts';
import {
  connect,
  createBoard,
  type StoreKind,
  synced,
  type TestClient,
  type TestContext,
  type TestStorage,
  WAIT_MS,
} from '../helpers.ts';

interface LogLine {
  readonly level: number;
  readonly msg: string;
}
const ERROR = 50;

export const texts = (doc: Y.Doc) => new Set(readCards(doc).map((c) => c.text));

/** Close codes the server sent a client. */
function closeCodes(client: TestClient): number[] {
  const codes: number[] = [];
  client.provider.on('connection-close', (event) => {
    if (event) codes.push(event.code);
  });
  return codes;
}

export async function readyz(server: { readonly url: string }) {
  const res = await fetch(`${server.url}/readyz`);
  return { status: res.status, body: (await res.json()) as { reason?: string } };
}

/** Storage whose store fails its writes while `faultFile` exists, and the env to start on it. */
export async function failingStorage(t: TestContext, kind: StoreKind = 'sqlite') {
  const storage: TestStorage = await t.storage(kind);
  const faultFile = join(storage.dataDir, 'fail-writes');
  const env = { ...storage.env, STORE_FAULT_FILE: faultFile, MIN_FREE_DISK_MB: '0' };
  return { storage, faultFile, env };
}

/** The helpers, bound to the test file's context (servers and clients closed after each test). */
export function storageTests(t: TestContext) {
  /** A server on `env` whose log lines the test reads. */
  async function start(
    env: Record<string, string>,
    rooms?: RoomsPluginOptions,
    plugins: { brainstorm?: BrainstormPluginOptions; history?: HistoryPluginOptions } = {},
  ) {
    const lines: LogLine[] = [];
    const stream = new Writable({
      write(chunk: Buffer, _encoding, done) {
        for (const line of chunk.toString().split('\n')) if (line) lines.push(JSON.parse(line));
        done();
      },
    });
    const config = loadConfig({
      PORT: '0',
      HOST: '127.0.0.1',
      STATIC_DIR: '/nonexistent',
      ...env,
    });
    const app = await buildApp({ config, rooms, ...plugins, logger: { level: 'debug', stream } });
    const url = await app.listen({ port: 0, host: '127.0.0.1' });
    const { token } = await app.workspace.tokens.create({ name: 'tests', scope: 'admin' });
    let stopped = false;
    const stop = async () => {
      if (!stopped) await app.close();
      stopped = true;
    };
    t.defer(stop);
    return {
      app,
      url,
      apiToken: token,
      stop,
      errors: () => lines.filter((l) => l.level >= ERROR),
      said: (text: string) => lines.filter((l) => l.msg.includes(text)),
    };
  }
  type Started = Awaited<ReturnType<typeof start>>;

  /** A writer and a reader on a new board, synced. */
  async function meeting(server: Started) {
    const board = await createBoard(server);
    const writer = t.client(server, board.id, board.tokens.participant);
    const reader = t.client(server, board.id, board.tokens.observer, newMemberKey());
    await Promise.all([synced(writer), synced(reader)]);
    return { board, writer, reader, writerCloses: closeCodes(writer) };
  }

  /**
   * The edits and what became of them: refused while the store cannot write (the writer is
   * told 4507 and nobody sees them), landed for the reader once it can, and all there after
   * a restart on the same storage.
   */
  async function pausedThenLanded(
    server: Started,
    { writer, reader, writerCloses, board }: Awaited<ReturnType<typeof meeting>>,
    repair: () => void | Promise<void>,
    restart: () => Promise<Started>,
  ) {
    addCard(writer.doc, { text: 'written while paused', column: 'went-wrong' });
    await vi.waitFor(() => expect(writerCloses).toContain(CloseCode.SavingPaused), {
      timeout: WAIT_MS,
    });
    // Refused before it was applied: nobody was shown it, the writer still has it.
    expect(texts(reader.doc).has('written while paused')).toBe(false);
    expect(texts(writer.doc).has('written while paused')).toBe(true);
    const room = await server.app.rooms.withRooms([board.id], ([r]) => texts(r!.doc));
    expect(room.has('written while paused')).toBe(false);

    await repair();
    await vi.waitFor(async () => expect((await readyz(server)).status).toBe(200), {
      timeout: WAIT_MS,
    });
    await vi.waitFor(() => expect(texts(reader.doc).has('written while paused')).toBe(true), {
      timeout: WAIT_MS,
    });
    const written = [...texts(writer.doc)];
    const seen = [...texts(reader.doc)];
    expect(server.said('storage: writes work again')).toHaveLength(1);

    await server.stop();
    const again = await restart();
    const fresh = connect(again, board.id, board.tokens.observer);
    t.defer(fresh.destroy);
    await synced(fresh);
    const restored = texts(fresh.doc);
    expect(seen.filter((text) => !restored.has(text))).toEqual([]);
    expect(written.filter((text) => !restored.has(text))).toEqual([]);
    return { seen: seen.length, restored: restored.size, pauses: writerCloses.length };
  }
  return { start, meeting, pausedThenLanded };
}
