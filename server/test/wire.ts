/**
 * The y-websocket protocol by hand, for tests that speak it as an attacker would: message
 * encoders written from y-protocols (not the server's own encoders), and a raw socket that
 * records every byte it receives and the code it is closed with.
 */
import WebSocket from 'ws';
import * as Y from 'yjs';
import * as encoding from 'lib0/encoding';
import * as syncProtocol from 'y-protocols/sync';
import { WAIT_MS } from './helpers.ts';

const MESSAGE_SYNC = 0;
const MESSAGE_AWARENESS = 1;

function message(type: number, write: (encoder: encoding.Encoder) => void): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, type);
  write(encoder);
  return encoding.toUint8Array(encoder);
}

/** Messages as a y-websocket client sends them. */
export const wire = {
  /** Sync step 1: "this is what I have" (the empty state vector by default). */
  step1: (stateVector: Uint8Array = Uint8Array.of(0)) =>
    message(MESSAGE_SYNC, (e) => {
      encoding.writeVarUint(e, syncProtocol.messageYjsSyncStep1);
      encoding.writeVarUint8Array(e, stateVector);
    }),
  /** Sync step 2: the answer to the server's step 1, carrying content. */
  step2: (update: Uint8Array) =>
    message(MESSAGE_SYNC, (e) => {
      encoding.writeVarUint(e, syncProtocol.messageYjsSyncStep2);
      encoding.writeVarUint8Array(e, update);
    }),
  /** A document update sent after the handshake. */
  update: (update: Uint8Array) => message(MESSAGE_SYNC, (e) => syncProtocol.writeUpdate(e, update)),
  /** An awareness update for one client id, with any clock and JSON state. */
  awareness: (clientId: number, clock: number, state: unknown) =>
    message(MESSAGE_AWARENESS, (e) => {
      const inner = encoding.createEncoder();
      encoding.writeVarUint(inner, 1);
      encoding.writeVarUint(inner, clientId);
      encoding.writeVarUint(inner, clock);
      encoding.writeVarString(inner, JSON.stringify(state));
      encoding.writeVarUint8Array(e, encoding.toUint8Array(inner));
    }),
};

/**
 * A Yjs update from a client of its own that writes `text` into a map no layout uses: the
 * text shows verbatim in every message and snapshot that carries the update.
 */
export function updateCarrying(text: string): Uint8Array {
  const doc = new Y.Doc();
  doc.getMap('probe').set(text, text); // eslint-disable-line no-restricted-syntax -- payload only
  const update = Y.encodeStateAsUpdate(doc);
  doc.destroy();
  return update;
}

const utf8 = new TextEncoder();

function contains(haystack: Uint8Array, needle: Uint8Array): boolean {
  outer: for (let i = 0; i + needle.length <= haystack.length; i++) {
    for (let j = 0; j < needle.length; j++) if (haystack[i + j] !== needle[j]) continue outer;
    return true;
  }
  return false;
}

/** True when the first varints of `frame` are `prefix` (each below 128, so one byte each). */
const startsWith = (frame: Uint8Array, ...prefix: number[]) =>
  prefix.every((byte, i) => frame[i] === byte);

/** A raw sync socket that keeps every frame it is sent. */
export class WireClient {
  readonly frames: Uint8Array[] = [];
  /** The close code, once closed. */
  code: number | null = null;
  readonly opened: Promise<void>;
  readonly closed: Promise<number>;
  private readonly socket: WebSocket;
  private readonly waiters = new Set<() => void>();

  constructor(url: string) {
    this.socket = new WebSocket(url);
    this.socket.binaryType = 'nodebuffer';
    this.socket.on('error', () => undefined);
    this.opened = new Promise((resolve) => this.socket.once('open', () => resolve()));
    this.closed = new Promise((resolve) =>
      this.socket.once('close', (code) => {
        this.code = code;
        resolve(code);
        this.notify();
      }),
    );
    this.socket.on('message', (data: Buffer) => {
      this.frames.push(new Uint8Array(data));
      this.notify();
    });
  }

  send(...messages: Uint8Array[]): void {
    for (const m of messages) this.socket.send(m);
  }

  /** True when some frame received so far holds `text` (UTF-8). */
  received(text: string): boolean {
    const needle = utf8.encode(text);
    return this.frames.some((f) => contains(f, needle));
  }

  /** Resolves once a received frame satisfies `test` (or rejects after the guard). */
  until(test: (frames: readonly Uint8Array[]) => boolean, what: string): Promise<void> {
    return new Promise((resolve, reject) => {
      const check = () => {
        if (test(this.frames)) {
          done();
          resolve();
        } else if (this.code !== null) {
          done();
          reject(new Error(`closed with ${this.code} before ${what}`));
        }
      };
      const timer = setTimeout(() => {
        done();
        reject(new Error(`no ${what} in time`));
      }, WAIT_MS);
      const done = () => {
        clearTimeout(timer);
        this.waiters.delete(check);
      };
      this.waiters.add(check);
      check();
    });
  }

  /** Resolves once the server has joined this socket to its room (its step 1 came). */
  joined(): Promise<void> {
    return this.until((fs) => fs.some((f) => startsWith(f, MESSAGE_SYNC, 0)), 'sync step 1');
  }

  /** Resolves once a frame holding `text` has come. */
  receives(text: string): Promise<void> {
    return this.until(() => this.received(text), `"${text}"`);
  }

  /**
   * Sends a step 1 and waits for the server's step 2 in reply: the server reads a socket's
   * messages in order, so everything sent before has been handled by then.
   */
  async roundTrip(): Promise<void> {
    const before = this.frames.length;
    this.send(wire.step1());
    await this.until(
      (fs) => fs.slice(before).some((f) => startsWith(f, MESSAGE_SYNC, 1)),
      'sync step 2 in reply',
    );
  }

  terminate(): void {
    this.socket.terminate();
  }

  private notify(): void {
    for (const check of [...this.waiters]) check();
  }
}

/** The sync URL of a room for a token (and a member key for a private doc). */
export function syncUrl(serverUrl: string, room: string, token: string, member?: string): string {
  const query = new URLSearchParams(member ? { token, member } : { token });
  return `${serverUrl.replace(/^http/, 'ws')}/sync/${room}?${query.toString()}`;
}
