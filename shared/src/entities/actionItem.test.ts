import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { syncDocs } from '../doc/testSync.ts';
import { actionItemsMap } from '../doc/layout.ts';
import {
  addActionItem,
  deleteActionItem,
  editActionItem,
  giveDefaultDue,
  readActionItems,
  setActionStatus,
} from './actionItem.ts';
import { acceptWontDo } from './actionAcceptance.ts';
import { claimOwnership, projectConfirmations, readOwnerClaims } from './ownerConfirmation.ts';

/** What the server does when a member says "I own this" in their private doc. */
function confirmAs(board: Y.Doc, facilitation: Y.Doc, name: string, actionId: string, at = 1) {
  const own = new Y.Doc();
  const action = readActionItems(board).find((a) => a.id === actionId)!;
  claimOwnership(own, actionId, action.owner!, null, at);
  projectConfirmations(facilitation, [{ name, claims: readOwnerClaims(own) }], new Set([actionId]));
}

describe('action item commands', () => {
  it('add, edit, set status, confirm and delete, each in one transaction with the origin', () => {
    const doc = new Y.Doc();
    const fac = new Y.Doc();
    const origins: unknown[] = [];
    doc.on('afterTransaction', (tr: Y.Transaction) => origins.push(tr.origin));
    const id = addActionItem(
      doc,
      {
        title: ' Alert on connection-pool saturation ',
        owner: 'Priya',
        due: '2026-11-20',
        impact: 'high',
        effort: 'low',
        clusterId: 'ClusterXxxxxxxxx',
        link: 'https://tracker.example.com/OPS-1234',
        details: '',
      },
      'me',
      1000,
    );
    expect(readActionItems(doc)).toEqual([
      {
        id,
        title: 'Alert on connection-pool saturation',
        owner: 'Priya',
        due: '2026-11-20',
        impact: 'high',
        effort: 'low',
        quadrant: 'quick win',
        clusterId: 'ClusterXxxxxxxxx',
        link: 'https://tracker.example.com/OPS-1234',
        status: 'open',
        ownerConfirmed: false,
        createdAt: 1000,
        updatedAt: 1000,
      },
    ]);
    confirmAs(doc, fac, 'Priya', id, 1500);
    expect(readActionItems(doc, fac)[0]).toMatchObject({ ownerConfirmed: true, confirmedAt: 1500 });
    expect(readActionItems(doc)[0]).toMatchObject({ ownerConfirmed: false });
    expect(editActionItem(doc, id, { due: null, effort: 'high', link: '' }, 'me', 2000)).toBe(true);
    const edited = readActionItems(doc, fac)[0]!;
    expect(edited).toMatchObject({
      quadrant: 'major project',
      ownerConfirmed: true,
      updatedAt: 2000,
    });
    expect(edited.due).toBeUndefined();
    expect(edited.link).toBeUndefined();
    expect(setActionStatus(doc, id, 'in progress', 'me', 3000)).toBe(true);
    expect(readActionItems(doc)[0]!.status).toBe('in progress');
    expect(deleteActionItem(doc, id, 'me')).toBe(true);
    expect(readActionItems(doc)).toEqual([]);
    expect(origins).toEqual(['me', 'me', 'me', 'me']);
  });

  it('a new owner withdraws the old owner’s "I own this"', () => {
    const doc = new Y.Doc();
    const fac = new Y.Doc();
    const id = addActionItem(doc, {
      title: 'Show config changes on the deploy dashboard',
      owner: 'Sam',
    });
    confirmAs(doc, fac, 'Sam', id);
    editActionItem(doc, id, { owner: 'Sam' }); // same owner: confirmation stays
    expect(readActionItems(doc, fac)[0]!.ownerConfirmed).toBe(true);
    editActionItem(doc, id, { owner: 'Alex' });
    expect(readActionItems(doc, fac)[0]).toMatchObject({ owner: 'Alex', ownerConfirmed: false });
    expect(readActionItems(doc, fac)[0]!.confirmedAt).toBeUndefined();
  });

  it('a confirmation stored on the item itself is never read', () => {
    const doc = new Y.Doc();
    const id = addActionItem(doc, { title: 'Range-check config values', owner: 'Sam' });
    actionItemsMap(doc).get(id)!.set('ownerConfirmed', true);
    expect(readActionItems(doc, new Y.Doc())[0]).toMatchObject({ ownerConfirmed: false });
  });

  it('commands on an action that is gone change nothing', () => {
    const doc = new Y.Doc();
    expect(editActionItem(doc, 'Nosuchaction1234', { title: 'x' })).toBe(false);
    expect(setActionStatus(doc, 'Nosuchaction1234', 'done')).toBe(false);
    expect(deleteActionItem(doc, 'Nosuchaction1234')).toBe(false);
  });

  it('refuses bad input with a readable message and changes nothing', () => {
    const doc = new Y.Doc();
    expect(() => addActionItem(doc, { title: '  ' })).toThrow('An action needs a title');
    expect(() => addActionItem(doc, { title: 'x', due: '20/11/2026' })).toThrow(
      'A due date must be a date like 2026-11-20',
    );
    expect(() => addActionItem(doc, { title: 'x', link: 'javascript:alert(1)' })).toThrow(
      'A ticket link must be a full http:// or https:// address',
    );
    expect(() => addActionItem(doc, { title: 'x', impact: 'huge' as 'high' })).toThrow(
      'Impact is high or low',
    );
    expect(() => addActionItem(doc, { title: 'x', type: 'blame' as 'prevent' })).toThrow(
      'An action type is one of mitigate, prevent, detect, process',
    );
    const id = addActionItem(doc, { title: 'ok' });
    expect(() => editActionItem(doc, id, { title: 'changed', type: 'fix' as 'detect' })).toThrow(
      'An action type is one of',
    );
    expect(() => editActionItem(doc, id, { title: 'changed', due: '2026-02-30' })).toThrow(
      'A due date must be a date like 2026-11-20',
    );
    expect(() => setActionStatus(doc, id, 'parked' as 'done')).toThrow('Status must be one of');
    expect(() => setActionStatus(doc, id, 'blocked')).toThrow();
    expect(readActionItems(doc).map((a) => a.title)).toEqual(['ok']);
  });
});

