/**
 * What the facilitator may ask of the session. Implemented in
 * src/sync/facilitatorCommands.ts on shared's `runSessionCommand` and `updatePlan`, at
 * the server's time; only a facilitator's tab has these (everyone else only reads).
 */
import type { DocumentTemplate, SessionCommand, SessionPlan } from '@hindsight/shared';

export interface FacilitatorCommands {
  /** Runs one session command (start, next, back, jump, finish, timer...). */
  run(command: SessionCommand): void;
  /**
   * Stores a new plan. Throws a ZodError for an invalid plan, and an Error when the
   * change would drop the phase in progress.
   */
  updatePlan(plan: SessionPlan): void;
  /** Chooses the template the exported document follows; throws a ZodError for an unknown one. */
  setDocumentTemplate(template: DocumentTemplate): void;
}
