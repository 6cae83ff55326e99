/**
 * A fingerprint of a doc's content: one short hash per entry of each top-level map, one
 * per other top-level type. Kept with every version so that what changed between two
 * versions can be told without decoding either, and so that a version identical to the
 * last one is not kept twice. Generic: the roots come from the doc, not from a list.
 */
import * as Y from 'yjs';
import { z } from 'zod';
import { rootKind, rootNames, rootOf } from '../doc/restore.ts';

/** Root name → entry key → hash. A root that is not a map has one entry, keyed "". */
export const DocDigestSchema = z.record(z.string(), z.record(z.string(), z.string()));
export type DocDigest = z.infer<typeof DocDigestSchema>;

/** The key under which a root that is not a map keeps its one hash. */
export const WHOLE_ROOT = '';

/**
 * JSON with object keys sorted, so equal content gives equal text whatever the order.
 * Whatever a writer stored gives text: a sub-document is its guid, a value met again
 * inside itself (a sub-document's internals) is not followed, and an object with a
 * borrowed prototype is its own keys.
 */
export function stableJson(value: unknown, within: Set<object> = new Set()): string {
  if (value === undefined) return 'null';
  if (typeof value === 'bigint') return JSON.stringify(`${value}n`);
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  // By its internal slot: a decoded object whose `__proto__` key made a Uint8Array its
  // prototype passes `instanceof` and has no bytes.
  if (ArrayBuffer.isView(value)) {
    return JSON.stringify(
      Array.from(new Uint8Array(value.buffer, value.byteOffset, value.byteLength)),
    );
  }
  if (value instanceof Y.Doc) return JSON.stringify(`doc:${value.guid}`);
  if (within.has(value)) return '"[cycle]"';
  within.add(value);
  const text = Array.isArray(value)
    ? `[${value.map((v) => stableJson(v, within)).join(',')}]`
    : `{${Object.entries(value as Record<string, unknown>)
        .filter(([, v]) => v !== undefined)
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
        .map(([k, v]) => `${JSON.stringify(k)}:${stableJson(v, within)}`)
        .join(',')}}`;
  within.delete(value);
  return text;
}

/**
 * cyrb53: a fast 53-bit string hash, in base 36. Not cryptographic: it tells versions
 * apart for a summary; nothing trusts it.
 */
export function shortHash(text: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
}

function contentOf(value: unknown): unknown {
  if (value instanceof Y.Text) return value.toString();
  if (value instanceof Y.XmlFragment || value instanceof Y.XmlElement) return value.toString();
  return value instanceof Y.AbstractType ? value.toJSON() : value;
}

/** The digest of a doc's content. Roots with no content, and those in `skip`, are left out. */
export function digestDoc(doc: Y.Doc, skip: ReadonlySet<string> = new Set()): DocDigest {
  const digest: DocDigest = {};
  for (const name of rootNames(doc).sort()) {
    if (skip.has(name)) continue;
    const kind = rootKind(doc, name);
    if (!kind) continue;
    const root = rootOf(doc, name, kind);
    const entries: Record<string, string> = {};
    if (root instanceof Y.Map) {
      for (const [key, value] of root.entries()) {
        entries[key] = shortHash(stableJson(contentOf(value)));
      }
    } else {
      entries[WHOLE_ROOT] = shortHash(stableJson(contentOf(root)));
    }
    if (Object.keys(entries).length > 0) digest[name] = entries;
  }
  return digest;
}

/** One hash for a whole digest: equal for docs with equal content. */
export function digestHash(digest: DocDigest): string {
  return shortHash(stableJson(digest));
}