describe('an action’s type', () => {
  it('is set, changed and cleared by an edit; a bad stored one makes the item unreadable', () => {
    const doc = new Y.Doc();
    const id = addActionItem(doc, { title: 'Alert on saturation', type: 'detect' });
    expect(readActionItems(doc)[0]!.type).toBe('detect');
    editActionItem(doc, id, { type: 'prevent' });
    expect(readActionItems(doc)[0]!.type).toBe('prevent');
    editActionItem(doc, id, { type: null });
    expect(readActionItems(doc)[0]!.type).toBeUndefined();
    actionItemsMap(doc).get(id)!.set('type', 'blame');
    expect(readActionItems(doc)).toEqual([]);
  });
});

describe('readActionItems', () => {
  it('sorts by priority quadrant, then due date (none last), then creation', () => {
    const doc = new Y.Doc();
    const add = (title: string, rest: object, now: number) =>
      addActionItem(doc, { title, ...rest }, null, now);
    add('unrated', {}, 1);
    add('thankless', { impact: 'low', effort: 'high' }, 2);
    add('quick win, no date', { impact: 'high', effort: 'low' }, 3);
    add('quick win, late', { impact: 'high', effort: 'low', due: '2026-12-01' }, 4);
    add('quick win, soon', { impact: 'high', effort: 'low', due: '2026-11-10' }, 5);
    add('major project', { impact: 'high', effort: 'high', due: '2026-11-01' }, 6);
    add('fill-in', { impact: 'low', effort: 'low' }, 7);
    expect(readActionItems(doc).map((a) => a.title)).toEqual([
      'quick win, soon',
      'quick win, late',
      'quick win, no date',
      'major project',
      'fill-in',
      'thankless',
      'unrated',
    ]);
  });

  it('skips malformed entries', () => {
    const doc = new Y.Doc();
    addActionItem(doc, { title: 'fine' });
    const broken = new Y.Map<unknown>();
    broken.set('title', 42);
    actionItemsMap(doc).set('Brokenaction1234', broken);
    expect(readActionItems(doc).map((a) => a.title)).toEqual(['fine']);
  });
});

