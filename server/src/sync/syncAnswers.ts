/**
 * Answers to sync step 1 at a bounded cost (docs/SECURITY.md, "A sync request costs the
 * server little").
 *
 * Encoding what a peer lacks costs time in proportion to what it lacks: for a peer that
 * has nothing, the whole doc (50 ms and more for 4 MiB). So the whole doc is encoded at
 * most once a second per room, off the event loop when large (sync/docState.ts), kept as
 * a snapshot with its state vector, and a peer that lacks much of the doc is sent that
 * snapshot and then what changed since it — cheap to encode, whatever state vector the
 * peer claims. A peer that lacks little (a reconnect) is sent exactly what it lacks. An
 * answer read when the snapshot is ready holds every change the doc had by then.
 */
import * as Y from 'yjs';
import type { DocState } from './docState.ts';
import { encodeSyncStep2, encodeSyncStep2Of, encodeUpdate } from './protocol.ts';

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
  /** The doc's changes it holds ({@link DocState.changes}). */
  readonly at: number;
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
  /** The snapshot being encoded, which requests meanwhile wait for. */
  private encoding: Promise<Snapshot> | null = null;
  private timer: NodeJS.Timeout | undefined;
  private dropped = false;
  /** Whole-doc encodes started so far, for tests and the log. */
  encodes = 0;

  constructor(
    private readonly doc: Y.Doc,
    private readonly state: DocState,
  ) {}

  /**
   * The messages that bring a peer with `stateVector` up to date, read from the doc as it
   * is when they resolve (none once dropped). Throws at once when the state vector cannot
   * be decoded.
   */
  answer(stateVector: Uint8Array, docBytes: number, now = Date.now()): Promise<Uint8Array[]> {
    const known = Y.decodeStateVector(stateVector);
    if (docBytes < SMALL_DOC_BYTES)
      return Promise.resolve([encodeSyncStep2(this.doc, stateVector)]);
    const current = clocksOf(this.doc);
    const { missing, total } = missingItems(current, known);
    if (missing <= total * DIRECT_SHARE) {
      return Promise.resolve([encodeSyncStep2(this.doc, stateVector)]);
    }
    return this.fresh(current, total, now).then((snapshot) => {
      if (this.dropped) return [];
      if (snapshot.at === this.state.changes) return [snapshot.message];
      const since = Y.encodeStateAsUpdate(this.doc, snapshot.stateVector);
      return [snapshot.message, encodeUpdate(since)];
    });
  }

  /** Lets the snapshot go (the room closes); answers still waiting resolve with nothing. */
  drop(): void {
    this.dropped = true;
    this.snapshot = null;
    clearTimeout(this.timer);
  }

  private fresh(current: Map<number, number>, total: number, now: number): Promise<Snapshot> {
    const held = this.snapshot;
    const stale =
      held !== null &&
      missingItems(current, held.clocks).missing > total * STALE_SHARE &&
      now - held.encodedAt >= MIN_ENCODE_INTERVAL_MS;
    if (held && !stale) {
      this.keep();
      return Promise.resolve(held);
    }
    if (this.encoding) return this.encoding;
    this.encodes++;
    this.encoding = this.state
      .encode()
      .then(({ state, stateVector, at }) => {
        const snapshot: Snapshot = {
          message: encodeSyncStep2Of(state),
          stateVector,
          clocks: Y.decodeStateVector(stateVector),
          encodedAt: now,
          at,
        };
        if (!this.dropped) {
          this.snapshot = snapshot;
          this.keep();
        }
        return snapshot;
      })
      .finally(() => (this.encoding = null));
    return this.encoding;
  }

  private keep(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => (this.snapshot = null), SNAPSHOT_TTL_MS).unref();
  }
}
