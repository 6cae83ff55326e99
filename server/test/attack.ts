/**
 * What a hostile guest sends, at the protocol level: raw websockets and hand-made
 * y-websocket messages, with seeded content so that every run sends the same bytes.
 * Shared by the attack tests (abuse.test.ts) and the bench's "stalls" scenario.
 */
import WebSocket from 'ws';
import * as Y from 'yjs';
import * as encoding from 'lib0/encoding';

export { prng } from '@hindsight/shared/hostile';

/** `length` seeded letters: text that compresses and encodes like card text. */
export function seededText(random: () => number, length: number): string {
  const letters = 'abcdefghijklmnopqrstuvwxyz     ';
  let text = '';
  for (let i = 0; i < length; i++) text += letters[Math.floor(random() * letters.length)];
  return text;
}

/**
 * Sync update messages that together write about `bytes` of text into a doc, in
 * updates of `chunk` bytes, each from a client id of its own (as many writers would).
 */
export function textUpdates(random: () => number, bytes: number, chunk: number): Uint8Array[] {
  const messages: Uint8Array[] = [];
  for (let written = 0; written < bytes; written += chunk) {
    const doc = new Y.Doc();
    // eslint-disable-next-line no-restricted-syntax -- raw payload, not the board's layout
    doc.getText('filler').insert(0, seededText(random, Math.min(chunk, bytes - written)));
    messages.push(updateMessage(Y.encodeStateAsUpdate(doc)));
    doc.destroy();
  }
  return messages;
}

/** A sync update message (type 0, step 2 "update") carrying `update`. */
export function updateMessage(update: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, 0);
  encoding.writeVarUint(encoder, 2);
  encoding.writeVarUint8Array(encoder, update);
  return encoding.toUint8Array(encoder);
}

/**
 * A sync request (step 1) whose state vector names a client the doc has never seen: it
 * is not the empty vector, so a server that caches only for empty ones encodes anew.
 */
export function syncRequest(clientId: number): Uint8Array {
  const sv = encoding.createEncoder();
  encoding.writeVarUint(sv, 1);
  encoding.writeVarUint(sv, clientId);
  encoding.writeVarUint(sv, 0);
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, 0);
  encoding.writeVarUint(encoder, 0);
  encoding.writeVarUint8Array(encoder, encoding.toUint8Array(sv));
  return encoding.toUint8Array(encoder);
}

/** An awareness message: one entry per client id, each with `state` as its JSON. */
export function presenceMessage(
  clientIds: readonly number[],
  state: string,
  clock = 1,
): Uint8Array {
  const inner = encoding.createEncoder();
  encoding.writeVarUint(inner, clientIds.length);
  for (const id of clientIds) {
    encoding.writeVarUint(inner, id);
    encoding.writeVarUint(inner, clock);
    encoding.writeVarString(inner, state);
  }
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, 1);
  encoding.writeVarUint8Array(encoder, encoding.toUint8Array(inner));
  return encoding.toUint8Array(encoder);
}

/** A presence query (type 3): the server answers with every state of the room. */
export const PRESENCE_QUERY = Uint8Array.of(3);

/** A raw socket on a room, open, counting what it receives, with its close code. */
export interface RawSocket {
  readonly ws: WebSocket;
  /** Messages and bytes received so far. */
  readonly received: { messages: number; bytes: number };
  /** Resolves with the close code. */
  readonly closed: Promise<number>;
}

export async function openRaw(url: string): Promise<RawSocket> {
  const ws = new WebSocket(url);
  const received = { messages: 0, bytes: 0 };
  ws.on('message', (data: Buffer) => {
    received.messages++;
    received.bytes += data.length;
  });
  ws.on('error', () => undefined);
  const closed = new Promise<number>((resolve) => ws.on('close', (code) => resolve(code)));
  await new Promise<void>((resolve, reject) => {
    ws.once('open', () => resolve());
    ws.once('close', (code) => reject(new Error(`closed with ${code} before it opened`)));
  });
  return { ws, received, closed };
}
