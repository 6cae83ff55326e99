/**
 * A message of the sync protocol beyond y-websocket's own (README, "Sync protocol"): the
 * server tells a facilitator's connection to the facilitation doc whether its own writes
 * wait for the store (it fails, is full, or is slow), and again when they flow. Its type
 * is a varint, then 1 (waiting) or 0 (flowing). A client that does not know it ignores it.
 */
import * as decoding from 'lib0/decoding';

export const WRITES_WAITING_MESSAGE = 100;

/** The message saying whether the server's writes wait. */
export function writesWaitingMessage(waiting: boolean): Uint8Array {
  return Uint8Array.of(WRITES_WAITING_MESSAGE, waiting ? 1 : 0);
}

/** Reads what the message says, its type already read: true while writes wait. */
export function readWritesWaiting(decoder: decoding.Decoder): boolean {
  return decoding.readVarUint(decoder) === 1;
}
