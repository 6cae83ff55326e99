import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { timelineProposalsMap } from '../doc/layout.ts';
import { addTimelineEvent, deleteTimelineEvent, readTimeline } from './timelineEvent.ts';
import {
  acceptProposal,
  flagEvent,
  proposalEffect,
  proposeEvent,
  readProposals,
  rejectProposal,
} from './timelineProposal.ts';

const at = (hhmm: string) => Date.parse(`2026-11-03T${hhmm}:00Z`);

function boardWithEvent() {
  const doc = new Y.Doc();
  const fac = new Y.Doc();
  const eventId = addTimelineEvent(
    doc,
    { at: at('14:05'), kind: 'detection', text: 'On-call acknowledges the page' },
    null,
    1,
  );
  return { doc, fac, eventId };
}

describe('timeline proposals', () => {
  it('a proposed event is stored open, with its author and where it was made', () => {
    const doc = new Y.Doc();
    const fac = new Y.Doc();
    const id = proposeEvent(
      doc,
      {
        event: { at: '2026-11-03T14:20:00Z', kind: 'communication', text: ' Support told ' },
        reason: 'I sent it',
        author: ' Pat ',
        via: 'survey',
      },
      null,
      1000,
    );
    expect(readProposals(doc, fac)).toEqual([
      {
        id,
        type: 'add',
        event: { at: at('14:20'), kind: 'communication', text: 'Support told' },
        reason: 'I sent it',
        author: 'Pat',
        via: 'survey',
        createdAt: 1000,
        status: 'open',
      },
    ]);
    // Nothing reaches the timeline before the facilitator accepts.
    expect(readTimeline(doc)).toEqual([]);
  });

  it('refuses bad input with a readable message and writes nothing', () => {
    const { doc, fac, eventId } = boardWithEvent();
    expect(() => proposeEvent(doc, { event: { at: at('14:00'), text: ' ' } })).toThrow(
      'An event needs some text',
    );
    expect(() => flagEvent(doc, eventId, { problem: 'wrong', reason: '  ' })).toThrow(
      'Say what is wrong with the event',
    );
    expect(readProposals(doc, fac)).toEqual([]);
  });

  it('a flag on an event that is gone is not written', () => {
    const doc = new Y.Doc();
    const fac = new Y.Doc();
    expect(flagEvent(doc, 'AAAAAAAAAAAAAAAA', { problem: 'wrong', reason: 'no' })).toBeNull();
    expect(readProposals(doc, fac)).toEqual([]);
  });

  it('accepting a proposed event adds it to the timeline, then records the decision', () => {
    const { doc, fac } = boardWithEvent();
    const id = proposeEvent(doc, {
      event: { at: at('14:20'), kind: 'communication', text: 'Support briefed' },
    });
    const transactions: [string, Y.Transaction][] = [];
    doc.on('afterTransaction', (tr: Y.Transaction) => transactions.push(['board', tr]));
    fac.on('afterTransaction', (tr: Y.Transaction) => transactions.push(['facilitation', tr]));
    const origin = { local: true };
    const result = acceptProposal(doc, fac, id, origin, 5000);
    expect(transactions.map(([d, tr]) => [d, tr.origin])).toEqual([
      ['board', origin],
      ['facilitation', origin],
    ]);
    expect(result).toMatchObject({ ok: true, effect: 'add' });
    const added = readTimeline(doc).find((e) => e.text === 'Support briefed');
    expect(added).toMatchObject({ at: at('14:20'), kind: 'communication' });
    expect(readProposals(doc, fac)[0]).toMatchObject({
      status: 'accepted',
      decidedAt: 5000,
      resultEventId: added?.id,
    });
  });

  it('accepting an event the timeline already has adds no duplicate', () => {
    const { doc, fac, eventId } = boardWithEvent();
    const id = proposeEvent(doc, {
      event: { at: at('14:05'), kind: 'detection', text: 'On-call acknowledges the page' },
    });
    expect(acceptProposal(doc, fac, id)).toEqual({ ok: true, effect: 'add', eventId });
    expect(readTimeline(doc)).toHaveLength(1);
  });

  it('two tabs accepting the same proposal at once end with one event', () => {
    const { doc, fac } = boardWithEvent();
    const id = proposeEvent(doc, {
      event: { at: at('14:20'), kind: 'communication', text: 'Support briefed' },
    });
    const other = new Y.Doc();
    const otherFac = new Y.Doc();
    Y.applyUpdate(other, Y.encodeStateAsUpdate(doc));
    expect(acceptProposal(doc, fac, id, null, 5000)).toMatchObject({ ok: true, eventId: id });
    expect(acceptProposal(other, otherFac, id, null, 5001)).toMatchObject({
      ok: true,
      eventId: id,
    });
    for (const [a, b] of [
      [doc, other],
      [fac, otherFac],
    ] as const) {
      Y.applyUpdate(a, Y.encodeStateAsUpdate(b));
      Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    }
    for (const [d, f] of [
      [doc, fac],
      [other, otherFac],
    ] as const) {
      expect(readTimeline(d).filter((e) => e.text === 'Support briefed')).toHaveLength(1);
      expect(readProposals(d, f)[0]).toMatchObject({ status: 'accepted', resultEventId: id });
    }
  });

  it('accepting a flag with a correction edits the event', () => {
    const { doc, fac, eventId } = boardWithEvent();
    const id = flagEvent(doc, eventId, {
      problem: 'wrong',
      reason: 'It was 14:06',
      correction: { at: at('14:06'), kind: 'detection', text: 'On-call acknowledges the page' },
    });
    expect(id).not.toBeNull();
    expect(acceptProposal(doc, fac, id as string)).toEqual({ ok: true, effect: 'edit', eventId });
    expect(readTimeline(doc)[0]).toMatchObject({ id: eventId, at: at('14:06') });
  });

  it('accepting a "wrong" flag without a correction removes the event', () => {
    const { doc, fac, eventId } = boardWithEvent();
    const id = flagEvent(doc, eventId, { problem: 'wrong', reason: 'Never happened' }) as string;
    expect(acceptProposal(doc, fac, id)).toEqual({ ok: true, effect: 'remove', eventId: null });
    expect(readTimeline(doc)).toEqual([]);
  });

  it('accepting an "incomplete" flag without a correction leaves the event for an edit', () => {
    const { doc, fac, eventId } = boardWithEvent();
    const id = flagEvent(doc, eventId, { problem: 'incomplete', reason: 'Who?' }) as string;
    expect(acceptProposal(doc, fac, id)).toEqual({ ok: true, effect: 'acknowledge', eventId });
    expect(readTimeline(doc)).toHaveLength(1);
  });

  it('a correction for an event deleted since is refused and stays open', () => {
    const { doc, fac, eventId } = boardWithEvent();
    const id = flagEvent(doc, eventId, {
      problem: 'wrong',
      reason: 'time',
      correction: { at: at('14:06'), kind: 'detection', text: 'x' },
    }) as string;
    deleteTimelineEvent(doc, eventId);
    expect(acceptProposal(doc, fac, id)).toEqual({ ok: false, reason: 'event-gone' });
    expect(readProposals(doc, fac).find((p) => p.id === id)?.status).toBe('open');
  });

  it('a proposal is decided once: reject after accept (or twice) changes nothing', () => {
    const { doc, fac } = boardWithEvent();
    const id = proposeEvent(doc, { event: { at: at('14:20'), text: 'x' } });
    expect(rejectProposal(doc, fac, id, null, 7)).toBe(true);
    expect(rejectProposal(doc, fac, id)).toBe(false);
    expect(acceptProposal(doc, fac, id)).toEqual({ ok: false, reason: 'decided' });
    expect(readProposals(doc, fac)[0]).toMatchObject({ status: 'rejected', decidedAt: 7 });
    expect(readTimeline(doc)).toHaveLength(1);
    expect(acceptProposal(doc, fac, 'nope')).toEqual({ ok: false, reason: 'missing' });
  });

  it('reads decisions from the facilitation doc only, never from beside the proposal', () => {
    const { doc, fac } = boardWithEvent();
    const id = proposeEvent(doc, { event: { at: at('14:20'), text: 'x' } });
    // What a participant's hand-made update can do: write a decision in the board doc.
    const map = timelineProposalsMap(doc).get(id)!;
    map.set('status', 'accepted');
    map.set('decidedAt', 1);
    expect(readProposals(doc, fac)[0]).toMatchObject({ status: 'open' });
    expect(readProposals(doc, fac)[0]).not.toHaveProperty('decidedAt');
  });

  it('malformed entries are skipped', () => {
    const { doc, fac } = boardWithEvent();
    const bad = new Y.Map<unknown>();
    bad.set('type', 'add');
    bad.set('status', 'open');
    timelineProposalsMap(doc).set('BADBADBADBAD', bad);
    expect(readProposals(doc, fac)).toEqual([]);
  });

  it('say what accepting will do', () => {
    const base = { id: 'AAAAAAAA', via: 'session', createdAt: 0, status: 'open' } as const;
    const event = { at: 0, kind: 'other', text: 'x' } as const;
    expect(proposalEffect({ ...base, type: 'add', event, reason: '' })).toBe('add');
    const flag = { ...base, type: 'flag', eventId: 'BBBBBBBB', reason: 'r' } as const;
    expect(proposalEffect({ ...flag, problem: 'wrong', correction: event })).toBe('edit');
    expect(proposalEffect({ ...flag, problem: 'wrong' })).toBe('remove');
    expect(proposalEffect({ ...flag, problem: 'incomplete' })).toBe('acknowledge');
  });
});
