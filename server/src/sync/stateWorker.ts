/**
 * Runs in a worker thread of sync/stateEncoder.ts: encodes the whole state that a room's
 * updates make, off the event loop.
 */
import { encodeUpdates, type EncodedState } from './docState.ts';

export default function encode(updates: readonly Uint8Array[]): EncodedState {
  return encodeUpdates(updates);
}
