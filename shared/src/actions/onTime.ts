/**
 * How well actions are kept: per severity, the share of resolved actions that were
 * resolved by their due date, and how many open ones are overdue now. The ledger shows it
 * (`GET /api/actions/stats`). Pure.
 */
import { DEFAULT_SEVERITIES, type Severity } from '../entities/incident.ts';

/** What the rate needs of an action, as the ledger keeps it. */
export interface KeptAction {
  readonly severity: Severity | null;
  /** `YYYY-MM-DD`, or null when open-ended. */
  readonly due: string | null;
  readonly resolved: boolean;
  /** The calendar date it was resolved on (`YYYY-MM-DD`), when resolved and known. */
  readonly resolvedOn: string | null;
}

export interface OnTimeRate {
  /** A severity, or `none` for postmortems not triaged. */
  readonly severity: Severity | 'none';
  /** Resolved actions that had a due date and a known resolution date. */
  readonly resolvedWithDue: number;
  /** Of those, resolved on or before the due date. */
  readonly resolvedOnTime: number;
  /** `resolvedOnTime / resolvedWithDue`, or null when there are none to measure. */
  readonly rate: number | null;
  /** Not resolved, with a due date before `today`. */
  readonly overdueOpen: number;
}

/**
 * One rate per severity (SEV1 first, `none` last), every severity present even with no
 * actions. An action due today and resolved today is on time; one still open on its due
 * date is not overdue until the day after.
 */
export function onTimeRates(actions: readonly KeptAction[], today: string): OnTimeRate[] {
  const keys = [...DEFAULT_SEVERITIES, 'none'] as const;
  return keys.map((severity) => {
    const mine = actions.filter((a) => (a.severity ?? 'none') === severity);
    const measured = mine.filter((a) => a.resolved && a.due !== null && a.resolvedOn !== null);
    const onTime = measured.filter((a) => a.resolvedOn! <= a.due!).length;
    return {
      severity,
      resolvedWithDue: measured.length,
      resolvedOnTime: onTime,
      rate: measured.length === 0 ? null : onTime / measured.length,
      overdueOpen: mine.filter((a) => !a.resolved && a.due !== null && a.due < today).length,
    };
  });
}
