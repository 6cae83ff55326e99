/**
 * The follow-up review: when the team meets again to check the action items. Scope:
 * document (board doc). Scheduled in the Follow-up phase; followup/ics.ts turns it into
 * a calendar invite.
 *
 * Stored as one value (`followUp` in `postmortemMap`): date, time and zone only make
 * sense together, so two people picking slots at once end with one of the two slots,
 * not one's date at the other's time.
 */
import type * as Y from 'yjs';
import { z } from 'zod';
import { unreadableValue } from '../doc/entries.ts';
import { postmortemMap } from '../doc/layout.ts';
import { TimeZoneSchema, instantFromWallClock } from '../time/zone.ts';

/** Default length of the review, minutes. */
export const DEFAULT_FOLLOW_UP_MINUTES = 30;

export const FollowUpSchema = z.object({
  /** Calendar date of the review in `timeZone`, `2026-11-20`. */
  date: z.iso.date({ error: 'A date must look like 2026-11-20' }),
  /** Wall-clock start in `timeZone`, 24-hour `HH:MM`. */
  time: z
    .string({ error: 'A time must look like 15:30' })
    .regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'A time must look like 15:30'),
  /** How long the review lasts, minutes. */
  durationMinutes: z
    .number({ error: 'The length must be a number of minutes' })
    .int('The length must be whole minutes')
    .min(5, 'A review lasts at least 5 minutes')
    .max(480, 'A review lasts at most 8 hours'),
  /** IANA zone the date and time are in (canonical spelling). */
  timeZone: TimeZoneSchema,
  /**
   * Raised by every change of the above: the invite's SEQUENCE, so a calendar replaces
   * the event it already has instead of adding a second one.
   */
  revision: z.number().int().nonnegative().default(0),
});
export type FollowUp = z.infer<typeof FollowUpSchema>;
/** When and how long, without the revision: what a draft or an invite needs. */
export type FollowUpTime = Omit<FollowUp, 'revision'>;

export const NewFollowUpSchema = FollowUpSchema.omit({ revision: true }).extend({
  durationMinutes: FollowUpSchema.shape.durationMinutes.default(DEFAULT_FOLLOW_UP_MINUTES),
});
export type NewFollowUp = z.input<typeof NewFollowUpSchema>;

/**
 * When the review starts, ms, or null when the wall-clock time does not exist in the
 * zone (skipped by a daylight-saving change). A time that happens twice is the first.
 */
export function followUpStart(followUp: FollowUpTime): number | null {
  const [year, month, day] = followUp.date.split('-').map(Number) as [number, number, number];
  const [hour, minute] = followUp.time.split(':').map(Number) as [number, number];
  const zoned = instantFromWallClock(
    { year, month, day, hour, minute, second: 0, millisecond: 0 },
    followUp.timeZone,
  );
  return zoned.ok ? zoned.ms : null;
}

/** The scheduled review, or null when none is scheduled (or it is unreadable). */
export function readFollowUp(doc: Y.Doc): FollowUp | null {
  const result = FollowUpSchema.safeParse(postmortemMap(doc).get('followUp'));
  return result.success && followUpStart(result.data) !== null ? result.data : null;
}

/** 1 when a stored follow-up is one {@link readFollowUp} cannot use. */
export function unreadableFollowUp(doc: Y.Doc): number {
  return unreadableValue(postmortemMap(doc), 'followUp', (value) => {
    const result = FollowUpSchema.safeParse(value);
    return result.success && followUpStart(result.data) !== null;
  });
}

/**
 * Schedules (or reschedules) the review. Throws a ZodError for bad input, and an Error
 * when the time does not exist on that day in that zone.
 */
export function setFollowUp(doc: Y.Doc, input: NewFollowUp, origin?: unknown): FollowUp {
  const parsed = NewFollowUpSchema.parse(input);
  if (followUpStart(parsed) === null) {
    throw new Error(
      `${parsed.time} does not exist on ${parsed.date} in ${parsed.timeZone}: the clocks skip it`,
    );
  }
  const before = FollowUpSchema.safeParse(postmortemMap(doc).get('followUp')).data;
  const unchanged =
    before &&
    before.date === parsed.date &&
    before.time === parsed.time &&
    before.durationMinutes === parsed.durationMinutes &&
    before.timeZone === parsed.timeZone;
  if (unchanged) return before;
  const next: FollowUp = { ...parsed, revision: before ? before.revision + 1 : 0 };
  doc.transact(() => postmortemMap(doc).set('followUp', next), origin);
  return next;
}

/** Unschedules the review. */
export function clearFollowUp(doc: Y.Doc, origin?: unknown): void {
  if (!postmortemMap(doc).has('followUp')) return;
  doc.transact(() => postmortemMap(doc).delete('followUp'), origin);
}
