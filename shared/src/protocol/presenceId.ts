/**
 * A message of the sync protocol beyond y-websocket's own (README, "Sync protocol"): on
 * connecting to a board doc's room, a connection with a member key is told the presence
 * id the server stamps (`person`) on every presence state it speaks for. The tabs of one
 * member show the same id, so the avatar row shows one person once; the browser learns
 * its own from this message, since its own state never comes back to it stamped.
 *
 * The id is random, drawn by the server per member and room while the member is there:
 * it says nothing about the member key, the member id or any card's id, so presence
 * stays no help in telling who wrote a card. Its type is a varint, then the id as a
 * varint-prefixed string. A client that does not know it ignores it.
 */
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import { z } from 'zod';

export const PRESENCE_ID_MESSAGE = 101;

/** A presence id as the server draws it: base64url, bounded, checked wherever it is read. */
export const PresenceIdSchema = z.string().regex(/^[A-Za-z0-9_-]{8,32}$/);

/** The message telling a connection its presence id. */
export function presenceIdMessage(id: string): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, PRESENCE_ID_MESSAGE);
  encoding.writeVarString(encoder, id);
  return encoding.toUint8Array(encoder);
}

/** Reads the id the message carries, its type already read; null when it is not one. */
export function readPresenceId(decoder: decoding.Decoder): string | null {
  try {
    const parsed = PresenceIdSchema.safeParse(decoding.readVarString(decoder));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}
