/**
 * Which reminders are due at an instant: a pure function of the clock, the workspace's
 * reminder settings and the open actions, so that every rule is tested with a fixed
 * clock. The server's worker claims each answer's key before it sends (exactly once).
 *
 * Days are judged in the workspace's time zone (`timeZone`, UTC unless an admin sets
 * one): an action due on 2026-12-10 is "due today" from midnight to midnight there, and
 * weeks start on Monday there.
 *
 * - **before**: while today is within `daysBefore` days ahead of the due date (from
 *   due − N up to the day before it), once per action, due date and recipient. An action
 *   whose due date moves is reminded again for the new date.
 * - **due**: on the due date itself, once.
 * - **digest**: once per ISO week and recipient, the first time in that week the
 *   recipient has overdue actions (due before today): each owner gets theirs, each
 *   channel every overdue action.
 *
 * Channels get the before and due reminders of every action too, so a team sees what
 * its owners are told.
 */
import { wallClockAt } from '../time/zone.ts';

export type ReminderKind = 'before' | 'due' | 'digest';

/** An open action with a member as owner and a due date, as the ledger keeps it. */
export interface RemindableAction {
  readonly boardId: string;
  readonly actionId: string;
  readonly title: string;
  readonly postmortemTitle: string;
  readonly ownerPersonId: string;
  /** `YYYY-MM-DD`. */
  readonly due: string;
}

/** Who a reminder goes to: a workspace member (by mail) or a team channel (a webhook). */
export type ReminderRecipient =
  | { readonly kind: 'person'; readonly id: string }
  | { readonly kind: 'channel'; readonly id: string };

export interface PlannedReminder {
  /** Unique per reminder: the claim in the database is on this key. */
  readonly key: string;
  readonly kind: ReminderKind;
  readonly recipient: ReminderRecipient;
  /** The action reminded of, or the digest's overdue actions, soonest due first. */
  readonly actions: readonly RemindableAction[];
  /** The day (workspace zone) the plan was made for, `YYYY-MM-DD`. */
  readonly today: string;
  /** The digest's ISO week (`2026-W50`); null for the others. */
  readonly week: string | null;
}

export interface ScheduleInput {
  readonly now: number;
  readonly timeZone: string;
  /** Days ahead of due that the first reminder goes out; 0 sends none ahead. */
  readonly daysBefore: number;
  readonly actions: readonly RemindableAction[];
  /** The ids of the workspace's team channels. */
  readonly channelIds: readonly string[];
}

const DAY_MS = 86_400_000;
const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** The date in `timeZone` at an instant, `YYYY-MM-DD`. */
export function localDate(now: number, timeZone: string): string {
  const w = wallClockAt(now, timeZone);
  return `${pad(w.year, 4)}-${pad(w.month)}-${pad(w.day)}`;
}

const dayNumber = (date: string) => Date.parse(`${date}T00:00:00Z`) / DAY_MS;
const dateOfDay = (day: number) => new Date(day * DAY_MS).toISOString().slice(0, 10);

/** `date` moved by `days` (negative: earlier), `YYYY-MM-DD`. */
export function addDays(date: string, days: number): string {
  return dateOfDay(dayNumber(date) + days);
}

/** The ISO 8601 week of a date, `2026-W50`: weeks start on Monday, week 1 holds a Thursday. */
export function isoWeek(date: string): string {
  const day = dayNumber(date);
  // 1970-01-01 was a Thursday: (day + 3) % 7 is 0 on Mondays.
  const weekday = (((day + 3) % 7) + 7) % 7;
  const thursday = day - weekday + 3;
  const year = Number(dateOfDay(thursday).slice(0, 4));
  const firstThursday = dayNumber(`${year}-01-04`);
  const firstWeekday = (((firstThursday + 3) % 7) + 7) % 7;
  const week = 1 + Math.round((thursday - (firstThursday - firstWeekday + 3)) / 7);
  return `${year}-W${pad(week)}`;
}

const recipientKey = (r: ReminderRecipient) => `${r.kind}:${r.id}`;
const actionKey = (kind: ReminderKind, a: RemindableAction, r: ReminderRecipient) =>
  `${kind}:${a.boardId}/${a.actionId}:${a.due}:${recipientKey(r)}`;

const byDue = (a: RemindableAction, b: RemindableAction) =>
  a.due.localeCompare(b.due) ||
  a.boardId.localeCompare(b.boardId) ||
  a.actionId.localeCompare(b.actionId);

/** The reminders due at `input.now`, whether or not they were sent before (the claim decides). */
export function remindersDue(input: ScheduleInput): PlannedReminder[] {
  const today = localDate(input.now, input.timeZone);
  const week = isoWeek(today);
  const channels: ReminderRecipient[] = input.channelIds.map((id) => ({ kind: 'channel', id }));
  const planned: PlannedReminder[] = [];
  const overdue: RemindableAction[] = [];
  for (const action of [...input.actions].sort(byDue)) {
    const kind = kindOn(today, action.due, input.daysBefore);
    if (kind === 'overdue') overdue.push(action);
    if (kind !== 'before' && kind !== 'due') continue;
    const owner: ReminderRecipient = { kind: 'person', id: action.ownerPersonId };
    for (const recipient of [owner, ...channels]) {
      const key = actionKey(kind, action, recipient);
      planned.push({ key, kind, recipient, actions: [action], today, week: null });
    }
  }
  const byOwner = new Map<string, RemindableAction[]>();
  for (const action of overdue) {
    const list = byOwner.get(action.ownerPersonId) ?? [];
    list.push(action);
    byOwner.set(action.ownerPersonId, list);
  }
  const digests: [ReminderRecipient, RemindableAction[]][] = [
    ...[...byOwner].map(([id, list]): [ReminderRecipient, RemindableAction[]] => [
      { kind: 'person', id },
      list,
    ]),
    ...(overdue.length
      ? channels.map((c): [ReminderRecipient, RemindableAction[]] => [c, overdue])
      : []),
  ];
  for (const [recipient, actions] of digests) {
    const key = `digest:${week}:${recipientKey(recipient)}`;
    planned.push({ key, kind: 'digest', recipient, actions, today, week });
  }
  return planned;
}

/** Where an action due on `due` stands on `today`. */
function kindOn(
  today: string,
  due: string,
  daysBefore: number,
): 'before' | 'due' | 'overdue' | null {
  if (due === today) return 'due';
  if (due < today) return 'overdue';
  return daysBefore > 0 && addDays(due, -daysBefore) <= today ? 'before' : null;
}

/**
 * The last due date the schedule can act on at `now`: an action due later is neither
 * due, nor overdue, nor within the days before; the store reads no further.
 */
export function lastDueInReach(now: number, timeZone: string, daysBefore: number): string {
  return addDays(localDate(now, timeZone), Math.max(0, daysBefore));
}
