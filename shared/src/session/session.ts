/**
 * The running session as a value, and the facilitator's commands as a pure reducer:
 * `reduceSession(plan, state, command, now) -> state`. The facilitation doc stores the
 * resulting value; every client derives the view (phase, countdown, agenda) from it.
 */
import { z } from 'zod';
import { PHASE_KINDS, type PhaseKind } from './phases.ts';
import { activePhases, phaseById, type SessionPlan } from './plan.ts';
import * as timer from './timer.ts';
import { TimerSchema, type Timer } from './timer.ts';

/** Visits kept in the history; a session that jumps around more than this keeps the latest. */
export const HISTORY_MAX = 200;

export const PhaseVisitSchema = z.object({
  phaseId: z.string(),
  /** Server time the phase was entered, ms. */
  startedAt: z.number().int().nonnegative(),
  /** Server time it was left, or null for the current visit. */
  endedAt: z.number().int().nonnegative().nullable(),
});
export type PhaseVisit = z.infer<typeof PhaseVisitSchema>;

export const SessionStateSchema = z.object({
  status: z.enum(['preparing', 'running', 'finished']),
  /** The current phase, null before the start and after the end. */
  phaseId: z.string().nullable(),
  /** The current phase's timer. */
  timer: TimerSchema.nullable(),
  /** Every visit of a phase, in order; gives the actual time per phase. */
  history: z.array(PhaseVisitSchema).max(HISTORY_MAX),
  startedAt: z.number().int().nonnegative().nullable(),
  finishedAt: z.number().int().nonnegative().nullable(),
  /**
   * Whether the brainstorm cards are revealed. Never goes back: once the server has
   * copied the cards out, hiding them again would promise a secrecy that is gone.
   */
  revealed: z.boolean().default(false),
});
export type SessionState = z.infer<typeof SessionStateSchema>;

export const INITIAL_SESSION: SessionState = {
  status: 'preparing',
  phaseId: null,
  timer: null,
  history: [],
  startedAt: null,
  finishedAt: null,
  revealed: false,
};

export const SessionCommandSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('start') }),
  z.object({ type: z.literal('next') }),
  z.object({ type: z.literal('back') }),
  z.object({ type: z.literal('jump'), phaseId: z.string() }),
  z.object({ type: z.literal('finish') }),
  z.object({ type: z.literal('reveal') }),
  z.object({ type: z.literal('timerStart') }),
  z.object({ type: z.literal('timerPause') }),
  z.object({ type: z.literal('timerReset') }),
  z.object({ type: z.literal('timerExtend'), minutes: z.number().int().min(-60).max(60) }),
]);
export type SessionCommand = z.infer<typeof SessionCommandSchema>;

function closeVisit(history: PhaseVisit[], now: number): PhaseVisit[] {
  return history.map((v) =>
    v.endedAt === null ? { ...v, endedAt: Math.max(v.startedAt, now) } : v,
  );
}

function enter(plan: SessionPlan, state: SessionState, phaseId: string, now: number): SessionState {
  const phase = phaseById(plan, phaseId);
  if (!phase) return state;
  const history = [...closeVisit(state.history, now), { phaseId, startedAt: now, endedAt: null }];
  return {
    ...state,
    revealed: state.revealed || revealsCards(phase.kind),
    status: 'running',
    phaseId,
    timer: timer.start(timer.newTimer(phase.minutes * 60_000), now),
    history: history.slice(-HISTORY_MAX),
    startedAt: state.startedAt ?? now,
    finishedAt: null,
  };
}

/**
 * Whether the cards may be revealed: only once the session has started. Before it nobody
 * was asked to write, and a reveal cannot be taken back. The server holds any state that
 * breaks this to it (`withdrawEarlyReveal`), whatever a client writes.
 */
export function mayReveal(state: SessionState): boolean {
  return state.startedAt !== null;
}

