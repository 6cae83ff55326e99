/**
 * The action policy form's fields and the settings they stand for: per severity, a number
 * in weeks (or days, for a policy that is not whole weeks) and whether postmortems close
 * by themselves. The form's values are checked with the same zod schema the server
 * uses (shared actions/settings.ts), so its messages are the server's. Pure.
 */
import {
  ActionSettingsSchema,
  DEFAULT_SEVERITIES,
  type ActionSettings,
  type Severity,
} from '@hindsight/shared';

export const DUE_UNITS = ['weeks', 'days'] as const;
export type DueUnit = (typeof DUE_UNITS)[number];

/** One severity's field: blank gives that severity's actions no default due date. */
export interface DueField {
  readonly amount: string;
  readonly unit: DueUnit;
}

export interface PolicyDraft {
  readonly due: Readonly<Record<Severity, DueField>>;
  readonly autoClose: boolean;
}

const DAYS_PER: Readonly<Record<DueUnit, number>> = { weeks: 7, days: 1 };

/** The stored settings as the form shows them: whole weeks in weeks, else days. */
export function draftOf(settings: ActionSettings): PolicyDraft {
  const due = Object.fromEntries(
    DEFAULT_SEVERITIES.map((severity) => {
      const days = settings.duePolicy[severity];
      const field: DueField =
        days === undefined
          ? { amount: '', unit: 'weeks' }
          : days % 7 === 0
            ? { amount: String(days / 7), unit: 'weeks' }
            : { amount: String(days), unit: 'days' };
      return [severity, field];
    }),
  ) as Record<Severity, DueField>;
  return { due, autoClose: settings.autoClose };
}

export type DraftCheck =
  | { readonly ok: true; readonly settings: ActionSettings }
  | {
      readonly ok: false;
      /** The schema's message per severity whose field is wrong. */
      readonly errors: Partial<Record<Severity, string>>;
      /** A message that belongs to no severity's field. */
      readonly other: string | null;
    };

/** The settings the form's fields say, or the schema's messages. */
export function settingsOf(draft: PolicyDraft): DraftCheck {
  const duePolicy: Record<string, number> = {};
  for (const severity of DEFAULT_SEVERITIES) {
    const { amount, unit } = draft.due[severity];
    const text = amount.trim();
    if (text === '') continue;
    duePolicy[severity] = Number(text) * DAYS_PER[unit];
  }
  const parsed = ActionSettingsSchema.safeParse({ duePolicy, autoClose: draft.autoClose });
  if (parsed.success) return { ok: true, settings: parsed.data };
  const errors: Partial<Record<Severity, string>> = {};
  let other: string | null = null;
  for (const issue of parsed.error.issues) {
    const [root, severity] = issue.path;
    if (root === 'duePolicy' && DEFAULT_SEVERITIES.includes(severity as Severity)) {
      errors[severity as Severity] ??= issue.message;
    } else other ??= issue.message;
  }
  return { ok: false, errors, other };
}
