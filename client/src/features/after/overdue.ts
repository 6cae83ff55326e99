/**
 * Which actions are overdue, for the follow-up view. Pure. Due dates are calendar dates
 * in the incident's time zone (shared `ActionItem.due`), so "today" is taken there too:
 * everyone sees the same actions as overdue, wherever they are.
 */
import { isResolved, wallClockAt, type ActionItemStatus } from '@hindsight/shared';

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

/** An action not resolved whose due date is before today. */
export function isOverdue(
  action: {
    readonly status: ActionItemStatus;
    readonly accepted?: boolean | undefined;
    readonly due?: string | undefined;
  },
  today: string,
): boolean {
  return !isResolved(action) && action.due !== undefined && action.due < today;
}

/** "Due today", "Due in 3 days", "2 days overdue"; null without a due date or once done. */
export function dueText(
  action: {
    readonly status: ActionItemStatus;
    readonly accepted?: boolean | undefined;
    readonly due?: string | undefined;
  },
  today: string,
): string | null {
  if (!action.due || isResolved(action)) return null;
  const days = daysBetween(today, action.due);
  if (days === 0) return 'Due today';
  if (days === 1) return 'Due tomorrow';
  if (days > 1) return `Due in ${days} days`;
  return days === -1 ? '1 day overdue' : `${-days} days overdue`;
}
