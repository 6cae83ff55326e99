/**
 * How a version's content is stored: the board doc's state in Yjs' v2 update encoding,
 * deflated, with the layout version it was in (recorded beside it, like a room's
 * snapshot). Read back into a fresh doc brought to the current layout by the same named
 * migrations a room runs on load, so a version taken before a layout change restores
 * into the layout of today.
 */
import { promisify } from 'node:util';
import { deflateRawSync, inflateRaw } from 'node:zlib';
import * as Y from 'yjs';
import { digestDoc, digestHash, migrateDoc, type DocDigest } from '@hindsight/shared';

/** Largest inflated content read back, bytes: a guard against a corrupt or forged row. */
const MAX_INFLATED = 256 * 1024 * 1024;
const inflate = promisify(inflateRaw);

/** A version made from a board doc's state: its digest and the content that is stored. */
export interface BuiltVersion {
  readonly digest: DocDigest;
  readonly hash: string;
  readonly content: Uint8Array;
}

/** A doc's content as a version stores it. */
export function encodeVersion(doc: Y.Doc): Uint8Array {
  return deflateRawSync(Y.encodeStateAsUpdateV2(doc));
}

/**
 * Builds a version from a board doc's state (a v1 update, as `Y.encodeStateAsUpdate`
 * gives it), leaving out the roots named in `skip`. Reading the state into a doc of its
 * own lets this run anywhere, a worker thread included (history/versionBuilder.ts).
 */
export function buildVersion(state: Uint8Array, skip: readonly string[]): BuiltVersion {
  const doc = new Y.Doc();
  try {
    Y.applyUpdate(doc, state);
    const digest = digestDoc(doc, new Set(skip));
    return { digest, hash: digestHash(digest), content: encodeVersion(doc) };
  } finally {
    doc.destroy();
  }
}

/** A stored version this server cannot read: corrupt, or from a newer layout. */
export class UnreadableVersionError extends Error {
  constructor(cause: unknown) {
    super('This version cannot be read by this server.', { cause });
    this.name = 'UnreadableVersionError';
  }
}

/**
 * A new doc holding a version's content in the current layout. Rejects when the content
 * cannot be read or was written by a newer layout than this server knows
 * ({@link UnreadableVersionError}). It is inflated on libuv's thread pool, not in a turn
 * of the event loop.
 */
export async function decodeVersion(
  content: Uint8Array,
  schemaVersion: number,
  maxInflated = MAX_INFLATED,
): Promise<Y.Doc> {
  let state: Uint8Array;
  try {
    state = await inflate(content, { maxOutputLength: maxInflated });
  } catch (err) {
    throw new UnreadableVersionError(err);
  }
  const doc = new Y.Doc();
  try {
    Y.applyUpdateV2(doc, state);
    migrateDoc('board', doc, schemaVersion);
  } catch (err) {
    doc.destroy();
    throw new UnreadableVersionError(err);
  }
  return doc;
}
