/**
 * The due-date policy: per severity, the number of days a new action is due within (the
 * seeds' "SEV1 actions due within 4 weeks, SEV2 within 8"). A workspace setting that only
 * an admin changes (workspace/settings.ts); the board gives a new action its default due
 * date from it and the incident's severity. Pure.
 */
import { z } from 'zod';
import { DEFAULT_SEVERITIES, type Severity } from '../entities/incident.ts';
import { addDays } from '../reminders/schedule.ts';

/** Longest a policy may give, in days: ten years. */
export const DUE_DAYS_MAX = 3650;

/** Days per severity; a severity left out gives no default due date. */
export const DuePolicySchema = z
  .partialRecord(
    z.enum(DEFAULT_SEVERITIES),
    z
      .number({ error: 'Days must be a whole number' })
      .int('Days must be a whole number')
      .min(1, 'At least 1 day')
      .max(DUE_DAYS_MAX, `At most ${DUE_DAYS_MAX} days`),
  )
  .default({});
export type DuePolicy = z.infer<typeof DuePolicySchema>;

/** Four weeks for a SEV1, then four more per step down. */
export const DEFAULT_DUE_POLICY: DuePolicy = { SEV1: 28, SEV2: 56, SEV3: 84, SEV4: 112 };

/**
 * The due date a new action gets: `today` (the incident's date, `YYYY-MM-DD`, from
 * `localDate` in its zone) plus the policy's days for the severity, counted on the
 * calendar, so a daylight saving change makes no day shorter; undefined without a severity, or when the policy gives
 * that severity none.
 */
export function defaultDue(
  severity: Severity | null | undefined,
  policy: DuePolicy | null | undefined,
  today: string,
): string | undefined {
  const days = severity ? policy?.[severity] : undefined;
  return days === undefined ? undefined : addDays(today, days);
}

/**
 * Why an action has the due date it has, when the policy gave it: kept on the action
 * (entities/actionItem.ts) with the date given, so a date a person set or cleared since
 * is told apart from the policy's.
 */
export const DueDefaultSchema = z.strictObject({
  due: z.iso.date(),
  severity: z.enum(DEFAULT_SEVERITIES),
  days: z.number().int().min(1).max(DUE_DAYS_MAX),
});
export type DueDefault = z.infer<typeof DueDefaultSchema>;

/**
 * The default an action gets: only one that has no due date and was never given one
 * (so a person who cleared the policy's date keeps it cleared), and only when the
 * policy has days for the board's severity. Null otherwise.
 */
export function dueDefaultFor(
  action: { readonly due?: string | undefined; readonly dueDefault?: DueDefault | undefined },
  severity: Severity | null | undefined,
  policy: DuePolicy | null | undefined,
  today: string,
): DueDefault | null {
  if (action.due !== undefined || action.dueDefault !== undefined || !severity) return null;
  const due = defaultDue(severity, policy, today);
  const days = policy?.[severity];
  return due === undefined || days === undefined ? null : { due, severity, days };
}

/** "8 weeks" for a whole number of weeks, else "10 days". */
export function policySpan(days: number): string {
  if (days % 7 === 0) return days === 7 ? '1 week' : `${days / 7} weeks`;
  return days === 1 ? '1 day' : `${days} days`;
}

/**
 * Where an action's due date came from, as the board shows it beside the date ("SEV2
 * policy, 8 weeks"); null when a person set it, changed it or cleared it.
 */
export function dueDefaultNote(action: {
  readonly due?: string | undefined;
  readonly dueDefault?: DueDefault | undefined;
}): string | null {
  const given = action.dueDefault;
  if (!given || action.due !== given.due) return null;
  return `${given.severity} policy, ${policySpan(given.days)}`;
}
