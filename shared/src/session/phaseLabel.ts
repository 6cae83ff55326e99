/** Where a meeting is, in a word or two, for lists of boards. */
import { phaseById, type SessionPlan } from './plan.ts';
import type { SessionState } from './session.ts';

/** "Preparing" before the start, the current phase's name while it runs, "Finished" after. */
export function phaseLabel(plan: SessionPlan, session: SessionState): string {
  if (session.status === 'preparing') return 'Preparing';
  if (session.status === 'finished') return 'Finished';
  return phaseById(plan, session.phaseId)?.title ?? 'Running';
}
