import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { syncDocs } from '../doc/testSync.ts';
import { timelineMap } from '../doc/layout.ts';
import {
  addTimelineEvent,
  deleteTimelineEvent,
  editTimelineEvent,
  mergeEvents,
  readKind,
  readTimeline,
  unreadableTimelineEvents,
} from './timelineEvent.ts';

const utc = (iso: string) => Date.parse(iso);
const T1 = utc('2026-11-03T14:02:00Z');
const T2 = utc('2026-11-03T14:05:00Z');

describe('timeline event commands', () => {
  it('add, edit and delete an event in one transaction each, with the given origin', () => {
    const doc = new Y.Doc();
    const origins: unknown[] = [];
    doc.on('afterTransaction', (tr: Y.Transaction) => origins.push(tr.origin));
    const origin = { local: true };
    const id = addTimelineEvent(
      doc,
      { at: '2026-11-03T14:02:00Z', kind: 'trigger', text: ' Rollout ', source: 'deploys' },
      origin,
      1000,
    );
    expect(readTimeline(doc)).toEqual([
      {
        id,
        at: T1,
        kind: 'trigger',
        text: 'Rollout',
        source: 'deploys',
        createdAt: 1000,
        updatedAt: 1000,
      },
    ]);
    expect(editTimelineEvent(doc, id, { text: 'Rollout to prod', source: '' }, origin, 2000)).toBe(
      true,
    );
    expect(readTimeline(doc)[0]).toEqual({
      id,
      at: T1,
      kind: 'trigger',
      text: 'Rollout to prod',
      createdAt: 1000,
      updatedAt: 2000,
    });
    expect(deleteTimelineEvent(doc, id, origin)).toBe(true);
    expect(readTimeline(doc)).toEqual([]);
    expect(origins).toEqual([origin, origin, origin]);
  });

  it('refuses bad input with a readable message and changes nothing', () => {
    const doc = new Y.Doc();
    expect(() => addTimelineEvent(doc, { at: T1, text: '  ' })).toThrow('An event needs some text');
    expect(() => addTimelineEvent(doc, { at: '14:02', text: 'x' })).toThrow(
      'Time: not a date and time with a zone',
    );
    expect(() => addTimelineEvent(doc, { at: T1, text: 'x', source: 's'.repeat(121) })).toThrow(
      'A source has at most 120 characters',
    );
    const id = addTimelineEvent(doc, { at: T1, text: 'ok' });
    expect(() => editTimelineEvent(doc, id, { kind: 'oops' as 'other', text: 'changed' })).toThrow(
      'Kind must be one of',
    );
    expect(readTimeline(doc).map((e) => [e.kind, e.text])).toEqual([['other', 'ok']]);
  });

  it('reports an event that is already gone instead of recreating it', () => {
    const doc = new Y.Doc();
    expect(editTimelineEvent(doc, 'AAAAAAAAAAAAAAAA', { text: 'x' })).toBe(false);
    expect(deleteTimelineEvent(doc, 'AAAAAAAAAAAAAAAA')).toBe(false);
    expect(readTimeline(doc)).toEqual([]);
  });

  it('orders by instant, then id, whatever order they were added in', () => {
    const doc = new Y.Doc();
    const late = addTimelineEvent(doc, { at: T2, text: 'late' });
    const a = addTimelineEvent(doc, { at: T1, text: 'same time a' });
    const b = addTimelineEvent(doc, { at: T1, text: 'same time b' });
    const [first, second] = [a, b].sort();
    expect(readTimeline(doc).map((e) => e.id)).toEqual([first, second, late]);
  });

  it('skips malformed entries written by a buggy or hostile client', () => {
    const doc = new Y.Doc();
    addTimelineEvent(doc, { at: T1, text: 'good' });
    const bad = new Y.Map<unknown>();
    bad.set('at', 'yesterday');
    timelineMap(doc).set('BADBADBADBAD', bad);
    timelineMap(doc).set('NOTAMAPNOTAMAP', 'oops' as unknown as Y.Map<unknown>);
    expect(readTimeline(doc).map((e) => e.text)).toEqual(['good']);
  });

  it('merges concurrent edits of two clients to the same timeline', () => {
    const a = new Y.Doc();
    const b = new Y.Doc();
    const id = addTimelineEvent(a, { at: T1, text: 'first' });
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    editTimelineEvent(a, id, { text: 'from a' });
    editTimelineEvent(b, id, { kind: 'trigger' });
    addTimelineEvent(b, { at: T1, text: 'another' });
    Y.applyUpdate(a, Y.encodeStateAsUpdate(b));
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    expect(readTimeline(a)).toEqual(readTimeline(b));
    expect(readTimeline(a).find((e) => e.id === id)).toMatchObject({
      text: 'from a',
      kind: 'trigger',
    });
  });

  it('reads kinds case-insensitively with - or _ for the space', () => {
    expect(readKind('Failed-Attempt')).toBe('failed attempt');
    expect(readKind(' ALERT ')).toBe('alert');
    expect(readKind('nonsense-kind')).toBeNull();
  });
});

