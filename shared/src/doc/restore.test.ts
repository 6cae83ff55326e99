import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addActionItem, deleteActionItem, readActionItems } from '../entities/actionItem.ts';
import {
  addTimelineEvent,
  deleteTimelineEvent,
  editTimelineEvent,
  readTimeline,
} from '../entities/timelineEvent.ts';
import { actionItemsMap, timelineMap } from './layout.ts';
import { restoreContent, rootKind } from './restore.ts';

const RESTORE = Symbol('test:restore');
const AT = Date.parse('2024-05-01T10:00:00Z');

/** A doc holding what `source` holds, decoded from an update like a stored version. */
function decoded(source: Y.Doc): Y.Doc {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, Y.encodeStateAsUpdate(source));
  return doc;
}

/** Two docs kept in sync both ways, like two peers on one room. */
function linked(a: Y.Doc, b: Y.Doc): void {
  a.on('update', (u: Uint8Array, origin: unknown) => origin !== b && Y.applyUpdate(b, u, a));
  b.on('update', (u: Uint8Array, origin: unknown) => origin !== a && Y.applyUpdate(a, u, b));
  Y.applyUpdate(b, Y.encodeStateAsUpdate(a), a);
  Y.applyUpdate(a, Y.encodeStateAsUpdate(b), b);
}

function boardWithContent(): { doc: Y.Doc; events: string[]; actions: string[] } {
  const doc = new Y.Doc();
  const events = ['Deploy 4.2 starts', 'Checkout 5xx alert', 'Rollback done'].map((text, i) =>
    addTimelineEvent(doc, { at: AT + i * 60_000, kind: 'action', text }),
  );
  const actions = ['Canary the payment service', 'Alert on 5xx ratio'].map((title) =>
    addActionItem(doc, { title }),
  );
  return { doc, events, actions };
}

