/**
 * Turning a doc's content into another's as one ordinary Yjs change.
 *
 * A restore must not rewind history: everything written after the version stays in the
 * doc's past, and the change that brings the version's content back is new, made by the
 * writer's own client id, relayed and stored like any other. So this does not replace
 * the doc; it walks both docs and writes only the differences: keys the version lacks
 * are deleted, missing or different values are written, nested maps, arrays and texts
 * are reconciled in place so that what did not change keeps its identity (and a
 * concurrent edit of it merges). Works on any layout: the top-level types are taken
 * from the docs themselves, never from a list.
 */
import * as Y from 'yjs';
import { simpleDiffArray, simpleDiffString } from 'lib0/diff';
import { equalityDeep } from 'lib0/function';

/** The kinds of shared type a doc root can be. */
export type RootKind = 'map' | 'array' | 'text' | 'xml';

const CONSTRUCTORS = {
  map: Y.Map,
  array: Y.Array,
  text: Y.Text,
  xml: Y.XmlFragment,
} as const;

/**
 * What a top-level type is. A doc decoded from an update does not know until someone
 * asks for the type by kind, so the kind is read from the content: keyed entries make a
 * map; characters, formats and embeds a text; XML nodes a fragment; anything else an
 * array. Null for a root with no content at all (either kind reads it as empty).
 */
export function rootKind(doc: Y.Doc, name: string): RootKind | null {
  const type = doc.share.get(name);
  if (!type) return null;
  for (const [kind, constructor] of Object.entries(CONSTRUCTORS)) {
    if (type.constructor === constructor) return kind as RootKind;
  }
  if (type._map.size > 0) return 'map';
  for (let item = type._start; item !== null; item = item.right) {
    const content = item.content;
    if (content instanceof Y.ContentDeleted) continue;
    if (
      content instanceof Y.ContentString ||
      content instanceof Y.ContentFormat ||
      content instanceof Y.ContentEmbed
    ) {
      return 'text';
    }
    if (
      content instanceof Y.ContentType &&
      (content.type instanceof Y.XmlElement || content.type instanceof Y.XmlText)
    ) {
      return 'xml';
    }
    return 'array';
  }
  return null;
}

/** The root `name` of a doc as a type of `kind`, created empty when absent. */
export function rootOf(doc: Y.Doc, name: string, kind: RootKind): Y.AbstractType<unknown> {
  return doc.get(name, CONSTRUCTORS[kind] as unknown as typeof Y.AbstractType<unknown>);
}

/** Names of a doc's top-level types that hold or once held something. */
export function rootNames(doc: Y.Doc): string[] {
  return [...doc.share.keys()];
}

/**
 * Makes `target`'s content equal to `source`'s in one transaction under `origin`,
 * writing only the differences. Roots for which `keep(name)` is true are left alone.
 * A root whose kind differs between the two docs keeps the target's kind and is read
 * from the source as that kind.
 */
export function restoreContent(
  target: Y.Doc,
  source: Y.Doc,
  origin: unknown,
  keep: (name: string) => boolean = () => false,
): void {
  const names = new Set([...rootNames(target), ...rootNames(source)]);
  target.transact(() => {
    for (const name of names) {
      if (keep(name)) continue;
      const kind = rootKind(target, name) ?? rootKind(source, name);
      if (!kind) continue;
      reconcile(rootOf(target, name, kind), rootOf(source, name, kind));
    }
  }, origin);
}

/** Shared types reconciled in place; XML nodes nested in a value are replaced whole. */
const IN_PLACE: readonly unknown[] = [Y.Map, Y.Array, Y.Text];

/** Whether a value can be reconciled with another in place (same kind of shared type). */
function sameKind(a: unknown, b: unknown): boolean {
  return (
    a instanceof Y.AbstractType &&
    b instanceof Y.AbstractType &&
    a.constructor === b.constructor &&
    IN_PLACE.includes(a.constructor)
  );
}

