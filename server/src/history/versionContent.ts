/**
 * How a version's content is stored: the board doc's state in Yjs' v2 update encoding,
 * deflated, with the layout version it was in (recorded beside it, like a room's
 * snapshot). Read back into a fresh doc brought to the current layout by the same named
 * migrations a room runs on load, so a version taken before a layout change restores
 * into the layout of today.
 */
import { deflateRawSync, inflateRawSync } from 'node:zlib';
import * as Y from 'yjs';
import { migrateDoc } from '@hindsight/shared';

/** Largest inflated content read back, bytes: a guard against a corrupt or forged row. */
const MAX_INFLATED = 256 * 1024 * 1024;

export function encodeVersion(doc: Y.Doc): Uint8Array {
  return deflateRawSync(Y.encodeStateAsUpdateV2(doc));
}

/** A stored version this server cannot read: corrupt, or from a newer layout. */
export class UnreadableVersionError extends Error {
  constructor(cause: unknown) {
    super('This version cannot be read by this server.', { cause });
    this.name = 'UnreadableVersionError';
  }
}

/**
 * A new doc holding a version's content in the current layout. Throws when the content
 * cannot be read or was written by a newer layout than this server knows
 * ({@link UnreadableVersionError}).
 */
export function decodeVersion(
  content: Uint8Array,
  schemaVersion: number,
  maxInflated = MAX_INFLATED,
): Y.Doc {
  const doc = new Y.Doc();
  try {
    Y.applyUpdateV2(doc, inflateRawSync(content, { maxOutputLength: maxInflated }));
    migrateDoc('board', doc, schemaVersion);
  } catch (err) {
    doc.destroy();
    throw new UnreadableVersionError(err);
  }
  return doc;
}
