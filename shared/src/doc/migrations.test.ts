import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { DOC_KINDS } from '../rooms.ts';
import {
  actionAcceptancesMap,
  actionItemsMap,
  discussionsMap,
  facilitationMap,
  incidentMap,
  legacyMetaMap,
  ownerConfirmationsMap,
  postmortemMap,
  proposalDecisionsMap,
  responsibilitiesArray,
  SCHEMA_VERSIONS,
  timelineMap,
  timelineProposalsMap,
} from './layout.ts';
import { readTimeline, unreadableTimelineEvents } from '../entities/timelineEvent.ts';
import {
  DEFAULT_OWNER_RESPONSIBILITIES,
  readPostmortemOwner,
} from '../entities/postmortemOwner.ts';
import {
  MIGRATION_ORIGIN,
  MIGRATIONS,
  migrateDoc,
  NewerLayoutError,
  storedLayoutVersion,
} from './migrations.ts';

describe('migrations', () => {
  it.each(DOC_KINDS)('are numbered in order up to the %s layout version', (kind) => {
    expect(MIGRATIONS[kind].map((m) => m.to)).toEqual(
      Array.from({ length: SCHEMA_VERSIONS[kind] }, (_, i) => i + 1),
    );
    expect(MIGRATIONS[kind].every((m) => m.name.length > 0)).toBe(true);
  });

  it('bring a doc to the current version in one transaction, once', () => {
    const doc = new Y.Doc();
    legacyMetaMap(doc).set('title', 'Before');
    const origins: unknown[] = [];
    doc.on('afterTransaction', (tr: Y.Transaction) => origins.push(tr.origin));
    const first = migrateDoc('board', doc, 1);
    expect(first).toEqual({
      version: SCHEMA_VERSIONS.board,
      steps: MIGRATIONS.board.slice(1).map((m) => m.name),
    });
    expect(origins).toEqual([MIGRATION_ORIGIN]);
    expect(migrateDoc('board', doc, first.version)).toEqual({ version: first.version, steps: [] });
    expect(origins).toHaveLength(1);
  });

  it("turn every discussion's prose strings into texts, leaving what no reader accepts", () => {
    const doc = new Y.Doc();
    const discussion = new Y.Map<unknown>();
    const whys = new Y.Array<unknown>();
    const factors = new Y.Array<unknown>();
    discussionsMap(doc).set('Clusterxxxxxxxxx', discussion);
    discussion.set('notes', 'Pool was too small.');
    discussion.set('reduceImpact', 42);
    discussion.set('whys', whys);
    discussion.set('factors', factors);
    const level = new Y.Map<unknown>();
    whys.push([level, 'not a level']);
    level.set('why', 'Why?');
    level.set('because', 'Because.');
    const factor = new Y.Map<unknown>();
    factors.push([factor]);
    factor.set('text', 'Retries');
    discussionsMap(doc).set('Brokenxxxxxxxxxx', 'not a discussion' as never);

    migrateDoc('board', doc, 2);
    const texts = [
      discussion.get('notes'),
      level.get('why'),
      level.get('because'),
      factor.get('text'),
    ];
    expect(texts.every((t) => t instanceof Y.Text)).toBe(true);
    expect(texts.map(String)).toEqual(['Pool was too small.', 'Why?', 'Because.', 'Retries']);
    expect(discussion.get('reduceImpact')).toBe(42);
    expect(whys.get(1)).toBe('not a level');
  });

  it('turn the incident summary and impact in words into texts, leaving what no reader accepts', () => {
    const doc = new Y.Doc();
    const incident = incidentMap(doc);
    incident.set('summary', 'The pool ran out.');
    incident.set('impact.description', 'EU users.');
    incident.set('title', 'Checkout down');
    migrateDoc('board', doc, 3);
    expect(incident.get('summary')).toBeInstanceOf(Y.Text);
    expect(String(incident.get('summary'))).toBe('The pool ran out.');
    expect(String(incident.get('impact.description'))).toBe('EU users.');
    expect(incident.get('title')).toBe('Checkout down');

    const broken = new Y.Doc();
    incidentMap(broken).set('summary', 42);
    migrateDoc('board', broken, 3);
    expect(incidentMap(broken).get('summary')).toBe(42);
  });

  it("turn every action's title and details into texts, leaving what no reader accepts", () => {
    const doc = new Y.Doc();
    const item = new Y.Map<unknown>();
    item.set('title', 'Alert on pool use');
    item.set('details', 'Page at 80%.');
    item.set('owner', 'Priya');
    actionItemsMap(doc).set('ActionAaaaaaaaaa', item as never);
    actionItemsMap(doc).set('ActionBbbbbbbbbb', 'not a map' as never);
    migrateDoc('board', doc, 4);
    expect(item.get('title')).toBeInstanceOf(Y.Text);
    expect(String(item.get('title'))).toBe('Alert on pool use');
    expect(String(item.get('details'))).toBe('Page at 80%.');
    expect(item.get('owner')).toBe('Priya');
    expect(actionItemsMap(doc).get('ActionBbbbbbbbbb')).toBe('not a map');

    const broken = new Y.Doc();
    const bad = new Y.Map<unknown>();
    bad.set('title', 42);
    actionItemsMap(broken).set('ActionCcccccccccc', bad as never);
    migrateDoc('board', broken, 4);
    expect(bad.get('title')).toBe(42);
  });

  it("turn every timeline event's text into a text, once, leaving what no reader accepts, which is counted", () => {
    const at = Date.parse('2026-03-02T14:20:00Z');
    const event = (text: unknown) => {
      const map = new Y.Map<unknown>();
      for (const [key, value] of Object.entries({ at, kind: 'action', createdAt: at })) {
        map.set(key, value);
      }
      map.set('updatedAt', at);
      map.set('text', text);
      return map;
    };
    const doc = new Y.Doc();
    const good = event('Rolled back #8812 ');
    const long = event('x'.repeat(501));
    const number = event(42);
    timelineMap(doc).set('EventAaaaaaaaaaa', good);
    timelineMap(doc).set('EventBbbbbbbbbbb', long);
    timelineMap(doc).set('EventCccccccccccc', number);
    timelineMap(doc).set('EventDdddddddddd', 'not a map' as never);

    migrateDoc('board', doc, 5);
    expect(good.get('text')).toBeInstanceOf(Y.Text);
    expect(readTimeline(doc).map((e) => e.text)).toEqual(['Rolled back #8812 ']);
    // Too long is a text no reader accepts; a number is left as it is; both are counted.
    expect(long.get('text')).toBeInstanceOf(Y.Text);
    expect(number.get('text')).toBe(42);
    expect(timelineMap(doc).get('EventDdddddddddd')).toBe('not a map');
    expect(unreadableTimelineEvents(doc)).toBe(3);

    // Run again, the step finds no string left and changes nothing.
    const text = good.get('text');
    const state = Y.encodeStateVector(doc);
    migrateDoc('board', doc, 5);
    expect(Y.encodeStateVector(doc)).toEqual(state);
    expect(good.get('text')).toBe(text);
    expect(readTimeline(doc).map((e) => e.text)).toEqual(['Rolled back #8812 ']);
  });

  it("turn the owners' responsibilities into one text per item, once; a list no reader accepted becomes the usual one", () => {
    const doc = new Y.Doc();
    const board = new Y.Doc();
    facilitationMap(doc).set('responsibilities', ['Chase the actions ', 'Run the review']);
    facilitationMap(doc).set('owners', ['Dana']);
    migrateDoc('facilitation', doc, 2, { board });
    const items = responsibilitiesArray(doc).toArray();
    expect(items.every((item) => item instanceof Y.Text)).toBe(true);
    expect(items.map(String)).toEqual(['Chase the actions', 'Run the review']);
    expect(facilitationMap(doc).has('responsibilities')).toBe(false);
    expect(readPostmortemOwner(doc)).toEqual({
      names: ['Dana'],
      responsibilities: ['Chase the actions', 'Run the review'],
    });

    // Run again, the step keeps the texts it made and changes nothing.
    const state = Y.encodeStateVector(doc);
    migrateDoc('facilitation', doc, 2, { board });
    expect(Y.encodeStateVector(doc)).toEqual(state);
    expect(responsibilitiesArray(doc).get(0)).toBe(items[0]);

    for (const stored of [undefined, 'not a list', [], ['', 'x'.repeat(201)]]) {
      const broken = new Y.Doc();
      if (stored !== undefined) facilitationMap(broken).set('responsibilities', stored);
      migrateDoc('facilitation', broken, 2, { board });
      expect(responsibilitiesArray(broken).toArray().map(String)).toEqual(
        DEFAULT_OWNER_RESPONSIBILITIES,
      );
      expect(facilitationMap(broken).has('responsibilities')).toBe(false);
    }
  });

  it('take the board meta out of the board doc, whatever a participant wrote there', () => {
    const doc = new Y.Doc();
    const meta = legacyMetaMap(doc);
    meta.set('title', 'Checkout 5xx');
    meta.set('schemaVersion', 999);
    meta.set('anything', new Y.Map());
    migrateDoc('board', doc, 1);
    expect(meta.size).toBe(0);
  });

  it('refuse a doc written by a newer version, changing nothing', () => {
    const doc = new Y.Doc();
    expect(() => migrateDoc('facilitation', doc, SCHEMA_VERSIONS.facilitation + 1)).toThrow(
      NewerLayoutError,
    );
    expect(doc.store.clients.size).toBe(0);
  });

  it('read an unrecorded version as the first layout, or the current one for an empty doc', () => {
    expect(storedLayoutVersion('board', null, false)).toBe(1);
    expect(storedLayoutVersion('private', null, true)).toBe(SCHEMA_VERSIONS.private);
    expect(storedLayoutVersion('board', 7, false)).toBe(7);
  });
});