/** A value as it can be written into another doc: shared types are copied, values kept. */
function copyOf(value: unknown): unknown {
  if (value instanceof Y.AbstractType) return value.clone();
  if (value instanceof Uint8Array) return value.slice();
  return value;
}

/** Whether two values read from two docs hold the same content. */
function sameContent(a: unknown, b: unknown): boolean {
  if (a instanceof Y.AbstractType || b instanceof Y.AbstractType) {
    return (
      a instanceof Y.AbstractType &&
      b instanceof Y.AbstractType &&
      a.constructor === b.constructor &&
      equalityDeep(toJson(a), toJson(b))
    );
  }
  return equalityDeep(a, b);
}

function toJson(value: unknown): unknown {
  if (value instanceof Y.XmlFragment || value instanceof Y.XmlElement) return value.toString();
  if (value instanceof Y.Text) return value.toDelta();
  return value instanceof Y.AbstractType ? value.toJSON() : value;
}

/** Brings `target` (of `source`'s kind) to `source`'s content. */
function reconcile(target: Y.AbstractType<unknown>, source: Y.AbstractType<unknown>): void {
  if (target instanceof Y.XmlFragment) {
    reconcileXml(target, source as Y.XmlFragment);
  } else if (target instanceof Y.Map) {
    reconcileMap(target, source as Y.Map<unknown>);
  } else if (target instanceof Y.Array) {
    reconcileArray(target, source as Y.Array<unknown>);
  } else if (target instanceof Y.Text) {
    reconcileText(target, source as Y.Text);
  }
}

function reconcileMap(target: Y.Map<unknown>, source: Y.Map<unknown>): void {
  for (const key of [...target.keys()]) if (!source.has(key)) target.delete(key);
  for (const [key, value] of source.entries()) {
    const current = target.get(key);
    if (target.has(key) && sameKind(current, value)) {
      reconcile(current as Y.AbstractType<unknown>, value as Y.AbstractType<unknown>);
    } else if (!target.has(key) || !sameContent(current, value)) {
      target.set(key, copyOf(value));
    }
  }
}

/**
 * Keeps the common start and end; in between, elements that pair up one to one and are
 * shared types of the same kind are reconciled in place, anything else is replaced.
 */
function reconcileArray(target: Y.Array<unknown>, source: Y.Array<unknown>): void {
  const before = target.toArray();
  const after = source.toArray();
  const { index, remove, insert } = simpleDiffArray(before, after, sameContent);
  if (remove === insert.length && insert.every((v, i) => sameKind(before[index + i], v))) {
    insert.forEach((v, i) =>
      reconcile(before[index + i] as Y.AbstractType<unknown>, v as Y.AbstractType<unknown>),
    );
    return;
  }
  if (remove > 0) target.delete(index, remove);
  if (insert.length > 0) target.insert(index, insert.map(copyOf));
}

/** Plain text is patched where it differs; formatted or embedded content is rewritten. */
function reconcileText(target: Y.Text, source: Y.Text): void {
  const before = target.toDelta() as { insert: unknown; attributes?: object }[];
  const after = source.toDelta() as { insert: unknown; attributes?: object }[];
  if (equalityDeep(before, after)) return;
  const plain = (delta: typeof before) =>
    delta.every((op) => typeof op.insert === 'string' && op.attributes === undefined);
  if (plain(before) && plain(after)) {
    const { index, remove, insert } = simpleDiffString(target.toString(), source.toString());
    if (remove > 0) target.delete(index, remove);
    if (insert.length > 0) target.insert(index, insert);
    return;
  }
  target.delete(0, target.length);
  target.applyDelta(after.map((op) => ({ ...op, insert: copyOf(op.insert) })));
}

/** An XML root is rewritten when it differs: no layout uses one, so no finesse. */
function reconcileXml(target: Y.XmlFragment, source: Y.XmlFragment): void {
  if (target.toString() === source.toString()) return;
  if (target.length > 0) target.delete(0, target.length);
  target.insert(
    0,
    source.toArray().map((node) => node.clone() as Y.XmlElement | Y.XmlText),
  );
}