describe('action prose merges like text', () => {
  const DETAILS = 'Page at 80%. Nobody watched it. Add a runbook.';

  it('two people edit the same action at once, one deleting a sentence while the other types at the end: both edits survive exactly', () => {
    const alex = new Y.Doc();
    const id = addActionItem(alex, { title: 'Alert on pool use. Soon.', details: DETAILS });
    const bea = new Y.Doc();
    syncDocs(alex, bea);

    editActionItem(alex, id, {
      title: { before: 'Alert on pool use. Soon.', after: 'Alert on pool use.' },
      details: { before: DETAILS, after: 'Page at 80%. Add a runbook.' },
    });
    editActionItem(bea, id, {
      title: { before: 'Alert on pool use. Soon.', after: 'Alert on pool use. Soon. By Friday.' },
      details: { before: DETAILS, after: `${DETAILS} Link it.` },
    });
    syncDocs(alex, bea);

    for (const doc of [alex, bea]) {
      const [action] = readActionItems(doc);
      expect(action!.title).toBe('Alert on pool use. By Friday.');
      expect(action!.details).toBe('Page at 80%. Add a runbook. Link it.');
    }
  });

  it('two people start the details of a new action at once: both keep their words', () => {
    const alex = new Y.Doc();
    const id = addActionItem(alex, { title: 'Alert on pool use' });
    const bea = new Y.Doc();
    syncDocs(alex, bea);
    expect(actionItemsMap(bea).get(id)!.get('details')).toBeInstanceOf(Y.Text);
    editActionItem(alex, id, { details: { before: '', after: 'Page at 80%.' } });
    editActionItem(bea, id, { details: { before: '', after: ' Add a runbook.' } });
    syncDocs(alex, bea);
    const [a, b] = [alex, bea].map((doc) => readActionItems(doc)[0]!.details);
    expect(a).toBe(b);
    expect([`Page at 80%. Add a runbook.`, ' Add a runbook.Page at 80%.']).toContain(a);
  });

  it('reads details as typed, spaces included; only empty details are none', () => {
    const doc = new Y.Doc();
    const id = addActionItem(doc, { title: 'Alert' });
    expect(readActionItems(doc)[0]!.details).toBeUndefined();
    editActionItem(doc, id, { details: { before: '', after: ' ' } });
    expect(readActionItems(doc)[0]!.details).toBe(' ');
    editActionItem(doc, id, { details: { before: ' ', after: ' Page ' } });
    expect(readActionItems(doc)[0]!.details).toBe(' Page ');
  });

  it('reads strings stored before the title and details were texts, as typed, and edits them into texts', () => {
    const doc = new Y.Doc();
    const id = addActionItem(doc, { title: 'x' });
    const map = actionItemsMap(doc).get(id)!;
    map.set('title', 'Stored as a string ');
    map.set('details', 'Old details');
    expect(readActionItems(doc)[0]).toMatchObject({
      title: 'Stored as a string ',
      details: 'Old details',
    });
    editActionItem(doc, id, {
      title: { before: 'Stored as a string ', after: 'Stored as a string. ' },
    });
    expect(map.get('title')).toBeInstanceOf(Y.Text);
    expect(readActionItems(doc)[0]!.title).toBe('Stored as a string. ');
  });

  it('refuse a blank or too long title and change nothing; blank details are none', () => {
    const doc = new Y.Doc();
    const id = addActionItem(doc, { title: 'Kept', details: 'Some' });
    expect(() => editActionItem(doc, id, { title: { before: 'Kept', after: '  ' } })).toThrow(
      'An action needs a title',
    );
    expect(() => editActionItem(doc, id, { title: 'x'.repeat(201) })).toThrow(
      'A title has at most 200 characters',
    );
    expect(readActionItems(doc)[0]!.title).toBe('Kept');
    editActionItem(doc, id, { details: null });
    expect(readActionItems(doc)[0]!.details).toBeUndefined();
    expect(actionItemsMap(doc).get(id)!.get('details')).toBeInstanceOf(Y.Text);
  });
});

