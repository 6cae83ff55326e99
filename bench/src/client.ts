/**
 * A simulated y-websocket client: a raw `ws` socket speaking the protocol with
 * y-protocols' encoding, light enough that 500 of them fit beside a server on 2 cores.
 *
 * It does the real handshake: sends sync step 1 on open, answers the server's step 1
 * with a step 2, and counts as synced when the server's step 2 arrives. Every update it
 * receives is decoded (`Y.parseUpdateMeta` reads every struct); in `apply` mode it is
 * also applied to the client's own Y.Doc. The join storm may keep the step 2 bytes and
 * check them after the storm, so that checking does not delay the arrival times.
 *
 * A Hocuspocus room (one with a document name) speaks its protocol, y-websocket's with an
 * envelope: every message starts with the document's name, the client authenticates
 * first (an empty token: the bench's Hocuspocus has no onAuthenticate hook), and the
 * server's answer to a step 1 may come as a SyncReply.
 */
import WebSocket, { type RawData } from 'ws';
import * as Y from 'yjs';
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import * as syncProtocol from 'y-protocols/sync';
import type { Room } from './servers.ts';

export type Mode = 'decode' | 'apply';

/** Message type of y-websocket sync messages; steps are syncProtocol's. */
const SYNC = 0;
/** Hocuspocus' message types beside SYNC: authentication, and a sync answer. */
const AUTH = 2;
const AUTH_TOKEN = 0;
const SYNC_REPLY = 4;
const CLOSE_TIMEOUT_MS = 2000;

export interface SimClientOptions {
  readonly mode: Mode;
  /** Called for each update received after sync, with the update's end clock per client. */
  readonly onUpdate?: (clockOf: (client: number) => number, at: number) => void;
  /** Keep the first step 2 undecoded in {@link SimClient.step2}, to check it later. */
  readonly deferStep2?: boolean;
}

function syncMessage(step: number, payload: Uint8Array, document?: string): Uint8Array {
  const encoder = encoding.createEncoder();
  if (document !== undefined) encoding.writeVarString(encoder, document);
  encoding.writeVarUint(encoder, SYNC);
  encoding.writeVarUint(encoder, step);
  encoding.writeVarUint8Array(encoder, payload);
  return encoding.toUint8Array(encoder);
}

/** The state vector and the update of a client that holds nothing. */
const EMPTY_STATE_VECTOR = Uint8Array.of(0);
const EMPTY_UPDATE = Uint8Array.of(0, 0);

export class SimClient {
  readonly ws: WebSocket;
  readonly doc: Y.Doc | null;
  /** Resolves with performance.now() when the socket is open (the upgrade answered). */
  readonly opened: Promise<number>;
  /** Resolves with performance.now() at the arrival of the server's first step 2. */
  readonly synced: Promise<number>;
  /** The first step 2's update, when deferred. */
  step2: Uint8Array | null = null;
  private readonly step2Waiters: Array<() => void> = [];
  private resolveSynced!: (at: number) => void;
  private isSynced = false;

  private readonly document: string | undefined;

  constructor(
    room: Room,
    private readonly options: SimClientOptions,
  ) {
    this.document = room.document;
    this.doc = options.mode === 'apply' ? new Y.Doc() : null;
    this.ws = new WebSocket(room.url, { perMessageDeflate: false });
    let rejectSynced!: (err: Error) => void;
    this.synced = new Promise((resolve, reject) => {
      this.resolveSynced = resolve;
      rejectSynced = reject;
    });
    this.opened = new Promise((resolve, reject) => {
      this.ws.once('open', () => {
        if (this.document !== undefined) this.ws.send(authMessage(this.document));
        const sv = this.doc ? Y.encodeStateVector(this.doc) : EMPTY_STATE_VECTOR;
        this.send(syncProtocol.messageYjsSyncStep1, sv);
        resolve(performance.now());
      });
      this.ws.once('error', reject);
    });
    this.ws.on('message', this.onMessage);
    let failure = '';
    this.ws.on('error', (err) => (failure ||= `: ${err.message}`));
    this.ws.once('close', (code) =>
      rejectSynced(new Error(`closed with ${code} before sync${failure}`)),
    );
    // A caller that never awaits these must not crash the bench.
    this.opened.catch(() => undefined);
    this.synced.catch(() => undefined);
  }

