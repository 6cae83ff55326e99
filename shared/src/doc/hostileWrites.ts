/**
 * Hostile writes: seeded random but well-formed Yjs changes, of the kind a participant
 * can make by hand in the docs they may write. Random and known keys, nested maps and
 * arrays, values of the wrong type, huge strings, deep nesting, texts, binary, and
 * deleting everything. Each write is one transaction, so one update on the wire.
 *
 * For the integrity suite (server/test/hostile.test.ts) and its browser story; nothing
 * in the product imports it. The same seed gives the same writes against the same doc.
 */
import * as Y from 'yjs';
import { BOARD_ROOTS, PRIVATE_ROOTS } from './layout.ts';

/** mulberry32: small, fast, seedable; the same seed gives the same run. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The top-level maps a participant may write, per doc kind they can open for writing. */
export const WRITABLE_ROOTS = {
  board: Object.values(BOARD_ROOTS),
  private: [BOARD_ROOTS.cards, ...Object.values(PRIVATE_ROOTS)],
} as const;

/** Top-level names no reader knows: a writer may add any. */
const STRAY_ROOTS = ['extra', 'meta2', 'x'.repeat(300), ''];

/** Field names the model uses, so that hostile values land where readers look. */
const KEYS = [
  'id', 'text', 'title', 'column', 'createdAt', 'updatedAt', 'at', 'kind', 'owner', 'owners',
  'notes', 'whys', 'factors', 'why', 'because', 'rootCauseId', 'reduceImpact', 'status',
  'decidedAt', 'resultEventId', 'name', 'position', 'x', 'y', 'clusterId', 'due', 'impact',
  'effort', 'details', 'link', 'ownerConfirmed', 'confirmedAt', 'followUp', 'summary',
  'severity', 'startedAt', 'detectedAt', 'mitigatedAt', 'resolvedAt', 'timeZone', 'services',
  'channel', 'links', 'author', 'rank', 'type', 'via', 'problem', 'event', 'eventId',
  'mergedInto', 'importId', 'source', 'responsibilities', 'schemaVersion', 'label', 'url',
  'usersAffected', 'durationMinutes', 'description', 'date', 'cards', 'placement',
  '__proto__', 'constructor', 'toString', '',
]; // prettier-ignore

/** Values the model's schemas accept somewhere, so some entries are nearly valid. */
const PLAUSIBLE = [
  'went-well', 'went-wrong', 'lucky', 'action', 'detection', 'accepted', 'rejected', 'open',
  'closed', 'done', 'high', 'low', 'cluster', 'free', 'add', 'flag', 'SEV1', 'resolved',
  'Europe/Berlin', 'UTC', '2026-11-20', '2026-03-02T14:20:00Z', 'https://example.com/x',
  'javascript:alert(1)', '<img src=x onerror=alert(1)>', '# heading', '\u0000', '\u202e',
  '\ud800', 'AAAAAAAAAAAAAAAA', 'Bob', 'Facilitator',
]; // prettier-ignore

const NUMBERS = [
  0, -0, 1, -1, 0.5, 2 ** 31, 2 ** 53, -(2 ** 53), 1e308, -1e308, Number.NaN, Infinity,
  -Infinity, Number.MAX_SAFE_INTEGER + 2, 1762000000000, 8.64e15 + 1,
]; // prettier-ignore

export interface HostileOptions {
  /** The longest string written, characters; a few writes reach it. */
  readonly hugeString?: number;
  /** How deep nested Yjs types and JSON values go at most. */
  readonly maxDepth?: number;
}

/** Writes one transaction of hostile changes into `doc`'s `roots`, drawn from `random`. */
export function hostileWrite(
  doc: Y.Doc,
  roots: readonly string[],
  random: () => number,
  options: HostileOptions = {},
): void {
  const r = new Draw(random, options.hugeString ?? 256 * 1024, options.maxDepth ?? 64);
  doc.transact(() => {
    const ops = 1 + r.int(6);
    for (let i = 0; i < ops; i++) {
      if (r.chance(0.01)) {
        for (const name of roots) clear(doc.getMap(name));
        continue;
      }
      const name = r.chance(0.95) ? r.pick(roots) : r.pick(STRAY_ROOTS);
      mutate(descend(doc.getMap(name), r), r);
    }
  });
}

/** Random choices from one source. */
class Draw {
  constructor(
    readonly random: () => number,
    readonly hugeString: number,
    readonly maxDepth: number,
  ) {}

  int(n: number): number {
    return Math.floor(this.random() * n);
  }
  chance(p: number): boolean {
    return this.random() < p;
  }
  pick<T>(items: readonly T[]): T {
    return items[this.int(items.length)]!;
  }
  key(): string {
    return this.chance(0.7) ? this.pick(KEYS) : this.string(24);
  }
  string(max: number): string {
    if (this.chance(0.3)) return this.pick(PLAUSIBLE);
    const length = this.int(max + 1);
    let out = '';
    for (let i = 0; i < length; i++) out += String.fromCharCode(this.int(0x10000));
    return out;
  }
  huge(): string {
    return 'x'.repeat(this.hugeString / 2 + this.int(this.hugeString / 2));
  }
}

