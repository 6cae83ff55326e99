/**
 * A room doc's whole state, kept as the updates that made it, and encoded off the event
 * loop when the doc is large (issue #22: no turn over 100 ms).
 *
 * Encoding a doc at its size limit (`Y.encodeStateAsUpdate`) takes 50 ms and more. The
 * room needs the whole state for a snapshot of its log (compaction), for a version of the
 * board and for a joiner who has nothing. So every update applied to the doc is also kept
 * here, as the bytes it came as, and the whole state is encoded from them in a worker
 * thread (sync/stateEncoder.ts): a fresh doc there takes them and is encoded, so the
 * result is what the room's own doc would give, deleted content dropped. The encoded
 * state then stands for the updates it was made of: what is kept stays about the size of
 * the doc, the figure the size limits count.
 */
import * as Y from 'yjs';

/** Docs whose updates add up to less than this are encoded in hand: a few ms, bytes. */
export const WORKER_FROM_BYTES = 256 * 1024;

export interface EncodedState {
  /** The whole state, a v1 update as `Y.encodeStateAsUpdate` gives it. */
  readonly state: Uint8Array;
  /** Its state vector, encoded. */
  readonly stateVector: Uint8Array;
}

/** A state encoded for a caller, and when: after the first `at` updates ever added. */
export interface StampedState extends EncodedState {
  readonly at: number;
}

/** Encodes the whole state that `updates` make, applied in order to a fresh doc. */
export type StateEncoder = (updates: readonly Uint8Array[]) => Promise<EncodedState>;

/** The whole state `updates` make, applied in order to a fresh doc (a pure function). */
export function encodeUpdates(updates: readonly Uint8Array[]): EncodedState {
  const doc = new Y.Doc();
  try {
    doc.transact(() => {
      for (const update of updates) Y.applyUpdate(doc, update);
    });
    return { state: Y.encodeStateAsUpdate(doc), stateVector: Y.encodeStateVector(doc) };
  } finally {
    doc.destroy();
  }
}

const inThread: StateEncoder = (updates) => Promise.resolve(encodeUpdates(updates));

export class DocState {
  /** The doc's content: an encoded state or stored rows first, then every update since. */
  private parts: Uint8Array[] = [];
  private partBytes = 0;
  /** The encoded state that is parts[0], when it is one. */
  private whole: EncodedState | null = null;
  /** Updates added so far, ever. */
  private added = 0;

  constructor(
    private readonly doc: Y.Doc,
    private readonly encoder: StateEncoder = inThread,
    private readonly workerFromBytes = WORKER_FROM_BYTES,
  ) {}

  /**
   * Adds what was applied to the doc: the stored rows when it loads, then each update it
   * emits, in the same order.
   */
  add(update: Uint8Array): void {
    this.parts.push(update);
    this.partBytes += update.length;
    this.added++;
  }

  /** The bytes kept: the doc's size, close from above (exact right after an encode). */
  get bytes(): number {
    return this.partBytes;
  }

  /** Updates added so far; a state stamped with this figure is the doc as it is now. */
  get changes(): number {
    return this.added;
  }

  /**
   * The doc's whole state as it is now, at this call: what is added later is not in it.
   * Encoded in hand for a small doc, by the encoder (a worker thread) for a large one.
   */
  encode(): Promise<StampedState> {
    const taken = this.parts.slice();
    const at = this.added;
    const whole = this.whole;
    if (taken.length === 1 && whole !== null && whole.state === taken[0]) {
      return Promise.resolve({ ...whole, at });
    }
    if (this.partBytes < this.workerFromBytes) {
      const encoded = {
        state: Y.encodeStateAsUpdate(this.doc),
        stateVector: Y.encodeStateVector(this.doc),
      };
      this.fold(taken, encoded);
      return Promise.resolve({ ...encoded, at });
    }
    return this.encoder(taken.map(ownBuffer)).then((encoded) => {
      this.fold(taken, encoded);
      return { ...encoded, at };
    });
  }

  /** Keeps `encoded` in place of the parts it was made of, unless another encode did so. */
  private fold(taken: readonly Uint8Array[], encoded: EncodedState): void {
    // Parts are only ever added, or replaced from the start: while the first and the last
    // taken are still in place, every one between is too.
    const n = taken.length;
    if (n > 0 && (this.parts[0] !== taken[0] || this.parts[n - 1] !== taken[n - 1])) return;
    const rest = this.parts.slice(n);
    this.parts = [encoded.state, ...rest];
    this.partBytes = rest.reduce((sum, u) => sum + u.length, encoded.state.length);
    this.whole = encoded;
  }
}

/** The bytes of `update` alone: a view into a larger buffer would send all of it. */
function ownBuffer(update: Uint8Array): Uint8Array {
  return update.byteOffset === 0 && update.byteLength === update.buffer.byteLength
    ? update
    : update.slice();
}
