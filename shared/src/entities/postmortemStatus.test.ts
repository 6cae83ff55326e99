import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addActionItem, readActionItems, setActionStatus } from './actionItem.ts';
import { responsibilitiesArray } from '../doc/layout.ts';
import { syncDocs } from '../doc/testSync.ts';
import {
  addOwnerResponsibility,
  clearPostmortemOwners,
  DEFAULT_OWNER_RESPONSIBILITIES,
  editOwnerResponsibility,
  initOwnerResponsibilities,
  readPostmortemOwner,
  removeOwnerResponsibility,
  setOwnerResponsibilities,
  setPostmortemOwners,
} from './postmortemOwner.ts';
import {
  canClose,
  offersClosing,
  readPostmortemStatus,
  setPostmortemStatus,
} from './postmortemStatus.ts';

describe('close rule', () => {
  it('canClose only when every action is done, naming the open ones', () => {
    const doc = new Y.Doc();
    const a = addActionItem(doc, { title: 'Alert on pool saturation' }, null, 1);
    const b = addActionItem(doc, { title: 'Show config changes next to deploys' }, null, 2);
    expect(canClose(readActionItems(doc))).toEqual({
      ok: false,
      open: readActionItems(doc),
      message:
        '2 actions are still open: Alert on pool saturation; Show config changes next to deploys',
    });
    setActionStatus(doc, a, 'done');
    setActionStatus(doc, b, 'in progress');
    expect(canClose(readActionItems(doc))).toMatchObject({
      ok: false,
      message: '1 action is still open: Show config changes next to deploys',
    });
    setActionStatus(doc, b, 'done');
    expect(canClose(readActionItems(doc))).toEqual({ ok: true });
    expect(canClose([])).toEqual({ ok: true });
  });

  it('names at most three open actions', () => {
    const doc = new Y.Doc();
    for (const [i, t] of ['A', 'B', 'C', 'D', 'E'].entries())
      addActionItem(doc, { title: t }, null, i);
    const check = canClose(readActionItems(doc));
    expect(check.ok || check.message).toBe('5 actions are still open: A; B; C; and 2 more');
  });

  it('setPostmortemStatus refuses "closed" while an action is open, and allows it after', () => {
    const doc = new Y.Doc();
    expect(readPostmortemStatus(doc)).toBe('draft');
    expect(setPostmortemStatus(doc, 'in review')).toEqual({ ok: true });
    const id = addActionItem(doc, { title: 'Range-check config values' });
    setPostmortemStatus(doc, 'actions open');
    expect(setPostmortemStatus(doc, 'closed')).toMatchObject({
      ok: false,
      message: '1 action is still open: Range-check config values',
    });
    expect(readPostmortemStatus(doc)).toBe('actions open');
    setActionStatus(doc, id, 'done');
    expect(setPostmortemStatus(doc, 'closed', 'owner')).toEqual({ ok: true });
    expect(readPostmortemStatus(doc)).toBe('closed');
    expect(() => setPostmortemStatus(doc, 'archived' as 'closed')).toThrow('Status must be one of');
  });

  it('an action added while someone closes reopens it on every replica', () => {
    const a = new Y.Doc();
    const b = new Y.Doc();
    setPostmortemStatus(a, 'closed'); // no actions: allowed
    addActionItem(b, { title: 'Add backoff to mobile retries' });
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    Y.applyUpdate(a, Y.encodeStateAsUpdate(b));
    expect(readPostmortemStatus(a)).toBe('actions open');
    expect(readPostmortemStatus(b)).toBe('actions open');
  });
});

describe('closing offer', () => {
  it("offers to close once every action is done or an accepted won't do, never with none", () => {
    const done = { status: 'done' as const };
    const accepted = { status: "won't do" as const, accepted: true };
    const waiting = { status: "won't do" as const };
    expect(offersClosing('actions open', [done, accepted])).toBe(true);
    expect(offersClosing('in review', [done])).toBe(true);
    expect(offersClosing('actions open', [done, waiting])).toBe(false);
    expect(offersClosing('actions open', [done, { status: 'blocked' }])).toBe(false);
    expect(offersClosing('closed', [done])).toBe(false);
    expect(offersClosing('actions open', [])).toBe(false);
  });
});

