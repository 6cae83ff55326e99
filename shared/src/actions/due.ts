/**
 * Which actions are overdue: in the live meeting, in the follow-up view, and as a date is
 * entered (a date in the past is said at once, not found later). Pure. Due dates are calendar dates
 * in the incident's time zone (shared `ActionItem.due`), so "today" is taken there too:
 * everyone sees the same actions as overdue, wherever they are.
 */
import { wallClockAt } from '../time/zone.ts';
import { isResolved, type ActionItemStatus } from './status.ts';

const pad = (n: number) => String(n).padStart(2, '0');

/** Today's date in `timeZone`, `YYYY-MM-DD`. */
export function todayIn(timeZone: string, now: number): string {
  const wall = wallClockAt(now, timeZone);
  return `${wall.year}-${pad(wall.month)}-${pad(wall.day)}`;
}

/** Whole days from `from` to `to` (both `YYYY-MM-DD`); negative when `to` is earlier. */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** What an action's due-ness is read from. */
export interface DueFacts {
  readonly status: ActionItemStatus;
  readonly accepted?: boolean | undefined;
  readonly due?: string | undefined;
}

/** An action not resolved whose due date is before today. */
export function isOverdue(action: DueFacts, today: string): boolean {
  return !isResolved(action) && action.due !== undefined && action.due < today;
}

/** "Due today", "Due in 3 days", "2 days overdue"; null without a due date or once done. */
export function dueText(action: DueFacts, today: string): string | null {
  if (!action.due || isResolved(action)) return null;
  const days = daysBetween(today, action.due);
  if (days === 0) return 'Due today';
  if (days === 1) return 'Due tomorrow';
  if (days > 1) return `Due in ${days} days`;
  return days === -1 ? '1 day overdue' : `${-days} days overdue`;
}

/**
 * What a due date field says about the date being entered: "In the past: 3 days ago" for
 * a date before today, else null. The date is still taken (an action may be recorded
 * late), and the action shows as overdue from then on.
 */
export function pastDueWarning(due: string, today: string): string | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(due) || due >= today) return null;
  const days = daysBetween(due, today);
  return `In the past: ${days === 1 ? 'yesterday' : `${days} days ago`}. The action will show as overdue.`;
}
