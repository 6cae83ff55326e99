/**
 * The follow-up review as an iCalendar file (RFC 5545): one VEVENT that Google
 * Calendar, Outlook and Apple Calendar import. Pure; the client offers it for download
 * and the server may attach it to mail.
 *
 * The details that make or break an import:
 * - CRLF after every line, the last one included (3.1);
 * - lines folded at 75 octets of UTF-8, never inside a character, each continuation
 *   starting with one space (3.1);
 * - `\`, `;`, `,` and newlines escaped in TEXT values (3.3.11);
 * - DTSTART in the review's zone with a TZID, plus a VTIMEZONE for that TZID, because
 *   Outlook ignores a TZID it finds no VTIMEZONE for (or in UTC, for the UTC zone or on
 *   request). The VTIMEZONE states the one offset in force at the review, which is all
 *   a single, non-repeating event needs; no zone database ships with us;
 * - a stable UID, so importing a rescheduled invite updates the event instead of
 *   adding a second one (raise `sequence` with each change).
 */
import { withoutBidiControls } from '../bidi.ts';
import { isHttpUrl } from '../entities/incident.ts';
import { followUpStart, type FollowUpTime } from '../entities/followUp.ts';
import { pad2 } from '../time/instant.ts';
import { offsetMinutesAt, zoneShortName } from '../time/zone.ts';

/** An open action as the invite lists it. */
export interface InviteAction {
  readonly title: string;
  readonly owner?: string | undefined;
  /** `YYYY-MM-DD`. */
  readonly due?: string | undefined;
}

export interface FollowUpInvite {
  /** Stable per board, e.g. `<board id>-followup@<host>`; the same for every reschedule. */
  readonly uid: string;
  /** When the file is made, ms (DTSTAMP). */
  readonly now: number;
  readonly followUp: FollowUpTime;
  /** The postmortem's title; the event is "Follow-up review: <title>". */
  readonly title: string;
  /**
   * The board's address (http or https). The review's attendees update their actions
   * on the board, so the client passes the participant link; mind that invites get
   * forwarded, and the facilitator can replace that link at any time.
   */
  readonly boardUrl: string;
  /** The actions not done yet, in "tackle first" order. */
  readonly openActions: readonly InviteAction[];
  /** Revision of the event (FollowUp.revision); raised each time the review is rescheduled. Default 0. */
  readonly sequence?: number;
  /** Write DTSTART in UTC instead of the review's zone. */
  readonly utc?: boolean;
}

const CRLF = '\r\n';
/** Octets per physical line, CRLF excluded (RFC 5545 3.1). */
const LINE_OCTETS = 75;

/**
 * A TEXT value with `\`, `;`, `,` and newlines escaped; other control characters dropped,
 * bidirectional ones too (bidi.ts).
 */
export function escapeIcsText(value: string): string {
  return [...withoutBidiControls(value).replace(/\r\n?/g, '\n')]
    .filter(isTextChar)
    .join('')
    .replace(/[\\;,]/g, (c) => `\\${c}`)
    .replace(/\n/g, '\\n');
}

/** Tab, newline and printable characters; the other controls are not allowed in TEXT. */
function isTextChar(char: string): boolean {
  const code = char.charCodeAt(0);
  return code === 9 || code === 10 || (code >= 32 && code !== 127);
}

function utf8Length(codePoint: number): number {
  return codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;
}

/**
 * One content line folded into physical lines of at most 75 octets, joined by CRLF and
 * a space. Splits only between characters (code points), so UTF-8 stays valid.
 */
export function foldIcsLine(line: string): string {
  const out: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = utf8Length(char.codePointAt(0)!);
    if (octets + size > LINE_OCTETS) {
      out.push(current);
      current = ' ';
      octets = 1;
    }
    current += char;
    octets += size;
  }
  out.push(current);
  return out.join(CRLF);
}