describe('postmortem owner', () => {
  it('has no owner and the seeds’ responsibilities until the team agrees', () => {
    const doc = new Y.Doc();
    expect(readPostmortemOwner(doc)).toEqual({
      names: [],
      responsibilities: [...DEFAULT_OWNER_RESPONSIBILITIES],
    });
    expect(DEFAULT_OWNER_RESPONSIBILITIES).toHaveLength(4);
  });

  it('takes one to three different names and an edited list of responsibilities', () => {
    const doc = new Y.Doc();
    setPostmortemOwners(doc, [' Priya ', 'Sam'], 'me');
    setOwnerResponsibilities(doc, ['Chase the action items', 'Run the follow-up review']);
    expect(readPostmortemOwner(doc)).toEqual({
      names: ['Priya', 'Sam'],
      responsibilities: ['Chase the action items', 'Run the follow-up review'],
    });
    expect(() => setPostmortemOwners(doc, [])).toThrow('Name at least one owner');
    expect(() => setPostmortemOwners(doc, ['a', 'b', 'c', 'd'])).toThrow('At most 3 owners');
    expect(() => setPostmortemOwners(doc, ['Sam', 'sam'])).toThrow('The same owner is named twice');
    expect(() => setOwnerResponsibilities(doc, [])).toThrow('List at least one responsibility');
    clearPostmortemOwners(doc);
    expect(readPostmortemOwner(doc).names).toEqual([]);
  });

  it('two people reword the same responsibility at once, one deleting a sentence while the other types at the end: both edits survive exactly', () => {
    const fran = new Y.Doc();
    initOwnerResponsibilities(fran);
    const gus = new Y.Doc();
    syncDocs(fran, gus);
    const before = 'Follow up on the action items with their owners';
    editOwnerResponsibility(fran, 1, { before, after: 'Follow up on the action items' });
    editOwnerResponsibility(gus, 1, { before, after: `${before}, weekly` });
    syncDocs(fran, gus);
    for (const doc of [fran, gus]) {
      expect(readPostmortemOwner(doc).responsibilities[1]).toBe(
        'Follow up on the action items, weekly',
      );
      expect(readPostmortemOwner(doc).responsibilities).toHaveLength(4);
    }
  });

  it('adds, rewords and removes one responsibility at a time, writing the usual list first when none is stored', () => {
    const doc = new Y.Doc();
    expect(responsibilitiesArray(doc).length).toBe(0);
    addOwnerResponsibility(doc, ' Write the summary ');
    expect(readPostmortemOwner(doc).responsibilities).toEqual([
      ...DEFAULT_OWNER_RESPONSIBILITIES,
      'Write the summary',
    ]);
    expect(editOwnerResponsibility(doc, 4, 'Write the summary today')).toBe(true);
    expect(removeOwnerResponsibility(doc, 0)).toBe(true);
    expect(readPostmortemOwner(doc).responsibilities).toEqual([
      ...DEFAULT_OWNER_RESPONSIBILITIES.slice(1),
      'Write the summary today',
    ]);
    expect(editOwnerResponsibility(doc, 9, 'Nothing there')).toBe(false);
    expect(() => editOwnerResponsibility(doc, 0, { before: 'x', after: '  ' })).toThrow(
      'A responsibility needs some text',
    );
    expect(() => addOwnerResponsibility(doc, 'x'.repeat(201))).toThrow(
      'A responsibility has at most 200 characters',
    );
    for (let i = 0; i < 3; i++) removeOwnerResponsibility(doc, 0);
    expect(() => removeOwnerResponsibility(doc, 0)).toThrow('List at least one responsibility');
    expect(readPostmortemOwner(doc).responsibilities).toEqual(['Write the summary today']);
  });

  it('reads around an item that is blank, too long or not text, and shows the usual list when none can be read', () => {
    const doc = new Y.Doc();
    responsibilitiesArray(doc).push([new Y.Text('  '), 42, new Y.Text('x'.repeat(201))]);
    expect(readPostmortemOwner(doc).responsibilities).toEqual([...DEFAULT_OWNER_RESPONSIBILITIES]);
    responsibilitiesArray(doc).push([new Y.Text('Keep the document '), 'A string']);
    expect(readPostmortemOwner(doc).responsibilities).toEqual(['Keep the document ', 'A string']);
    expect(editOwnerResponsibility(doc, 1, 'A text now')).toBe(true);
    expect(responsibilitiesArray(doc).get(4)).toBeInstanceOf(Y.Text);
    expect(readPostmortemOwner(doc).responsibilities).toEqual(['Keep the document ', 'A text now']);
  });
});