describe('statuses with a reason', () => {
  it("keeps the reason with blocked and won't do, and drops it after", () => {
    const doc = new Y.Doc();
    const id = addActionItem(doc, { title: 'Rotate the keys' });
    setActionStatus(doc, id, { status: 'blocked', reason: ' waiting on the vendor ' });
    expect(readActionItems(doc)[0]).toMatchObject({
      status: 'blocked',
      reason: 'waiting on the vendor',
    });
    setActionStatus(doc, id, { status: "won't do", reason: 'replaced by SSO' });
    expect(readActionItems(doc)[0]).toMatchObject({
      status: "won't do",
      reason: 'replaced by SSO',
    });
    setActionStatus(doc, id, 'open');
    const reopened = readActionItems(doc)[0]!;
    expect(reopened.status).toBe('open');
    expect(reopened.reason).toBeUndefined();
  });

  it("reads a won't do as accepted from the facilitation doc only, while its reason holds", () => {
    const doc = new Y.Doc();
    const facilitation = new Y.Doc();
    const id = addActionItem(doc, { title: 'Rotate the keys' });
    setActionStatus(doc, id, { status: "won't do", reason: 'replaced by SSO' });
    // A flag on the item, as a crafted update would write it: never read.
    actionItemsMap(doc).get(id)!.set('accepted', true);
    expect(readActionItems(doc, facilitation)[0]!.accepted).toBeUndefined();
    acceptWontDo(facilitation, id, 'replaced by SSO');
    expect(readActionItems(doc, facilitation)[0]!.accepted).toBe(true);
    expect(readActionItems(doc)[0]!.accepted).toBeUndefined();
    setActionStatus(doc, id, { status: "won't do", reason: 'too costly' });
    expect(readActionItems(doc, facilitation)[0]!.accepted).toBeUndefined();
  });

  it('reads an action stored before the new statuses existed as it was', () => {
    const doc = new Y.Doc();
    const map = new Y.Map<unknown>();
    doc.transact(() => {
      for (const [k, v] of Object.entries({
        title: 'Old one',
        status: 'done',
        createdAt: 1,
        updatedAt: 1,
      }))
        map.set(k, v);
      actionItemsMap(doc).set('Oldaction0000001', map as never);
    });
    expect(readActionItems(doc)).toMatchObject([{ id: 'Oldaction0000001', status: 'done' }]);
  });

  it('drops the chosen person when the owner is retyped, keeps it when the patch names one', () => {
    const doc = new Y.Doc();
    const id = addActionItem(doc, { title: 'Add alerts', owner: 'Pat Lee' });
    editActionItem(doc, id, { ownerPersonId: 'person-pat' });
    expect(readActionItems(doc)[0]!.ownerPersonId).toBe('person-pat');
    editActionItem(doc, id, { owner: 'Sam Roe', ownerPersonId: 'person-sam' });
    expect(readActionItems(doc)[0]!.ownerPersonId).toBe('person-sam');
    editActionItem(doc, id, { owner: 'Someone else' });
    expect(readActionItems(doc)[0]!.ownerPersonId).toBeUndefined();
  });

  it('adds an action with the person chosen as its owner, as the New action form does', () => {
    const doc = new Y.Doc();
    addActionItem(doc, { title: 'Add alerts', owner: 'Pat Lee', ownerPersonId: 'person-pat' });
    expect(readActionItems(doc)[0]).toMatchObject({
      owner: 'Pat Lee',
      ownerPersonId: 'person-pat',
    });
    expect(() => addActionItem(doc, { title: 'Add alerts', ownerPersonId: '' })).toThrow();
  });
});

describe('giveDefaultDue', () => {
  const given = { due: '2027-01-15', severity: 'SEV2', days: 56 } as const;

  it('sets the due date and why, read back with the action', () => {
    const doc = new Y.Doc();
    const id = addActionItem(doc, { title: 'Add a canary' });
    expect(giveDefaultDue(doc, id, given)).toBe(true);
    expect(readActionItems(doc)[0]).toMatchObject({ due: '2027-01-15', dueDefault: given });
  });

  it('never overwrites a date a person set meanwhile, nor gives one again once cleared', () => {
    const doc = new Y.Doc();
    const set = addActionItem(doc, { title: 'Dated', due: '2026-12-01' });
    expect(giveDefaultDue(doc, set, given)).toBe(false);
    expect(readActionItems(doc).find((a) => a.id === set)?.due).toBe('2026-12-01');
    const cleared = addActionItem(doc, { title: 'Cleared' });
    giveDefaultDue(doc, cleared, given);
    editActionItem(doc, cleared, { due: null });
    expect(giveDefaultDue(doc, cleared, { ...given, due: '2027-02-01' })).toBe(false);
    expect(readActionItems(doc).find((a) => a.id === cleared)?.due).toBeUndefined();
  });
});
