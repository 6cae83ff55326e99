import {
  DEFAULT_TEMPLATE,
  initFacilitation,
  planFromTemplate,
  readPlan,
  readSession,
  timer,
} from '@hindsight/shared';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { createFacilitatorCommands } from './facilitatorCommands.ts';

const MIN = 60_000;

function setup() {
  const doc = new Y.Doc();
  initFacilitation(doc, DEFAULT_TEMPLATE);
  let now = 1_000_000;
  const commands = createFacilitatorCommands(doc, DEFAULT_TEMPLATE, () => now);
  return { doc, commands, advance: (ms: number) => (now += ms), at: () => now };
}

describe('facilitator commands', () => {
  it('stamp every command with the server time the clock gives', () => {
    const { doc, commands, advance, at } = setup();
    commands.run({ type: 'start' });
    const started = readSession(doc);
    expect(started).toMatchObject({ status: 'running', phaseId: 'goal', startedAt: at() });

    advance(2 * MIN);
    commands.run({ type: 'timerPause' });
    commands.run({ type: 'timerExtend', minutes: 1 });
    const paused = readSession(doc).timer!;
    expect(timer.remaining(paused, at() + 10 * MIN)).toBe(4 * MIN);
  });

  it('store a changed plan with the board, and refuse an invalid one without writing', () => {
    const { doc, commands } = setup();
    const plan = planFromTemplate(DEFAULT_TEMPLATE);
    const renamed = {
      ...plan,
      phases: plan.phases.map((p) => (p.id === 'goal' ? { ...p, title: 'Why', minutes: 3 } : p)),
    };
    commands.updatePlan(renamed);
    expect(readPlan(doc, DEFAULT_TEMPLATE).phases[0]).toMatchObject({ title: 'Why', minutes: 3 });

    expect(() => commands.updatePlan({ ...renamed, columns: [] })).toThrow();
    expect(readPlan(doc, DEFAULT_TEMPLATE).columns).toHaveLength(3);
  });

  it('write only under their own origin, so remote echoes are told apart', () => {
    const { doc, commands } = setup();
    const origins: unknown[] = [];
    doc.on('afterTransaction', (tr: Y.Transaction) => origins.push(tr.origin));
    commands.run({ type: 'start' });
    expect(origins).toEqual([{ source: 'hindsight:facilitator' }]);
  });
});
