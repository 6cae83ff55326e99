import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { DEFAULT_TEMPLATE } from '../templates.ts';
import {
  initFacilitation,
  readPlan,
  readSession,
  runSessionCommand,
  updatePlan,
  withdrawEarlyReveal,
} from './facilitation.ts';
import { facilitationMap } from '../doc/layout.ts';
import { INITIAL_SESSION } from '../session/session.ts';
import { writeImportedCards } from './revealedCard.ts';

describe('facilitation doc commands', () => {
  it('store a session started at a fractional clock reading (performance.now based clocks)', () => {
    const doc = new Y.Doc();
    initFacilitation(doc, DEFAULT_TEMPLATE);
    runSessionCommand(doc, DEFAULT_TEMPLATE, { type: 'start' }, 1_700_000_000_123.456);
    expect(readSession(doc)).toMatchObject({
      status: 'running',
      phaseId: 'goal',
      startedAt: 1_700_000_000_123,
    });
  });

  it('write nothing for a command that changes nothing', () => {
    const doc = new Y.Doc();
    initFacilitation(doc, DEFAULT_TEMPLATE);
    let transactions = 0;
    doc.on('afterTransaction', () => transactions++);
    runSessionCommand(doc, DEFAULT_TEMPLATE, { type: 'next' }, 1000);
    expect(transactions).toBe(0);
  });

  it('refuse a plan that drops the phase in progress, and keep the old plan', () => {
    const doc = new Y.Doc();
    initFacilitation(doc, DEFAULT_TEMPLATE);
    runSessionCommand(doc, DEFAULT_TEMPLATE, { type: 'start' }, 1000);
    const plan = readPlan(doc, DEFAULT_TEMPLATE);
    expect(() =>
      updatePlan(doc, { ...plan, phases: plan.phases.filter((p) => p.id !== 'goal') }),
    ).toThrow('The phase in progress cannot be removed');
    expect(readPlan(doc, DEFAULT_TEMPLATE).phases).toHaveLength(8);
  });

  it('refuse a column without a title with a readable message', () => {
    const doc = new Y.Doc();
    initFacilitation(doc, DEFAULT_TEMPLATE);
    const plan = readPlan(doc, DEFAULT_TEMPLATE);
    expect(() =>
      updatePlan(doc, { ...plan, columns: [{ id: 'went-well', title: '  ', prompt: '' }] }),
    ).toThrow('A column needs a title');
  });

  it('withdraw a reveal written before the session started, and keep one made after', () => {
    const doc = new Y.Doc();
    initFacilitation(doc, DEFAULT_TEMPLATE);
    // A crafted client writes the state whole; its own reducer would refuse.
    facilitationMap(doc).set('session', { ...INITIAL_SESSION, revealed: true });
    expect(withdrawEarlyReveal(doc)).toBe(true);
    expect(readSession(doc).revealed).toBe(false);
    expect(withdrawEarlyReveal(doc)).toBe(false);

    runSessionCommand(doc, DEFAULT_TEMPLATE, { type: 'start' }, 1000);
    runSessionCommand(doc, DEFAULT_TEMPLATE, { type: 'reveal' }, 2000);
    expect(withdrawEarlyReveal(doc)).toBe(false);
    expect(readSession(doc).revealed).toBe(true);
  });

  it('keep the reveal of an imported meeting that never started: its cards are out already', () => {
    const doc = new Y.Doc();
    initFacilitation(doc, DEFAULT_TEMPLATE);
    writeImportedCards(doc, [
      { id: 'A'.repeat(16), n: 0, text: 'Imported', column: 'well', rank: 0.5 },
    ]);
    facilitationMap(doc).set('session', { ...INITIAL_SESSION, revealed: true });
    expect(withdrawEarlyReveal(doc)).toBe(false);
    expect(readSession(doc).revealed).toBe(true);
  });
});