function utcStamp(ms: number): string {
  const d = new Date(ms);
  return (
    `${d.getUTCFullYear()}${pad2(d.getUTCMonth() + 1)}${pad2(d.getUTCDate())}` +
    `T${pad2(d.getUTCHours())}${pad2(d.getUTCMinutes())}${pad2(d.getUTCSeconds())}Z`
  );
}

function localStamp(followUp: FollowUpTime): string {
  return `${followUp.date.replace(/-/g, '')}T${followUp.time.replace(':', '')}00`;
}

/** `+0100`, `-0430`: the UTC-OFFSET form (3.3.14). */
function icsOffset(minutes: number): string {
  const abs = Math.abs(minutes);
  return `${minutes < 0 ? '-' : '+'}${pad2(Math.floor(abs / 60))}${pad2(abs % 60)}`;
}

/** `PT30M`, `PT1H30M`. */
function icsDuration(minutes: number): string {
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  return `PT${hours > 0 ? `${hours}H` : ''}${rest > 0 || hours === 0 ? `${rest}M` : ''}`;
}

/** The event's description: the board link and the open actions, one a line. */
export function inviteDescription(invite: FollowUpInvite): string {
  const lines = [`Follow-up review of the postmortem "${invite.title}".`];
  if (isHttpUrl(invite.boardUrl)) lines.push(`Board: ${invite.boardUrl}`);
  lines.push('');
  if (invite.openActions.length === 0) {
    lines.push('Every action is done: this review can close the incident.');
  } else {
    lines.push(`Open actions (${invite.openActions.length}):`);
    for (const a of invite.openActions) {
      const about = [a.owner ? `owner: ${a.owner}` : 'no owner yet', a.due ? `due ${a.due}` : '']
        .filter(Boolean)
        .join(', ');
      lines.push(`- ${a.title} (${about})`);
    }
  }
  return lines.join('\n');
}

/**
 * The invite as an `.ics` file's text (`text/calendar; charset=utf-8`). Throws an
 * Error when the review's time does not exist in its zone.
 */
export function followUpIcs(invite: FollowUpInvite): string {
  const { followUp } = invite;
  const start = followUpStart(followUp);
  if (start === null) throw new Error('The follow-up time does not exist in its time zone');
  const inUtc = invite.utc === true || followUp.timeZone === 'UTC';
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Hindsight//Postmortem follow-up//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
  ];
  if (!inUtc) {
    const offset = icsOffset(offsetMinutesAt(start, followUp.timeZone));
    lines.push(
      'BEGIN:VTIMEZONE',
      `TZID:${followUp.timeZone}`,
      'BEGIN:STANDARD',
      'DTSTART:19700101T000000',
      `TZOFFSETFROM:${offset}`,
      `TZOFFSETTO:${offset}`,
      `TZNAME:${escapeIcsText(zoneShortName(start, followUp.timeZone))}`,
      'END:STANDARD',
      'END:VTIMEZONE',
    );
  }
  lines.push(
    'BEGIN:VEVENT',
    `UID:${escapeIcsText(invite.uid)}`,
    `DTSTAMP:${utcStamp(invite.now)}`,
    inUtc
      ? `DTSTART:${utcStamp(start)}`
      : `DTSTART;TZID=${followUp.timeZone}:${localStamp(followUp)}`,
    `DURATION:${icsDuration(followUp.durationMinutes)}`,
    `SEQUENCE:${Math.max(0, Math.trunc(invite.sequence ?? 0))}`,
    `SUMMARY:${escapeIcsText(`Follow-up review: ${invite.title}`)}`,
    `DESCRIPTION:${escapeIcsText(inviteDescription(invite))}`,
  );
  if (isHttpUrl(invite.boardUrl)) lines.push(`URL:${invite.boardUrl.replace(/[\r\n]/g, '')}`);
  lines.push('STATUS:CONFIRMED', 'TRANSP:OPAQUE', 'END:VEVENT', 'END:VCALENDAR');
  return lines.map(foldIcsLine).join(CRLF) + CRLF;
}
