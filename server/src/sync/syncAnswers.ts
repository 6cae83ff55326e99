/**
 * Answers to sync step 1 at a bounded cost (docs/SECURITY.md, "A sync request costs the
 * server little").
 *
 * Encoding what a peer lacks costs time in proportion to what it lacks: for a peer that
 * has nothing, the whole doc (about 50 ms for 8 MiB). So the whole doc is encoded at most
 * once a second per room, kept as a snapshot with its state vector, and a peer that lacks
 * much of the doc is sent that snapshot and then what changed since it — cheap to encode,
 * whatever state vector the peer claims. A peer that lacks little (a reconnect) is sent
 * exactly what it lacks.
 */
import * as Y from 'yjs';
import { encodeSyncStep2, encodeUpdate } from './protocol.ts';

/** Docs smaller than this are encoded for each request: well under a millisecond. */
const SMALL_DOC_BYTES = 64 * 1024;
/** A peer lacking at most this share of the doc's items is sent exactly what it lacks. */
const DIRECT_SHARE = 1 / 8;
/** The snapshot is encoded again once it lacks this share of the doc's items... */
const STALE_SHARE = 1 / 4;
/** ...and not more often than this, ms: the room's budget of whole-doc encodes. */
const MIN_ENCODE_INTERVAL_MS = 1000;
/** A snapshot unused this long is let go: an idle room should not hold a second copy, ms. */
const SNAPSHOT_TTL_MS = 5000;

interface Snapshot {
  /** A sync step 2 message holding the whole doc as it was. */
  readonly message: Uint8Array;
  /** The doc's state vector at that time, encoded and decoded. */
  readonly stateVector: Uint8Array;
  readonly clocks: Map<number, number>;
  readonly encodedAt: number;
}

/** Items of `current` that a peer with `known` lacks, and the doc's items in all. */
export function missingItems(
  current: ReadonlyMap<number, number>,
  known: ReadonlyMap<number, number>,
): { missing: number; total: number } {
  let missing = 0;
  let total = 0;
  for (const [client, clock] of current) {
    total += clock;
    missing += Math.max(0, clock - (known.get(client) ?? 0));
  }
  return { missing, total };
}

function clocksOf(doc: Y.Doc): Map<number, number> {
  const clocks = new Map<number, number>();
  for (const client of doc.store.clients.keys()) clocks.set(client, Y.getState(doc.store, client));
  return clocks;
}

export class SyncAnswers {
  private snapshot: Snapshot | null = null;
  /** The doc has not changed since the snapshot was encoded. */
  private unchanged = false;
  private timer: NodeJS.Timeout | undefined;
  /** Whole-doc encodes so far, for tests and the log. */
  encodes = 0;

  constructor(private readonly doc: Y.Doc) {}

  /**
   * The messages that bring a peer with `stateVector` up to date. Throws when the state
   * vector cannot be decoded.
   */
  answer(stateVector: Uint8Array, docBytes: number, now = Date.now()): Uint8Array[] {
    const known = Y.decodeStateVector(stateVector);
    if (docBytes < SMALL_DOC_BYTES) return [encodeSyncStep2(this.doc, stateVector)];
    const current = clocksOf(this.doc);
    const { missing, total } = missingItems(current, known);
    if (missing <= total * DIRECT_SHARE) return [encodeSyncStep2(this.doc, stateVector)];
    const snapshot = this.fresh(current, total, now);
    if (this.unchanged) return [snapshot.message];
    return [snapshot.message, encodeUpdate(Y.encodeStateAsUpdate(this.doc, snapshot.stateVector))];
  }

  /** The doc changed: the snapshot is followed by what changed since. */
  docChanged(): void {
    this.unchanged = false;
  }

  /** Lets the snapshot go (the room closes). */
  drop(): void {
    this.snapshot = null;
    clearTimeout(this.timer);
  }

  private fresh(current: Map<number, number>, total: number, now: number): Snapshot {
    const held = this.snapshot;
    const stale =
      held !== null &&
      missingItems(current, held.clocks).missing > total * STALE_SHARE &&
      now - held.encodedAt >= MIN_ENCODE_INTERVAL_MS;
    if (held && !stale) {
      this.keep();
      return held;
    }
    const stateVector = Y.encodeStateVector(this.doc);
    this.snapshot = {
      message: encodeSyncStep2(this.doc, new Uint8Array([0])),
      stateVector,
      clocks: current,
      encodedAt: now,
    };
    this.unchanged = true;
    this.encodes++;
    this.keep();
    return this.snapshot;
  }

  private keep(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => (this.snapshot = null), SNAPSHOT_TTL_MS).unref();
  }
}
