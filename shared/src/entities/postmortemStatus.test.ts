import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addActionItem, readActionItems, setActionStatus } from './actionItem.ts';
import {
  clearPostmortemOwners,
  DEFAULT_OWNER_RESPONSIBILITIES,
  readPostmortemOwner,
  setOwnerResponsibilities,
  setPostmortemOwners,
} from './postmortemOwner.ts';
import { canClose, readPostmortemStatus, setPostmortemStatus } from './postmortemStatus.ts';

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
});
