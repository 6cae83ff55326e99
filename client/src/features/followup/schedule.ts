/**
 * The follow-up review's defaults and how it reads on screen. Pure. Dates and times are
 * wall-clock values in the review's zone (shared `FollowUp`), so they are formatted as
 * such, never through the browser's own zone.
 */
import {
  DEFAULT_FOLLOW_UP_MINUTES,
  formatDuration,
  isResolved,
  type ActionItemStatus,
  type FollowUpTime,
  todayIn,
} from '@hindsight/shared';

/** Days from the meeting to the review, by default: long enough for quick wins to land. */
export const DEFAULT_REVIEW_AFTER_DAYS = 14;

/** A review's length as the picker offers it: `30 min`, `1 h`, `1 h 30 min`. */
export function lengthLabel(minutes: number): string {
  return formatDuration(minutes * 60_000);
}

/** `date` plus `days`, both `YYYY-MM-DD`. */
export function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

/**
 * A first proposal: two weeks from today at 10:00 in `timeZone`, or the day after the
 * last action is due when that is later, so the review can check every action.
 */
export function defaultFollowUp(
  now: number,
  timeZone: string,
  dueDates: readonly (string | undefined)[],
): FollowUpTime {
  const inTwoWeeks = addDays(todayIn(timeZone, now), DEFAULT_REVIEW_AFTER_DAYS);
  const lastDue = dueDates
    .filter((d): d is string => Boolean(d))
    .sort()
    .at(-1);
  const afterLastDue = lastDue ? addDays(lastDue, 1) : inTwoWeeks;
  return {
    date: afterLastDue > inTwoWeeks ? afterLastDue : inTwoWeeks,
    time: '10:00',
    durationMinutes: DEFAULT_FOLLOW_UP_MINUTES,
    timeZone,
  };
}

/** "Tuesday 1 December 2026, 10:00–10:30 (Europe/Berlin)". */
export function followUpText(followUp: FollowUpTime, locale = 'en-GB'): string {
  const day = new Intl.DateTimeFormat(locale, {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(`${followUp.date}T00:00:00Z`));
  const [h, m] = followUp.time.split(':').map(Number) as [number, number];
  const end = (h * 60 + m + followUp.durationMinutes) % (24 * 60);
  const pad = (n: number) => String(n).padStart(2, '0');
  const endText = `${pad(Math.floor(end / 60))}:${pad(end % 60)}`;
  return `${day}, ${followUp.time}–${endText} (${followUp.timeZone.replaceAll('_', ' ')})`;
}

/**
 * What the review will check, in a sentence. Resolved means done or a won't do the
 * facilitator accepted; a won't do still waiting for acceptance stays open.
 */
export function reviewScopeText(
  actions: readonly { readonly status: ActionItemStatus; readonly accepted?: boolean }[],
): string {
  if (actions.length === 0) return 'No actions yet: add them in Actions before the review.';
  const open = actions.filter((a) => !isResolved(a)).length;
  if (open === 0) return 'Every action is resolved: the review can close the incident.';
  const noun = open === 1 ? 'action' : 'actions';
  return `${open} open ${noun} to review. The incident stays open until every action is resolved.`;
}