/** A Yjs type a write can change. */
type Node = Y.Map<unknown> | Y.Array<unknown> | Y.Text | Y.XmlFragment;

const isNode = (v: unknown): v is Node =>
  v instanceof Y.Map || v instanceof Y.Array || v instanceof Y.Text || v instanceof Y.XmlFragment;

/** A container somewhere under `map`: the map itself, or a Yjs type nested in it. */
function descend(map: Y.Map<unknown>, r: Draw): Node {
  let at: Node = map;
  while (r.chance(0.6)) {
    const children = childTypes(at);
    if (children.length === 0) break;
    at = r.pick(children);
  }
  return at;
}

function childTypes(type: Node): Node[] {
  const values: unknown[] =
    type instanceof Y.Map ? [...type.values()] : type instanceof Y.Array ? type.toArray() : [];
  return values.filter(isNode);
}

function mutate(type: Node, r: Draw): void {
  if (type instanceof Y.Map) {
    const keys = [...type.keys()];
    const pick = r.random();
    if (pick < 0.1) clear(type);
    else if (pick < 0.3 && keys.length > 0) type.delete(r.pick(keys));
    else type.set(keys.length > 0 && r.chance(0.5) ? r.pick(keys) : r.key(), value(r, 0));
  } else if (type instanceof Y.Array) {
    const pick = r.random();
    if (pick < 0.3 && type.length > 0) {
      const from = r.int(type.length);
      type.delete(from, 1 + r.int(type.length - from));
    } else {
      const items = Array.from({ length: 1 + r.int(3) }, () => value(r, 0));
      type.insert(r.int(type.length + 1), items);
    }
  } else if (type instanceof Y.Text) {
    if (r.chance(0.3) && type.length > 0) {
      const from = r.int(type.length);
      type.delete(from, 1 + r.int(type.length - from));
    } else if (r.chance(0.2)) {
      type.insertEmbed(r.int(type.length + 1), { image: r.string(8) });
    } else {
      type.insert(r.int(type.length + 1), r.string(40), r.chance(0.3) ? { bold: true } : {});
    }
  }
}

function clear(map: Y.Map<unknown>): void {
  for (const key of [...map.keys()]) map.delete(key);
}

/** Any value Yjs stores: primitives, JSON, binary, nested types, deep chains of them. */
function value(r: Draw, depth: number): unknown {
  const pick = r.int(16);
  const deeper = depth < r.maxDepth;
  switch (pick) {
    case 0:
      return r.string(40);
    case 1:
      return r.chance(0.1) ? r.huge() : r.string(400);
    case 2:
      return r.pick(NUMBERS);
    case 3:
      return r.chance(0.5);
    case 4:
      return null;
    case 5:
      return Uint8Array.from({ length: r.int(64) }, () => r.int(256));
    case 6:
      return deeper ? { value: json(r, depth) } : r.string(8);
    case 7:
      return deeper ? Array.from({ length: r.int(4) }, () => json(r, depth + 1)) : [];
    case 8:
    case 9: {
      const map = new Y.Map<unknown>();
      if (deeper) for (let i = r.int(4); i > 0; i--) map.set(r.key(), value(r, depth + 1));
      return map;
    }
    case 10: {
      const array = new Y.Array<unknown>();
      if (deeper) array.push(Array.from({ length: r.int(4) }, () => value(r, depth + 1)));
      return array;
    }
    case 11: {
      const text = new Y.Text();
      text.insert(0, r.string(200));
      return text;
    }
    case 12:
      return new Y.XmlFragment();
    case 13:
      return chain(r);
    case 14:
      return r.chance(0.2) ? new Y.Doc() : r.pick(PLAUSIBLE);
    default:
      return r.string(16);
  }
}

/** A JSON value nested up to the depth limit. */
function json(r: Draw, depth: number): unknown {
  if (r.chance(0.03)) return BigInt(Number.MAX_SAFE_INTEGER) * 3n; // only JSON holds bigints
  if (r.chance(0.03)) return Uint8Array.from({ length: r.int(8) }, () => r.int(256));
  if (depth >= r.maxDepth || r.chance(0.3)) return r.chance(0.5) ? r.string(12) : r.pick(NUMBERS);
  if (r.chance(0.5)) return Array.from({ length: r.int(3) }, () => json(r, depth + 1));
  // fromEntries: `__proto__` becomes a key, as it does on the wire. A `constructor` key
  // Yjs refuses to write (it tells content types by their constructor), so it has none.
  const keys = Array.from({ length: r.int(4) }, () => r.key()).filter((k) => k !== 'constructor');
  return Object.fromEntries(keys.map((k) => [k, json(r, depth + 1)]));
}

/** Maps nested as deep as allowed, one in the other. */
function chain(r: Draw): Y.Map<unknown> {
  const top = new Y.Map<unknown>();
  let at = top;
  for (let i = 1 + r.int(r.maxDepth); i > 0; i--) {
    const next = new Y.Map<unknown>();
    at.set(r.key(), next);
    at = next;
  }
  return top;
}
