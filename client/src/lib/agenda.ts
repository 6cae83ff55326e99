/**
 * The agenda rail as data: every phase of the plan with its planned and actual minutes
 * and where the session is, and the session's elapsed against planned time. Pure, so the
 * rules (what counts as done, how minutes round) are tested.
 */
import {
  actualMs,
  DEFAULT_PHASES,
  plannedMs,
  sessionElapsedMs,
  type PhaseKind,
  type PhasePlan,
  type SessionPlan,
  type SessionState,
} from '@hindsight/shared';

const MINUTE = 60_000;

export type AgendaRowState = 'current' | 'done' | 'upcoming' | 'skipped';

export interface AgendaRow {
  readonly id: string;
  readonly kind: PhaseKind;
  readonly title: string;
  /** Position among the phases the session runs through, from 1; null when skipped. */
  readonly step: number | null;
  readonly plannedMin: number;
  /** Whole minutes spent in the phase over all its visits; null when never visited. */
  readonly actualMin: number | null;
  /** True when the time spent went past the planned time. */
  readonly over: boolean;
  readonly state: AgendaRowState;
}

/** Whole minutes, rounded down: "0 min" until a full minute has passed. */
/**
 * What the header says under a running phase's title. The Goal view shows the goal big,
 * so the Goal phase's header says nothing of its own when its text is a goal: the board's
 * (said twice otherwise) or the default one (which would read as a second, stale goal
 * under the one the facilitator wrote).
 */
export function phaseInstructions(phase: PhasePlan, plan: SessionPlan): string {
  if (phase.kind !== 'goal') return phase.instructions;
  const text = phase.instructions.trim();
  const defaultGoal = DEFAULT_PHASES.find((p) => p.kind === 'goal')?.instructions.trim();
  return text === plan.goal.trim() || text === defaultGoal ? '' : phase.instructions;
}

export function wholeMinutes(ms: number): number {
  return Math.floor(Math.max(0, ms) / MINUTE);
}

export function agendaRows(plan: SessionPlan, session: SessionState, now: number): AgendaRow[] {
  const visited = new Set(session.history.map((v) => v.phaseId));
  let step = 0;
  return plan.phases.map((phase) => {
    const spent = visited.has(phase.id) ? actualMs(session, phase.id, now) : null;
    const state: AgendaRowState =
      phase.id === session.phaseId
        ? 'current'
        : phase.skipped
          ? 'skipped'
          : visited.has(phase.id)
            ? 'done'
            : 'upcoming';
    return {
      id: phase.id,
      kind: phase.kind,
      title: phase.title,
      step: phase.skipped ? null : ++step,
      plannedMin: phase.minutes,
      actualMin: spent === null ? null : wholeMinutes(spent),
      over: spent !== null && spent > phase.minutes * MINUTE,
      state,
    };
  });
}

export interface SessionSummary {
  readonly elapsedMin: number;
  readonly plannedMin: number;
  readonly over: boolean;
  /** "23 of 60 min". */
  readonly text: string;
}

export function sessionSummary(
  plan: SessionPlan,
  session: SessionState,
  now: number,
): SessionSummary {
  const elapsed = sessionElapsedMs(session, now);
  const planned = plannedMs(plan);
  const elapsedMin = wholeMinutes(elapsed);
  const plannedMin = Math.round(planned / MINUTE);
  return {
    elapsedMin,
    plannedMin,
    over: elapsed > planned,
    text: `${elapsedMin} of ${plannedMin} min`,
  };
}
