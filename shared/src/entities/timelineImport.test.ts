import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addTimelineEvent, editTimelineEvent, mergeEvents, readTimeline } from './timelineEvent.ts';
import { restoreImport, undoImport } from './timelineImport.ts';

const T = Date.UTC(2026, 10, 4, 14, 0);
const MIN = 60_000;
const imported = [
  { at: T, kind: 'trigger' as const, text: 'Rollout of v2.3' },
  { at: T + MIN, kind: 'detection' as const, text: 'Page acknowledged', source: 'pager' },
  { at: T + 2 * MIN, kind: 'other' as const, text: 'Rollback started' },
];
const texts = (doc: Y.Doc) => readTimeline(doc).map((e) => e.text);

describe('undoing an import', () => {
  it('removes only what the import added and nobody changed since; hand-added and edited events stay', () => {
    const doc = new Y.Doc();
    const { importId } = mergeEvents(doc, imported, undefined, 1000);
    const [, page] = readTimeline(doc);
    editTimelineEvent(doc, page!.id, { text: 'Page acknowledged by Sam' }, undefined, 2000);
    addTimelineEvent(doc, { at: T + 3 * MIN, text: 'Written by hand' }, undefined, 3000);

    const undone = undoImport(doc, importId!);
    expect(undone.removed.map((e) => e.text)).toEqual(['Rollout of v2.3', 'Rollback started']);
    expect(undone.kept.map((e) => e.text)).toEqual(['Page acknowledged by Sam']);
    expect(texts(doc)).toEqual(['Page acknowledged by Sam', 'Written by hand']);
  });

  it('keeps an event edited within the millisecond the import wrote it', () => {
    const doc = new Y.Doc();
    const { importId } = mergeEvents(doc, imported, undefined, 1000);
    const [, page] = readTimeline(doc);
    editTimelineEvent(doc, page!.id, { text: 'Page acknowledged by Sam' }, undefined, 1000);

    expect(undoImport(doc, importId!).kept.map((e) => e.text)).toEqual([
      'Page acknowledged by Sam',
    ]);
    expect(texts(doc)).toEqual(['Page acknowledged by Sam']);
  });

  it('is undone in turn: restoring brings the removed events back as they were, and can be undone again', () => {
    const doc = new Y.Doc();
    const { importId } = mergeEvents(doc, imported, undefined, 1000);
    const before = readTimeline(doc);
    const undone = undoImport(doc, importId!);
    expect(readTimeline(doc)).toEqual([]);

    expect(restoreImport(doc, undone.removed)).toBe(3);
    expect(readTimeline(doc)).toEqual(before);
    // Restored unchanged, so undoing again removes them again.
    expect(undoImport(doc, importId!).removed).toHaveLength(3);
    expect(readTimeline(doc)).toEqual([]);
  });

  it('restores no event that is back already, and writes in one transaction with the origin given', () => {
    const doc = new Y.Doc();
    const { importId } = mergeEvents(doc, imported, undefined, 1000);
    const undone = undoImport(doc, importId!);
    restoreImport(doc, undone.removed.slice(0, 1));
    const origins: unknown[] = [];
    doc.on('afterTransaction', (tr: Y.Transaction) => origins.push(tr.origin));
    const origin = { local: true };
    expect(restoreImport(doc, undone.removed, origin)).toBe(2);
    expect(origins).toEqual([origin]);
    expect(texts(doc)).toEqual(imported.map((e) => e.text));
  });

  it('does nothing for an import of which nothing is left', () => {
    const doc = new Y.Doc();
    const origins: unknown[] = [];
    doc.on('afterTransaction', (tr: Y.Transaction) => origins.push(tr.origin));
    expect(undoImport(doc, 'nothing0here')).toEqual({ removed: [], kept: [] });
    expect(origins).toEqual([]);
  });
});
