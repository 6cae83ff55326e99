import { describe, expect, it } from 'vitest';
import { DEFAULT_TEMPLATE } from '../templates.ts';
import { activePhases, planFromTemplate, plannedMs, type SessionPlan } from './plan.ts';
import {
  actualMs,
  mayReveal,
  HISTORY_MAX,
  INITIAL_SESSION,
  reduceSession,
  sessionElapsedMs,
  wouldReveal,
  type SessionCommand,
  type SessionState,
} from './session.ts';
import { remaining } from './timer.ts';

const MIN = 60_000;
const plan = planFromTemplate(DEFAULT_TEMPLATE);

function run(commands: [SessionCommand, number][], p: SessionPlan = plan): SessionState {
  return commands.reduce(
    (state, [command, now]) => reduceSession(p, state, command, now),
    INITIAL_SESSION,
  );
}

describe('the default plan', () => {
  it('is the seeds session: 8 phases, 60 minutes', () => {
    expect(activePhases(plan).map((p) => [p.title, p.minutes])).toEqual([
      ['Goal', 5],
      ['Timeline', 5],
      ['Brainstorm', 5],
      ['Cluster', 5],
      ['Discuss', 20],
      ['Actions', 15],
      ['Owner', 4],
      ['Follow-up', 1],
    ]);
    expect(plannedMs(plan)).toBe(60 * MIN);
  });
});

describe('session commands', () => {
  it('start enters the first phase with its timer running', () => {
    const s = run([[{ type: 'start' }, 1000]]);
    expect(s).toMatchObject({ status: 'running', phaseId: 'goal', startedAt: 1000 });
    expect(remaining(s.timer!, 1000 + MIN)).toBe(4 * MIN);
  });

  it('next and back walk the active phases, each entering with a fresh timer', () => {
    const s = run([
      [{ type: 'start' }, 0],
      [{ type: 'next' }, 4 * MIN],
      [{ type: 'next' }, 9 * MIN],
      [{ type: 'back' }, 10 * MIN],
    ]);
    expect(s.phaseId).toBe('timeline');
    expect(remaining(s.timer!, 10 * MIN)).toBe(5 * MIN);
    expect(s.history.map((v) => v.phaseId)).toEqual(['goal', 'timeline', 'brainstorm', 'timeline']);
  });

  it('skipped phases are passed over', () => {
    const skipping = {
      ...plan,
      phases: plan.phases.map((p) => (p.id === 'timeline' ? { ...p, skipped: true } : p)),
    };
    const s = run(
      [
        [{ type: 'start' }, 0],
        [{ type: 'next' }, 1],
      ],
      skipping,
    );
    expect(s.phaseId).toBe('brainstorm');
  });

  it('next from a phase skipped while it ran goes to the next active phase after it', () => {
    const s1 = run([
      [{ type: 'start' }, 0],
      [{ type: 'next' }, 1],
    ]);
    const skipping = {
      ...plan,
      phases: plan.phases.map((p) => (p.id === 'timeline' ? { ...p, skipped: true } : p)),
    };
    expect(reduceSession(skipping, s1, { type: 'next' }, 2).phaseId).toBe('brainstorm');
  });

  it('next after the last phase finishes the session; back reopens it', () => {
    const s = run([
      [{ type: 'start' }, 0],
      [{ type: 'jump', phaseId: 'followup' }, MIN],
      [{ type: 'next' }, 2 * MIN],
    ]);
    expect(s).toMatchObject({
      status: 'finished',
      phaseId: null,
      timer: null,
      finishedAt: 2 * MIN,
    });
    expect(sessionElapsedMs(s, 99 * MIN)).toBe(2 * MIN);
    expect(reduceSession(plan, s, { type: 'back' }, 3 * MIN).phaseId).toBe('followup');
  });

  it('ignores commands that make no sense now', () => {
    expect(run([[{ type: 'next' }, 0]])).toBe(INITIAL_SESSION);
    expect(run([[{ type: 'timerPause' }, 0]])).toBe(INITIAL_SESSION);
    const started = run([[{ type: 'start' }, 0]]);
    expect(reduceSession(plan, started, { type: 'start' }, 5)).toBe(started);
    expect(reduceSession(plan, started, { type: 'back' }, 5)).toBe(started);
    expect(reduceSession(plan, started, { type: 'jump', phaseId: 'nope' }, 5)).toBe(started);
  });

  it('timer controls: pause, resume, extend, reset', () => {
    let s = run([
      [{ type: 'start' }, 0],
      [{ type: 'timerPause' }, MIN],
    ]);
    expect(remaining(s.timer!, 10 * MIN)).toBe(4 * MIN);
    s = reduceSession(plan, s, { type: 'timerExtend', minutes: 5 }, 10 * MIN);
    s = reduceSession(plan, s, { type: 'timerStart' }, 10 * MIN);
    expect(remaining(s.timer!, 11 * MIN)).toBe(8 * MIN);
    s = reduceSession(plan, s, { type: 'timerReset' }, 11 * MIN);
    expect(s.timer).toEqual({ durationMs: 5 * MIN, elapsedMs: 0, runningSince: null });
  });

  it('counts the actual time of each phase over all its visits', () => {
    const s = run([
      [{ type: 'start' }, 0],
      [{ type: 'next' }, 6 * MIN],
      [{ type: 'back' }, 10 * MIN],
    ]);
    expect(actualMs(s, 'goal', 12 * MIN)).toBe(8 * MIN);
    expect(actualMs(s, 'timeline', 12 * MIN)).toBe(4 * MIN);
    expect(actualMs(s, 'discuss', 12 * MIN)).toBe(0);
    expect(sessionElapsedMs(s, 12 * MIN)).toBe(12 * MIN);
  });
});