describe('restoreContent', () => {
  it('brings back what was deleted after the version, as a change by the restoring writer', () => {
    const { doc: live, events, actions } = boardWithContent();
    const version = decoded(live);
    const before = { timeline: readTimeline(live), actions: readActionItems(live) };
    const vandal = new Y.Doc();
    linked(live, vandal);
    for (const id of events) deleteTimelineEvent(vandal, id);
    for (const id of actions) deleteActionItem(vandal, id);
    expect(readTimeline(live)).toEqual([]);

    const written: Uint8Array[] = [];
    live.on('update', (u: Uint8Array, origin: unknown) => origin === RESTORE && written.push(u));
    restoreContent(live, version, RESTORE);

    expect(readTimeline(live)).toEqual(before.timeline);
    expect(readActionItems(live)).toEqual(before.actions);
    // One change, every new struct in it made by the restoring doc's own client id.
    expect(written).toHaveLength(1);
    const { structs } = Y.decodeUpdate(written[0]!);
    expect(new Set(structs.map((s) => s.id.client))).toEqual(new Set([live.clientID]));
    // The other peer received it as an ordinary update.
    expect(readTimeline(vandal)).toEqual(before.timeline);
  });

  it('removes what was added after the version and keeps everything else as it is', () => {
    const { doc: live, events } = boardWithContent();
    const version = decoded(live);
    const kept = timelineMap(live).get(events[0]!);
    addTimelineEvent(live, { at: AT + 600_000, kind: 'other', text: 'Added later' });
    editTimelineEvent(live, events[1]!, { text: 'Checkout 5xx alert (PagerDuty)' });

    restoreContent(live, version, RESTORE);

    expect(readTimeline(live).map((e) => e.text)).toEqual(readTimeline(version).map((e) => e.text));
    // An unchanged entity is the same shared type: nothing of it was rewritten.
    expect(timelineMap(live).get(events[0]!)).toBe(kept);
  });

  it('reconciles entities field by field, so concurrent edits of other fields survive', () => {
    const { doc: live, events } = boardWithContent();
    const version = decoded(live);
    editTimelineEvent(live, events[1]!, { text: 'Checkout alert, wrongly reworded' });
    deleteTimelineEvent(live, events[2]!);
    const other = decoded(live);

    // The other peer changes the event's kind while the restore puts its text back,
    // and edits an event the restore does not touch; neither has heard of the other.
    editTimelineEvent(other, events[1]!, { kind: 'alert' });
    editTimelineEvent(other, events[0]!, { text: 'Deploy 4.2 starts (eu-west)' });
    restoreContent(live, version, RESTORE);
    Y.applyUpdate(live, Y.encodeStateAsUpdate(other));
    Y.applyUpdate(other, Y.encodeStateAsUpdate(live));

    expect(readTimeline(live).map((e) => [e.text, e.kind])).toEqual([
      ['Deploy 4.2 starts (eu-west)', 'action'],
      ['Checkout 5xx alert', 'alert'],
      ['Rollback done', 'action'],
    ]);
    expect(readTimeline(other)).toEqual(readTimeline(live));
  });

  it('writes nothing when the content is already the version’s', () => {
    const { doc: live } = boardWithContent();
    const version = decoded(live);
    let updates = 0;
    live.on('update', () => updates++);
    restoreContent(live, version, RESTORE);
    expect(updates).toBe(0);
  });

  it('patches texts, arrays and roots of any name, and creates roots the doc lacks', () => {
    const [notes, steps, extra] = ['notes', 'steps', 'extra'];
    const old = new Y.Doc();
    old.getText(notes).insert(0, 'The cache was cold. We rolled back.');
    old.getArray(steps).insert(0, ['detect', 'page', 'rollback']);
    old.getMap(extra).set('n', 1);
    const version = decoded(old);

    const live = decoded(old);
    live.getText(notes).insert(live.getText(notes).length, ' Then we slept.');
    live.getArray(steps).delete(1, 1);
    live.getArray(steps).push(['write postmortem']);
    live.getMap(extra).clear();
    const other = decoded(live);
    other.getText(notes).insert('The cache was cold. We rolled back'.length, ' (twice)');

    restoreContent(live, version, RESTORE);
    expect(live.getText(notes).toString()).toBe('The cache was cold. We rolled back.');
    expect(live.getArray(steps).toArray()).toEqual(['detect', 'page', 'rollback']);
    expect(live.getMap(extra).toJSON()).toEqual({ n: 1 });

    // The text was patched, not rewritten: a concurrent insert stays where it was made.
    Y.applyUpdate(live, Y.encodeStateAsUpdate(other));
    expect(live.getText(notes).toString()).toBe('The cache was cold. We rolled back (twice).');
  });

  it('reads each root’s kind from a decoded doc’s content', () => {
    const [m, a, t, x, empty] = ['m', 'a', 't', 'x', 'empty'];
    const doc = new Y.Doc();
    doc.getMap(m).set('k', 1);
    doc.getArray(a).push([1]);
    doc.getText(t).insert(0, 'hi');
    doc.getXmlFragment(x).insert(0, [new Y.XmlElement('p')]);
    doc.getMap(empty);
    const read = decoded(doc);
    expect([m, a, t, x, empty].map((name) => rootKind(read, name))).toEqual([
      'map',
      'array',
      'text',
      'xml',
      null,
    ]);
  });

  it('leaves the roots it is told to keep', () => {
    const { doc: live, actions } = boardWithContent();
    const version = decoded(live);
    deleteActionItem(live, actions[0]!);
    const actionsRoot = [...live.share].find(
      ([, type]) => type === (actionItemsMap(live) as unknown),
    )![0];
    restoreContent(live, version, RESTORE, (name) => name === actionsRoot);
    expect(readActionItems(live)).toHaveLength(1);
  });

  it('is undone and redone by an undo manager that tracks its origin', () => {
    const { doc: live, events } = boardWithContent();
    const version = decoded(live);
    for (const id of events) deleteTimelineEvent(live, id);
    const undo = new Y.UndoManager(live, { trackedOrigins: new Set([RESTORE]), captureTimeout: 0 });

    restoreContent(live, version, RESTORE);
    expect(readTimeline(live)).toHaveLength(3);
    // A later edit by someone else is not part of the restore and is not undone.
    addActionItem(live, { title: 'Written after the restore' });
    undo.undo();
    expect(readTimeline(live)).toEqual([]);
    expect(readActionItems(live).map((a) => a.title)).toContain('Written after the restore');
    undo.redo();
    expect(readTimeline(live).map((e) => e.text)).toEqual(readTimeline(version).map((e) => e.text));
  });
});