/**
 * Whether this command would reveal the cards now: the reveal itself, or moving on (Next,
 * a jump on the agenda) into a phase after the brainstorm while they are still hidden.
 * The client asks the facilitator first whenever this holds, since a reveal is for good.
 */
export function wouldReveal(
  plan: SessionPlan,
  state: SessionState,
  command: SessionCommand,
): boolean {
  return !state.revealed && reduceSession(plan, state, command, 0).revealed;
}

/** Entering any phase after the brainstorm reveals the cards. */
function revealsCards(kind: PhaseKind): boolean {
  return PHASE_KINDS.indexOf(kind) > PHASE_KINDS.indexOf('brainstorm');
}

function finish(state: SessionState, now: number): SessionState {
  return {
    ...state,
    status: 'finished',
    phaseId: null,
    timer: null,
    history: closeVisit(state.history, now),
    finishedAt: now,
  };
}

function withTimer(state: SessionState, change: (t: Timer) => Timer): SessionState {
  return state.timer ? { ...state, timer: change(state.timer) } : state;
}

/**
 * Applies one facilitator command. Commands that make no sense in the current state
 * (next before the start, pause with no timer) return the state unchanged.
 */
export function reduceSession(
  plan: SessionPlan,
  state: SessionState,
  command: SessionCommand,
  now: number,
): SessionState {
  const order = activePhases(plan).map((p) => p.id);
  const at = state.phaseId === null ? -1 : order.indexOf(state.phaseId);
  switch (command.type) {
    case 'start':
      if (state.status === 'running' || order.length === 0) return state;
      return enter(plan, state, order[0]!, now);
    case 'next': {
      if (state.status !== 'running') return state;
      // From a phase skipped while it ran, go on to the next active one after it.
      const index = at >= 0 ? at + 1 : nextActiveAfter(plan, state.phaseId);
      return index < order.length ? enter(plan, state, order[index]!, now) : finish(state, now);
    }
    case 'back': {
      if (state.status === 'preparing') return state;
      if (state.status === 'finished') return enter(plan, state, order.at(-1)!, now);
      return at > 0 ? enter(plan, state, order[at - 1]!, now) : state;
    }
    case 'jump':
      return command.phaseId === state.phaseId || !order.includes(command.phaseId)
        ? state
        : enter(plan, state, command.phaseId, now);
    case 'finish':
      return state.status === 'running' ? finish(state, now) : state;
    case 'reveal':
      return state.revealed || !mayReveal(state) ? state : { ...state, revealed: true };
    case 'timerStart':
      return withTimer(state, (t) => timer.start(t, now));
    case 'timerPause':
      return withTimer(state, (t) => timer.pause(t, now));
    case 'timerReset': {
      const phase = phaseById(plan, state.phaseId);
      return phase ? withTimer(state, (t) => timer.reset(t, phase.minutes * 60_000)) : state;
    }
    case 'timerExtend':
      return withTimer(state, (t) => timer.extend(t, command.minutes * 60_000));
  }
}

/** Index in the active order of the first active phase after `phaseId` in the full plan. */
function nextActiveAfter(plan: SessionPlan, phaseId: string | null): number {
  const all = plan.phases.map((p) => p.id);
  const from = phaseId === null ? -1 : all.indexOf(phaseId);
  const after = plan.phases.slice(from + 1).find((p) => !p.skipped);
  return after ? activePhases(plan).indexOf(after) : activePhases(plan).length;
}

/** Time actually spent in a phase over all its visits, ms. */
export function actualMs(state: SessionState, phaseId: string, now: number): number {
  return state.history
    .filter((v) => v.phaseId === phaseId)
    .reduce((sum, v) => sum + Math.max(0, (v.endedAt ?? now) - v.startedAt), 0);
}

/** Time since the session started (to its end once finished), ms; 0 before the start. */
export function sessionElapsedMs(state: SessionState, now: number): number {
  if (state.startedAt === null) return 0;
  return Math.max(0, (state.finishedAt ?? now) - state.startedAt);
}
