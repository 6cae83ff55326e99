/**
 * The facilitator's plan as it is being edited. Every field is kept as typed (minutes as
 * text), so a bad value is never lost: the draft stays, and the errors from the shared
 * schema are shown next to their fields until the value is fixed. Pure and tested.
 */
import { SessionPlanSchema, type PhasePlan, type SessionPlan } from '@hindsight/shared';
import type { z } from 'zod';

export interface PhaseDraft extends Omit<PhasePlan, 'minutes'> {
  /** As typed; checked when the plan is built. */
  readonly minutes: string;
}

export interface ColumnDraft {
  readonly id: string;
  readonly title: string;
  readonly prompt: string;
}

export interface PlanDraft {
  /** The plan the draft started from; fields the editor does not show come from it. */
  readonly base: SessionPlan;
  readonly phases: readonly PhaseDraft[];
  readonly columns: readonly ColumnDraft[];
  readonly goal: string;
  readonly blamelessRule: string;
}

/**
 * Errors by field: `goal`, `blamelessRule`, `phases`, `columns` (the lists as a whole),
 * `phase:<id>:<field>` and `column:<id>:<field>`.
 */
export type FieldErrors = Readonly<Record<string, string>>;

export const fieldKey = {
  phase: (id: string, field: 'title' | 'minutes') => `phase:${id}:${field}`,
  column: (id: string, field: 'title' | 'prompt') => `column:${id}:${field}`,
} as const;

export function draftFromPlan(plan: SessionPlan): PlanDraft {
  return {
    base: plan,
    phases: plan.phases.map((p) => ({ ...p, minutes: String(p.minutes) })),
    columns: plan.columns.map((c) => ({ ...c })),
    goal: plan.goal,
    blamelessRule: plan.blamelessRule,
  };
}

function parseMinutes(text: string): number | string {
  const trimmed = text.trim();
  if (trimmed === '') return 'How many minutes?';
  if (!/^-?\d+(\.\d+)?$/.test(trimmed)) return 'Minutes must be a number';
  return Number(trimmed);
}

/** A zod message for a person: shared's own messages, or a plain one for zod's defaults. */
function messageOf(issue: z.core.$ZodIssue): string {
  if (issue.code === 'too_small' && issue.origin === 'string' && /^Too small/.test(issue.message))
    return 'This cannot be empty';
  if (issue.code === 'too_big' && issue.origin === 'string' && /^Too big/.test(issue.message))
    return `At most ${String(issue.maximum)} characters`;
  return issue.message;
}

function keyOf(draft: PlanDraft, path: readonly PropertyKey[]): string {
  const [list, index, field] = path;
  if (list === 'phases' && typeof index === 'number' && (field === 'title' || field === 'minutes'))
    return fieldKey.phase(draft.phases[index]?.id ?? '', field);
  if (list === 'columns' && typeof index === 'number' && (field === 'title' || field === 'prompt'))
    return fieldKey.column(draft.columns[index]?.id ?? '', field);
  if (list === 'phases' || list === 'columns' || list === 'goal' || list === 'blamelessRule')
    return list;
  return 'plan';
}

export type PlanResult =
  | { readonly ok: true; readonly plan: SessionPlan }
  | { readonly ok: false; readonly errors: FieldErrors };

/** The plan the draft describes, checked with the shared schema; or the errors by field. */
export function planFromDraft(draft: PlanDraft): PlanResult {
  const errors: Record<string, string> = {};
  const phases = draft.phases.map(({ minutes, ...rest }) => {
    const parsed = parseMinutes(minutes);
    if (typeof parsed === 'string') errors[fieldKey.phase(rest.id, 'minutes')] = parsed;
    // A stand-in keeps the other fields checkable; the error above is what counts.
    return { ...rest, minutes: typeof parsed === 'number' ? parsed : 1 };
  });
  const candidate = {
    ...draft.base,
    phases,
    columns: draft.columns.map((c) => ({ ...c, title: c.title.trim(), prompt: c.prompt.trim() })),
    goal: draft.goal,
    blamelessRule: draft.blamelessRule,
  };
  const result = SessionPlanSchema.safeParse(candidate);
  if (!result.success) {
    for (const issue of result.error.issues) {
      const key = keyOf(draft, issue.path);
      errors[key] ??= messageOf(issue);
    }
  }
  if (Object.keys(errors).length > 0 || !result.success) return { ok: false, errors };
  return { ok: true, plan: result.data };
}

/** True when saving the draft would change the stored plan (or the draft is invalid). */
export function isDirty(draft: PlanDraft, stored: SessionPlan): boolean {
  const result = planFromDraft(draft);
  return !result.ok || JSON.stringify(result.plan) !== JSON.stringify(stored);
}

function move<T extends { id: string }>(items: readonly T[], id: string, delta: -1 | 1): T[] {
  const from = items.findIndex((item) => item.id === id);
  const to = from + delta;
  if (from < 0 || to < 0 || to >= items.length) return [...items];
  const next = [...items];
  [next[from], next[to]] = [next[to]!, next[from]!];
  return next;
}

export function updatePhase(
  draft: PlanDraft,
  id: string,
  patch: Partial<Pick<PhaseDraft, 'title' | 'minutes' | 'skipped'>>,
): PlanDraft {
  return { ...draft, phases: draft.phases.map((p) => (p.id === id ? { ...p, ...patch } : p)) };
}

export function movePhase(draft: PlanDraft, id: string, delta: -1 | 1): PlanDraft {
  return { ...draft, phases: move(draft.phases, id, delta) };
}

export function updateColumn(
  draft: PlanDraft,
  id: string,
  patch: Partial<Pick<ColumnDraft, 'title' | 'prompt'>>,
): PlanDraft {
  return { ...draft, columns: draft.columns.map((c) => (c.id === id ? { ...c, ...patch } : c)) };
}

export function moveColumn(draft: PlanDraft, id: string, delta: -1 | 1): PlanDraft {
  return { ...draft, columns: move(draft.columns, id, delta) };
}

/** A column id no column of the draft (or the stored plan) uses: `column-<n>`. */
export function newColumnId(draft: PlanDraft): string {
  const taken = new Set([...draft.columns, ...draft.base.columns].map((c) => c.id));
  let n = draft.columns.length + 1;
  while (taken.has(`column-${n}`)) n++;
  return `column-${n}`;
}

/** Adds an empty column at the end; its title is left for the facilitator to fill in. */
export function addColumn(draft: PlanDraft): PlanDraft {
  return {
    ...draft,
    columns: [...draft.columns, { id: newColumnId(draft), title: '', prompt: '' }],
  };
}

/**
 * A column can go when the board keeps at least one and it holds no cards: removing it
 * would hide the cards people wrote in it.
 */
export function canRemoveColumn(draft: PlanDraft, cardsInColumn: number): boolean {
  return draft.columns.length > 1 && cardsInColumn === 0;
}

export function removeColumn(draft: PlanDraft, id: string): PlanDraft {
  return { ...draft, columns: draft.columns.filter((c) => c.id !== id) };
}
