import {
  DEFAULT_TEMPLATE,
  INITIAL_SESSION,
  planFromTemplate,
  reduceSession,
  type SessionCommand,
  type SessionPlan,
  type SessionState,
} from '@hindsight/shared';
import { describe, expect, it } from 'vitest';
import { agendaRows, phaseInstructions, sessionSummary } from './agenda.ts';

const MIN = 60_000;

function withSkipped(plan: SessionPlan, id: string): SessionPlan {
  return { ...plan, phases: plan.phases.map((p) => (p.id === id ? { ...p, skipped: true } : p)) };
}

function run(plan: SessionPlan, steps: [SessionCommand, number][]): SessionState {
  return steps.reduce((s, [command, at]) => reduceSession(plan, s, command, at), INITIAL_SESSION);
}

describe('agendaRows', () => {
  const plan = withSkipped(planFromTemplate(DEFAULT_TEMPLATE), 'timeline');

  it('before the start: every phase upcoming, skipped ones marked and not numbered', () => {
    const rows = agendaRows(plan, INITIAL_SESSION, 0);
    expect(rows.map((r) => [r.id, r.state, r.step])).toEqual([
      ['goal', 'upcoming', 1],
      ['timeline', 'skipped', null],
      ['brainstorm', 'upcoming', 2],
      ['cluster', 'upcoming', 3],
      ['discuss', 'upcoming', 4],
      ['actions', 'upcoming', 5],
      ['owner', 'upcoming', 6],
      ['followup', 'upcoming', 7],
    ]);
    expect(rows.every((r) => r.actualMin === null)).toBe(true);
  });

  it('marks visited phases done, highlights the current one, and counts actual minutes over all visits', () => {
    const session = run(plan, [
      [{ type: 'start' }, 0],
      [{ type: 'next' }, 7 * MIN], // goal: 7 min, over its 5
      [{ type: 'back' }, 9 * MIN], // brainstorm: 2 min
      [{ type: 'next' }, 10 * MIN], // goal again: 1 more
    ]);
    const rows = agendaRows(plan, session, 13.5 * MIN);
    const byId = Object.fromEntries(rows.map((r) => [r.id, r]));
    expect(byId.goal).toMatchObject({ state: 'done', actualMin: 8, plannedMin: 5, over: true });
    expect(byId.brainstorm).toMatchObject({ state: 'current', actualMin: 5, over: true });
    expect(byId.cluster).toMatchObject({ state: 'upcoming', actualMin: null, over: false });
  });

  it('shows a phase skipped while it runs as the current one', () => {
    const session = run(plan, [[{ type: 'start' }, 0]]);
    const rows = agendaRows(withSkipped(plan, 'goal'), session, MIN);
    expect(rows[0]).toMatchObject({ id: 'goal', state: 'current', step: null });
  });
});

describe('sessionSummary', () => {
  const plan = planFromTemplate(DEFAULT_TEMPLATE);

  it('reads "23 of 60 min" and rounds elapsed time down', () => {
    const session = run(plan, [[{ type: 'start' }, 1000]]);
    expect(sessionSummary(plan, session, 1000 + 23.9 * MIN)).toMatchObject({
      text: '23 of 60 min',
      over: false,
    });
  });

  it('leaves skipped phases out of the planned time, and says when the session runs over', () => {
    const shorter = withSkipped(plan, 'discuss');
    const session = run(shorter, [[{ type: 'start' }, 0]]);
    expect(sessionSummary(shorter, session, 41 * MIN)).toMatchObject({
      text: '41 of 40 min',
      over: true,
    });
  });

  it('is 0 before the start', () => {
    expect(sessionSummary(plan, INITIAL_SESSION, 5 * MIN).text).toBe('0 of 60 min');
  });
});

describe('phaseInstructions', () => {
  const plan = planFromTemplate(DEFAULT_TEMPLATE);
  const goalPhase = plan.phases.find((p) => p.kind === 'goal')!;
  const timeline = plan.phases.find((p) => p.kind === 'timeline')!;

  it('says nothing under the Goal phase when the goal is the default one', () => {
    expect(phaseInstructions(goalPhase, plan)).toBe('');
  });

  it('never shows the default goal under a goal the facilitator rewrote', () => {
    const rewritten = { ...plan, goal: 'Understand why the failover took 40 minutes.' };
    expect(phaseInstructions(goalPhase, rewritten)).toBe('');
  });

  it('keeps a Goal phase text of its own and every other phase text', () => {
    const own = { ...goalPhase, instructions: 'Read the goal aloud, then start the timeline.' };
    expect(phaseInstructions(own, plan)).toBe('Read the goal aloud, then start the timeline.');
    expect(phaseInstructions(timeline, plan)).toBe(timeline.instructions);
  });
});
