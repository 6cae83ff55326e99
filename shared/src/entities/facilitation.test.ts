import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { DEFAULT_TEMPLATE } from '../templates.ts';
import {
  initFacilitation,
  readPlan,
  readSession,
  runSessionCommand,
  updatePlan,
} from './facilitation.ts';

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
});
