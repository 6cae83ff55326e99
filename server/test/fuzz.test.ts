/**
 * Fuzz: thousands of random and mutated frames against the sync endpoint (seeded,
 * reproducible with FUZZ_SEED) while two well-behaved clients keep editing. The server
 * must stay up, the good clients must converge, and the room must still load.
 */
import { describe, expect, it, vi } from 'vitest';
import WebSocket from 'ws';
import * as Y from 'yjs';
import * as encoding from 'lib0/encoding';
import * as syncProtocol from 'y-protocols/sync';
import { addCard, editCard, isFatalClose, readCards } from '@hindsight/shared';
import { prng } from '@hindsight/shared/hostile';
import {
  connect,
  createBoard,
  synced,
  tempDataDir,
  type TestServer,
  testContext,
  WAIT_MS,
} from './helpers.ts';

import { spawnServer } from './process.ts';

const SEED = Number(process.env.FUZZ_SEED ?? 20261121);
const FRAMES = Number(process.env.FUZZ_FRAMES ?? 4000);

/** Valid protocol messages to mutate: a step 1, an update, an awareness-shaped frame. */
function corpus(): Uint8Array[] {
  const doc = new Y.Doc();
  addCard(doc, { text: 'a card to mutate', column: 'went-wrong' });
  const step1 = encoding.createEncoder();
  encoding.writeVarUint(step1, 0);
  syncProtocol.writeSyncStep1(step1, doc);
  const update = encoding.createEncoder();
  encoding.writeVarUint(update, 0);
  syncProtocol.writeUpdate(update, Y.encodeStateAsUpdate(doc));
  const awareness = encoding.createEncoder();
  encoding.writeVarUint(awareness, 1);
  encoding.writeVarUint8Array(awareness, new Uint8Array([1, 5, 1, 2, 123, 125]));
  return [step1, update, awareness].map((e) => encoding.toUint8Array(e));
}

function frame(random: () => number, seeds: Uint8Array[]): Uint8Array | string {
  const pick = random();
  const int = (n: number) => Math.floor(random() * n);
  if (pick < 0.2) return Uint8Array.from({ length: int(64) }, () => int(256));
  if (pick < 0.25) return 'not binary';
  if (pick < 0.3)
    return new Uint8Array([int(8), 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x7f]);
  const base = seeds[int(seeds.length)]!;
  const bytes = Uint8Array.from(base);
  if (pick < 0.55) {
    for (let i = 0; i < 1 + int(4); i++) bytes[int(bytes.length)] = int(256);
    return bytes;
  }
  if (pick < 0.8) return bytes.subarray(0, int(bytes.length));
  const extended = new Uint8Array(bytes.length + 1 + int(32));
  extended.set(bytes);
  for (let i = bytes.length; i < extended.length; i++) extended[i] = int(256);
  return extended;
}

const t = testContext();

describe('fuzz', () => {
  it(`survives ${FRAMES} random and mutated frames (seed ${SEED}) while good clients converge`, async () => {
    const dir = tempDataDir();
    t.defer(dir.remove);
    const proc = await spawnServer({ DATA_DIR: dir.path });
    t.defer(() => proc.child.kill('SIGKILL'));
    const server = { url: proc.url } as TestServer;
    const board = await createBoard(server);
    const a = connect(server, board.id, board.tokens.participant);
    const b = connect(server, board.id, board.tokens.facilitator);
    t.defer(a.destroy, b.destroy);
    // Like the app's pages, the good clients reconnect after any close that is not fatal:
    // on a starved machine the server may cut them as slow readers (4413) or for a burst
    // of queued edits (4429), and y-websocket alone would then stop for good.
    const closes: number[] = [];
    for (const client of [a, b]) {
      client.provider.shouldReconnect = (event) => !isFatalClose(event.code);
      client.provider.on('connection-close', (event) => closes.push(event?.code ?? 0));
    }
    await Promise.all([synced(a), synced(b)]);

    let edits = 0;
    const editing = setInterval(() => {
      const writer = edits % 2 === 0 ? a : b;
      const id = addCard(writer.doc, { text: `good card ${edits}`, column: 'went-well' });
      if (edits % 3 === 0) editCard(writer.doc, id, `good card ${edits} (edited)`);
      edits++;
    }, 5);
    t.defer(() => clearInterval(editing));

    const random = prng(SEED);
    const seeds = corpus();
    const tokens = [board.tokens.participant, board.tokens.observer, board.tokens.facilitator];
    const url = () =>
      `${proc.url.replace(/^http/, 'ws')}/sync/${board.id}?token=${tokens[Math.floor(random() * 3)]}`;
    let sent = 0;
    let connections = 0;
    // Four attackers at a time; each sends frames until the server closes it, until all
    // the frames are sent: the run is bounded by frames, however long a busy machine takes.
    await Promise.all(
      Array.from({ length: 4 }, async () => {
        while (sent < FRAMES) {
          connections++;
          const ws = new WebSocket(url());
          await new Promise<void>((resolve) => {
            ws.on('error', () => resolve());
            ws.on('close', () => resolve());
            ws.on('open', () => {
              const burst = 1 + Math.floor(random() * 20);
              for (let i = 0; i < burst && sent < FRAMES; i++, sent++)
                ws.send(frame(random, seeds));
              setTimeout(() => ws.terminate(), 20);
            });
          });
        }
      }),
    );
    clearInterval(editing);
    expect(sent).toBe(FRAMES);
    expect(proc.child.exitCode).toBeNull();

    const health = await fetch(`${proc.url}/healthz`);
    expect(health.status).toBe(200);
    await vi.waitFor(
      () =>
        expect(readCards(a.doc), `good clients closed with ${closes}`).toEqual(readCards(b.doc)),
      { timeout: WAIT_MS },
    );
    expect(readCards(a.doc).filter((c) => c.text.startsWith('good card')).length).toBe(edits);

    const late = connect(server, board.id, board.tokens.observer);
    t.defer(late.destroy);
    await synced(late);
    await vi.waitFor(() => expect(readCards(late.doc)).toEqual(readCards(a.doc)));
    expect(connections).toBeGreaterThan(10);
  }, 300_000);
});