describe('reveal', () => {
  it('happens on the reveal command or on entering a phase after the brainstorm, and never goes back', () => {
    const brainstorming = run([
      [{ type: 'start' }, 0],
      [{ type: 'jump', phaseId: 'brainstorm' }, 1],
    ]);
    expect(brainstorming.revealed).toBe(false);
    expect(reduceSession(plan, brainstorming, { type: 'reveal' }, 2).revealed).toBe(true);
    const clustering = reduceSession(plan, brainstorming, { type: 'next' }, 2);
    expect(clustering).toMatchObject({ phaseId: 'cluster', revealed: true });
    expect(reduceSession(plan, clustering, { type: 'back' }, 3)).toMatchObject({
      phaseId: 'brainstorm',
      revealed: true,
    });
  });

  it('is refused before the session starts: nobody has written yet, and the reveal is for good', () => {
    expect(reduceSession(plan, INITIAL_SESSION, { type: 'reveal' }, 0)).toBe(INITIAL_SESSION);
    expect(mayReveal(INITIAL_SESSION)).toBe(false);
    expect(mayReveal(run([[{ type: 'start' }, 0]]))).toBe(true);
  });
});

describe('wouldReveal', () => {
  it('holds for every move into a phase after the brainstorm while the cards are hidden, so the facilitator is asked first', () => {
    const goal = run([[{ type: 'start' }, 0]]);
    const brainstorming = reduceSession(plan, goal, { type: 'jump', phaseId: 'brainstorm' }, 1);
    expect(wouldReveal(plan, brainstorming, { type: 'next' })).toBe(true);
    expect(wouldReveal(plan, brainstorming, { type: 'jump', phaseId: 'discuss' })).toBe(true);
    expect(wouldReveal(plan, brainstorming, { type: 'reveal' })).toBe(true);
    expect(wouldReveal(plan, goal, { type: 'jump', phaseId: 'actions' })).toBe(true);
    // Moves that stay at or before the brainstorm, or end the session, reveal nothing.
    expect(wouldReveal(plan, goal, { type: 'next' })).toBe(false);
    expect(wouldReveal(plan, brainstorming, { type: 'back' })).toBe(false);
    expect(wouldReveal(plan, brainstorming, { type: 'finish' })).toBe(false);
    expect(wouldReveal(plan, INITIAL_SESSION, { type: 'start' })).toBe(false);
    // Once revealed, nothing more is revealed: no question.
    const revealed = reduceSession(plan, brainstorming, { type: 'reveal' }, 2);
    expect(wouldReveal(plan, revealed, { type: 'next' })).toBe(false);
  });
});

describe('session commands at their edges', () => {
  it('start does nothing on a plan with every phase skipped', () => {
    const allSkipped = { ...plan, phases: plan.phases.map((p) => ({ ...p, skipped: true })) };
    expect(reduceSession(allSkipped, INITIAL_SESSION, { type: 'start' }, 0)).toBe(INITIAL_SESSION);
  });

  it('jump to the phase already running, and finish before the start, change nothing', () => {
    const started = run([[{ type: 'start' }, 0]]);
    expect(reduceSession(plan, started, { type: 'jump', phaseId: started.phaseId! }, 5)).toBe(
      started,
    );
    expect(reduceSession(plan, INITIAL_SESSION, { type: 'finish' }, 5)).toBe(INITIAL_SESSION);
    const finished = reduceSession(plan, started, { type: 'finish' }, 5);
    expect(reduceSession(plan, finished, { type: 'finish' }, 9)).toBe(finished);
  });

  it('keeps the last HISTORY_MAX visits', () => {
    let s = run([[{ type: 'start' }, 0]]);
    for (let i = 1; i <= HISTORY_MAX + 5; i++)
      s = reduceSession(plan, s, { type: i % 2 ? 'next' : 'back' }, i);
    expect(s.history).toHaveLength(HISTORY_MAX);
    expect(s.history.at(-1)!.startedAt).toBe(HISTORY_MAX + 5);
  });

  it('counts the session’s time from its start, none before it', () => {
    expect(sessionElapsedMs(INITIAL_SESSION, 5 * MIN)).toBe(0);
    const s = run([[{ type: 'start' }, 10 * MIN]]);
    expect(sessionElapsedMs(s, 25 * MIN)).toBe(15 * MIN);
  });
});