describe('facilitation layout 2', () => {
  it('copies decisions, owners and confirmations out of the board doc, keeping what is there', () => {
    const board = new Y.Doc();
    const proposal = (status: string) => {
      const map = new Y.Map<unknown>();
      map.set('type', 'add');
      map.set('status', status);
      map.set('decidedAt', 5);
      return map;
    };
    timelineProposalsMap(board).set('ProposalAccepted', proposal('accepted'));
    timelineProposalsMap(board).set('ProposalRejected', proposal('rejected'));
    timelineProposalsMap(board).set('ProposalOpen0001', proposal('open'));
    postmortemMap(board).set('owners', ['Dana']);
    postmortemMap(board).set('responsibilities', 'not a list');
    const action = new Y.Map<unknown>();
    action.set('owner', 'Sam');
    action.set('ownerConfirmed', true);
    action.set('confirmedAt', 9);
    actionItemsMap(board).set('ActionAAAAAAAAAA', action);
    actionItemsMap(board).set('ActionBBBBBBBBBB', 'garbage' as never);

    const facilitation = new Y.Doc();
    proposalDecisionsMap(facilitation).set('ProposalRejected', {
      status: 'accepted',
      decidedAt: 7,
    });
    expect(() => migrateDoc('facilitation', facilitation, 1)).toThrow('reads the board doc');
    migrateDoc('facilitation', facilitation, 1, { board });

    expect(proposalDecisionsMap(facilitation).toJSON()).toEqual({
      ProposalAccepted: { status: 'accepted', decidedAt: 5 },
      ProposalRejected: { status: 'accepted', decidedAt: 7 },
    });
    expect(facilitationMap(facilitation).get('owners')).toEqual(['Dana']);
    expect(facilitationMap(facilitation).has('responsibilities')).toBe(false);
    expect(ownerConfirmationsMap(facilitation).toJSON()).toEqual({
      ActionAAAAAAAAAA: [{ owner: 'Sam', at: 9 }],
    });
  });
});