  /** Sends a document update, as a provider does after a local change. */
  sendUpdate(update: Uint8Array): void {
    this.send(syncProtocol.messageYjsUpdate, update);
  }

  /** Pushes a whole state unprompted, as a sync step 2 (the floor keeps it as the room's state). */
  sendState(update: Uint8Array): void {
    this.send(syncProtocol.messageYjsSyncStep2, update);
  }

  private send(step: number, payload: Uint8Array): void {
    this.ws.send(syncMessage(step, payload, this.document));
  }

  /**
   * Sends a step 1 and waits for the answer: everything sent before has been handled then.
   * A writer passes the state vector of what it pushed, as a real client would.
   */
  roundTrip(stateVector: Uint8Array = EMPTY_STATE_VECTOR): Promise<void> {
    const answered = new Promise<void>((resolve, reject) => {
      this.step2Waiters.push(resolve);
      // A socket the server closes never answers: fail the run instead of waiting forever.
      this.ws.once('close', (code) => reject(new Error(`closed with ${code} before the answer`)));
    });
    this.send(syncProtocol.messageYjsSyncStep1, stateVector);
    return answered;
  }

  close(): Promise<void> {
    if (this.ws.readyState === WebSocket.CLOSED) return Promise.resolve();
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        this.ws.terminate();
        resolve();
      }, CLOSE_TIMEOUT_MS);
      this.ws.once('close', () => {
        clearTimeout(timer);
        this.doc?.destroy();
        resolve();
      });
      this.ws.close();
    });
  }

  private readonly onMessage = (data: RawData): void => {
    const at = performance.now();
    const decoder = decoding.createDecoder(data as Buffer);
    if (this.document !== undefined) decoding.readVarString(decoder);
    const type = decoding.readVarUint(decoder);
    // Awareness (and Hocuspocus' authentication and sync status): not measured.
    if (type !== SYNC && !(type === SYNC_REPLY && this.document !== undefined)) return;
    const step = decoding.readVarUint(decoder);
    const payload = decoding.readVarUint8Array(decoder);
    if (step === syncProtocol.messageYjsSyncStep1) {
      const reply = this.doc ? Y.encodeStateAsUpdate(this.doc, payload) : EMPTY_UPDATE;
      this.send(syncProtocol.messageYjsSyncStep2, reply);
      return;
    }
    if (step === syncProtocol.messageYjsSyncStep2) {
      if (!this.isSynced) {
        this.isSynced = true;
        this.resolveSynced(at);
        if (this.options.deferStep2) this.step2 = payload;
        else this.absorb(payload, at, false);
      } else {
        this.absorb(payload, at, false);
      }
      this.step2Waiters.shift()?.();
      return;
    }
    this.absorb(payload, at, true);
  };

  private absorb(update: Uint8Array, at: number, report: boolean): void {
    let clockOf: (client: number) => number;
    if (this.doc) {
      const doc = this.doc;
      Y.applyUpdate(doc, update);
      clockOf = (client) => Y.getState(doc.store, client);
    } else {
      const { to } = Y.parseUpdateMeta(update);
      clockOf = (client) => to.get(client) ?? 0;
    }
    if (report) this.options.onUpdate?.(clockOf, at);
  }
}

/** Hocuspocus' authentication message, sent before anything else for a document. */
function authMessage(document: string): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarString(encoder, document);
  encoding.writeVarUint(encoder, AUTH);
  encoding.writeVarUint(encoder, AUTH_TOKEN);
  encoding.writeVarString(encoder, '');
  return encoding.toUint8Array(encoder);
}

/** True when a step 2 holds at least the state `expected` (a state vector as a map). */
export function coversState(update: Uint8Array, expected: Map<number, number>): boolean {
  const { to } = Y.parseUpdateMeta(update);
  for (const [client, clock] of expected) if ((to.get(client) ?? 0) < clock) return false;
  return true;
}