describe('mergeEvents (imports)', () => {
  const imported = [
    { at: T1, kind: 'trigger' as const, text: 'Rollout' },
    { at: T2, kind: 'detection' as const, text: 'Page acknowledged', source: 'pager' },
  ];

  it('adds the events in one transaction that one undo takes back', () => {
    const doc = new Y.Doc();
    const origin = { local: true };
    const undo = new Y.UndoManager(timelineMap(doc), { trackedOrigins: new Set([origin]) });
    const kept = addTimelineEvent(doc, { at: T1, text: 'written by hand' }, origin);
    undo.stopCapturing();
    const origins: unknown[] = [];
    doc.on('afterTransaction', (tr: Y.Transaction) => origins.push(tr.origin));
    const result = mergeEvents(doc, imported, origin, 5000);
    expect(result).toMatchObject({ added: 2, skipped: 0 });
    expect(origins).toEqual([origin]);
    const events = readTimeline(doc);
    expect(events.filter((e) => e.importId === result.importId)).toHaveLength(2);
    expect(events.find((e) => e.id === kept)?.importId).toBeUndefined();
    undo.undo();
    expect(readTimeline(doc).map((e) => e.id)).toEqual([kept]);
  });

  it('skips exact duplicates of existing events and within the import, never touching existing ones', () => {
    const doc = new Y.Doc();
    const existing = addTimelineEvent(
      doc,
      { at: T1, kind: 'trigger', text: 'Rollout', source: 'chat' },
      null,
      1000,
    );
    const before = readTimeline(doc);
    const result = mergeEvents(doc, [
      ...imported,
      { at: '2026-11-03T14:05:00Z', kind: 'detection', text: ' Page acknowledged ' },
      { at: T1, kind: 'action', text: 'Rollout' },
    ]);
    expect(result).toMatchObject({ added: 2, skipped: 2 });
    const after = readTimeline(doc);
    expect(after.find((e) => e.id === existing)).toEqual(before[0]);
    expect(after.map((e) => `${e.kind}: ${e.text}`).sort()).toEqual([
      'action: Rollout',
      'detection: Page acknowledged',
      'trigger: Rollout',
    ]);
    expect(mergeEvents(doc, imported)).toEqual({ added: 0, skipped: 2, importId: null });
  });

  it('adds nothing when any event is invalid', () => {
    const doc = new Y.Doc();
    const origins: unknown[] = [];
    doc.on('afterTransaction', (tr: Y.Transaction) => origins.push(tr.origin));
    expect(() => mergeEvents(doc, [...imported, { at: T2, text: '' }])).toThrow(
      'An event needs some text',
    );
    expect(readTimeline(doc)).toEqual([]);
    expect(origins).toEqual([]);
  });
});

describe('an event text merges like text', () => {
  const TEXT = 'Pool lowered to 20. Nobody noticed. Errors climbed.';

  it('two people edit the same event text at once, one deleting a sentence while the other types at the end: both edits survive exactly', () => {
    const alex = new Y.Doc();
    const id = addTimelineEvent(alex, { at: T1, kind: 'trigger', text: TEXT });
    const bea = new Y.Doc();
    syncDocs(alex, bea);
    expect(timelineMap(bea).get(id)!.get('text')).toBeInstanceOf(Y.Text);

    editTimelineEvent(alex, id, {
      text: { before: TEXT, after: 'Pool lowered to 20. Errors climbed.' },
    });
    editTimelineEvent(bea, id, { text: { before: TEXT, after: `${TEXT} Paged at 14:07.` } });
    syncDocs(alex, bea);

    for (const doc of [alex, bea]) {
      expect(readTimeline(doc)[0]!.text).toBe(
        'Pool lowered to 20. Errors climbed. Paged at 14:07.',
      );
    }
  });

  it('reads a string stored before the text was a text, as typed, and edits it into a text', () => {
    const doc = new Y.Doc();
    const id = addTimelineEvent(doc, { at: T1, text: 'x' });
    const map = timelineMap(doc).get(id)!;
    map.set('text', 'Stored as a string ');
    expect(readTimeline(doc)[0]!.text).toBe('Stored as a string ');
    editTimelineEvent(doc, id, {
      text: { before: 'Stored as a string ', after: 'Stored as a string. ' },
    });
    expect(map.get('text')).toBeInstanceOf(Y.Text);
    expect(readTimeline(doc)[0]!.text).toBe('Stored as a string. ');
  });

  it('refuses a blank or too long text and changes nothing', () => {
    const doc = new Y.Doc();
    const id = addTimelineEvent(doc, { at: T1, text: 'Kept' });
    expect(() => editTimelineEvent(doc, id, { text: { before: 'Kept', after: '  ' } })).toThrow(
      'An event needs some text',
    );
    expect(() => editTimelineEvent(doc, id, { text: 'x'.repeat(501) })).toThrow(
      'An event has at most 500 characters',
    );
    expect(() => editTimelineEvent(doc, id, { text: ` ${'x'.repeat(499)} ` })).toThrow(
      'An event has at most 500 characters',
    );
    expect(readTimeline(doc)[0]!.text).toBe('Kept');
  });

  it('skips and counts a text no reader accepts: too long, blank, or not text', () => {
    const doc = new Y.Doc();
    const ids = ['a', 'b', 'c', 'd'].map((text) => addTimelineEvent(doc, { at: T1, text }));
    const text = (i: number) => timelineMap(doc).get(ids[i]!)!;
    doc.transact(() => {
      (text(0).get('text') as Y.Text).insert(1, 'y'.repeat(500));
      text(1).set('text', new Y.Text('   '));
      text(2).set('text', new Y.Array());
    });
    expect(readTimeline(doc).map((e) => e.text)).toEqual(['d']);
    expect(unreadableTimelineEvents(doc)).toBe(3);
  });

  it('counts an event the same as an imported one whatever spaces were typed around its text', () => {
    const doc = new Y.Doc();
    const id = addTimelineEvent(doc, { at: T1, kind: 'trigger', text: 'Rollout' });
    editTimelineEvent(doc, id, { text: { before: 'Rollout', after: 'Rollout ' } });
    expect(mergeEvents(doc, [{ at: T1, kind: 'trigger', text: 'Rollout' }])).toMatchObject({
      added: 0,
      skipped: 1,
    });
  });
});