describe('facilitation layout 4', () => {
  it("copies accepted won't dos out of the board doc with their reason, keeping what is there", () => {
    const board = new Y.Doc();
    const item = (fields: Record<string, unknown>) => {
      const map = new Y.Map<unknown>();
      for (const [k, v] of Object.entries(fields)) map.set(k, v);
      return map;
    };
    const wontDo = { status: "won't do", reason: ' replaced by SSO ', updatedAt: 9 };
    actionItemsMap(board).set('ActionAAAAAAAAAA', item({ ...wontDo, accepted: true }));
    actionItemsMap(board).set('ActionBBBBBBBBBB', item({ ...wontDo }));
    actionItemsMap(board).set(
      'ActionCCCCCCCCCC',
      item({ ...wontDo, status: 'done', accepted: true }),
    );
    actionItemsMap(board).set('ActionDDDDDDDDDD', item({ ...wontDo, reason: 3, accepted: true }));
    actionItemsMap(board).set('ActionEEEEEEEEEE', item({ ...wontDo, accepted: true }));
    actionItemsMap(board).set('ActionFFFFFFFFFF', 'garbage' as never);

    const facilitation = new Y.Doc();
    actionAcceptancesMap(facilitation).set('ActionEEEEEEEEEE', { reason: 'kept', at: 1 });
    expect(() => migrateDoc('facilitation', facilitation, 3)).toThrow('reads the board doc');
    migrateDoc('facilitation', facilitation, 3, { board });

    expect(actionAcceptancesMap(facilitation).toJSON()).toEqual({
      ActionAAAAAAAAAA: { reason: 'replaced by SSO', at: 9 },
      ActionEEEEEEEEEE: { reason: 'kept', at: 1 },
    });
  });
});
