import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addActionItem, deleteActionItem } from '../entities/actionItem.ts';
import { addTimelineEvent, deleteTimelineEvent } from '../entities/timelineEvent.ts';
import { moveFreeCard } from '../entities/cluster.ts';
import { updateIncident } from '../entities/incident.ts';
import { BOARD_ROOTS } from '../doc/layout.ts';
import { digestDoc, digestHash, stableJson } from './digest.ts';
import { compareDigests, describeChanges } from './summary.ts';

const AT = Date.parse('2024-05-01T10:00:00Z');
const CARDS = ['c1', 'c2', 'c3', 'c4'].map((c) => c.padEnd(16, 'x'));

describe('change summaries', () => {
  it('say what changed between two versions of a board in one line', () => {
    const doc = new Y.Doc();
    const events = Array.from({ length: 12 }, (_, i) =>
      addTimelineEvent(doc, { at: AT + i * 60_000, kind: 'action', text: `Step ${i}` }),
    );
    const actions = ['Canary deploys', 'Alert on 5xx'].map((title) =>
      addActionItem(doc, { title }),
    );
    for (const card of CARDS) moveFreeCard(doc, card, { x: 0, y: 0 });
    const before = digestDoc(doc);

    for (const card of CARDS.slice(0, 3)) moveFreeCard(doc, card, { x: 40, y: 80 });
    deleteActionItem(doc, actions[0]!);
    for (const id of events) deleteTimelineEvent(doc, id);
    const after = digestDoc(doc);

    expect(describeChanges(compareDigests(before, after))).toBe(
      'timeline: 12 events removed, 3 cards moved, 1 action deleted',
    );
  });

  it('count additions, removals and edits separately, and name parts they do not know', () => {
    const changes = compareDigests(
      { [BOARD_ROOTS.actionItems]: { a: '1', b: '2' }, notes: { '': 'x' } },
      { [BOARD_ROOTS.actionItems]: { a: '9', c: '3', d: '4' }, notes: { '': 'y' } },
    );
    expect(changes).toEqual([
      { area: BOARD_ROOTS.actionItems, added: 2, removed: 1, changed: 1 },
      { area: 'notes', added: 0, removed: 0, changed: 1 },
    ]);
    expect(describeChanges(changes)).toBe(
      '2 actions added, 1 action deleted, 1 action edited, notes: 1 entry changed',
    );
  });

  it('describe a first version against an empty board, and no change as such', () => {
    const doc = new Y.Doc();
    updateIncident(doc, { severity: 'SEV2' });
    addTimelineEvent(doc, { at: AT, kind: 'trigger', text: 'Deploy' });
    expect(describeChanges(compareDigests({}, digestDoc(doc)))).toBe(
      'incident facts: 1 field filled, timeline: 1 event added',
    );
    expect(describeChanges(compareDigests(digestDoc(doc), digestDoc(doc)))).toBe('No changes');
  });
});

describe('digests', () => {
  it('are equal for equal content written in another order, and differ otherwise', () => {
    const a = new Y.Doc();
    const b = new Y.Doc();
    updateIncident(a, { severity: 'SEV2', summary: 'Checkout failed' });
    updateIncident(b, { summary: 'Checkout failed' });
    updateIncident(b, { severity: 'SEV2' });
    expect(digestHash(digestDoc(a))).toBe(digestHash(digestDoc(b)));
    updateIncident(b, { severity: 'SEV1' });
    expect(digestHash(digestDoc(a))).not.toBe(digestHash(digestDoc(b)));
  });

  it('sort object keys', () => {
    expect(stableJson({ b: 1, a: [{ d: 2, c: undefined }] })).toBe('{"a":[{"d":2}],"b":1}');
  });

  it('give text for whatever a writer stored: big integers, sub-documents, shared values, borrowed prototypes', () => {
    const doc = new Y.Doc();
    const shared = { n: 1 };
    const map = doc.getMap(BOARD_ROOTS.actionItems);
    map.set('sub', new Y.Doc({ guid: 'g1' }));
    map.set('json', { big: 2n ** 60n, twice: [shared, shared] });
    expect(() => digestDoc(doc)).not.toThrow();
    expect(stableJson({ big: 2n ** 60n, twice: [shared, shared] })).toBe(
      '{"big":"1152921504606846976n","twice":[{"n":1},{"n":1}]}',
    );
    expect(stableJson(new Y.Doc({ guid: 'g1' }))).toBe('"doc:g1"');
    // What a decoder makes of a `__proto__` key holding bytes.
    const borrowed = Object.setPrototypeOf({ a: 1 }, Uint8Array.from([1, 2])) as unknown;
    expect(stableJson(borrowed)).toBe('{"a":1}');
    expect(stableJson(Uint8Array.from([1, 2]))).toBe('[1,2]');
  });
});
