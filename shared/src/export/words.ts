/**
 * The words and figures every renderer prints the same way: section titles, labels,
 * instants in the incident's zone, durations, counts. Plain text; each renderer escapes.
 */
import { formatInstant, wallClockAt } from '../time/zone.ts';
import { pad2 } from '../time/instant.ts';
import { formatDuration } from '../timeline/metrics.ts';
import type {
  ExportActionItem,
  ExportAddresses,
  ExportFollowUp,
  ExportMetric,
  ExportOutline,
  PostmortemDocument,
  SectionKey,
} from './document.ts';
import { outlineOf } from './outline.ts';

/** What a section says while the session has not produced it. */
export const NOT_RECORDED = 'Not recorded yet.';

/** What each section says, plainly, when the board holds nothing for it. */
export const MISSING: Readonly<Record<SectionKey, string>> = {
  summary: 'No summary has been written yet.',
  impact: 'The impact has not been recorded yet.',
  trigger: 'No trigger has been written yet.',
  leadup: 'The leadup and the fault are not recorded yet.',
  rootCauseSummary: 'No root cause has been marked yet.',
  detection: 'How the incident was found has not been recorded yet.',
  resolution: 'No resolution or recovery has been recorded yet.',
  topActions: 'No action items yet.',
  timeline: 'No events on the timeline yet.',
  analysis: 'No cluster has been discussed yet.',
  lessons: 'No lessons have been written yet.',
  actionItems: 'No action items yet.',
  followUp: 'No postmortem owner or follow-up review yet.',
  cards: 'No cards yet.',
  participants: 'Who took part was not recorded.',
  supportingLinks: 'No supporting links yet.',
};

/** Sub-headings inside sections. */
export const SUBHEADING = {
  owners: 'Postmortem owner',
  review: 'Follow-up review',
} as const;

/** How many actions the executive page lists. */
export const TOP_ACTIONS = 5;

export const ACTION_TYPE_WORDS: Readonly<Record<NonNullable<ExportActionItem['type']>, string>> = {
  mitigate: 'Mitigate',
  prevent: 'Prevent',
  detect: 'Detect',
  process: 'Process',
};

/** `Mitigate`; blank when not said (or in a file from before types). */
export function actionTypeText(item: ExportActionItem): string {
  return item.type ? ACTION_TYPE_WORDS[item.type] : '';
}

/**
 * The incident's date: the local day it started, else the board's creation, else the
 * export's.
 */
export function documentDate(doc: PostmortemDocument): string {
  return localDate(doc, doc.summary.startedAt ?? doc.board.createdAt ?? doc.generatedAt);
}

/** `Priya Raman (postmortem owner); Dana Whitfield (facilitator)`; blank when nobody is known. */
export function authorsText(doc: PostmortemDocument): string {
  const a = doc.authors ?? { owners: doc.owners?.names ?? [], facilitators: [] };
  const parts: string[] = [];
  if (a.owners.length > 0) {
    parts.push(`${a.owners.join(', ')} (postmortem owner${a.owners.length > 1 ? 's' : ''})`);
  }
  if (a.facilitators.length > 0) {
    parts.push(`${a.facilitators.join(', ')} (facilitator)`);
  }
  return parts.join('; ');
}

/** The outline the document follows: its own, or the default for a file from before outlines. */
export function outlineFor(doc: PostmortemDocument): ExportOutline {
  return doc.outline ?? outlineOf('default');
}

export const SESSION_WORDS: Readonly<Record<PostmortemDocument['status']['session'], string>> = {
  preparing: 'retrospective not started',
  running: 'retrospective in progress',
  finished: 'retrospective held',
};

/** `2026-11-03 14:02 UTC`, in the document's zone. */
export function when(doc: PostmortemDocument, iso: string): string {
  return formatInstant(Date.parse(iso), doc.timeZone);
}

/** The local calendar date of an instant in the document's zone, `2026-11-03`. */
export function localDate(doc: PostmortemDocument, iso: string): string {
  const w = wallClockAt(Date.parse(iso), doc.timeZone);
  return `${w.year}-${pad2(w.month)}-${pad2(w.day)}`;
}

/**
 * How each timeline row writes its time: only the clock when every event falls on one
 * local date (named once, in the column heading), else date and clock.
 */
export function timelineClock(doc: PostmortemDocument): {
  heading: string;
  at: (iso: string) => string;
} {
  const dates = new Set(doc.timeline.events.map((e) => localDate(doc, e.at)));
  if (dates.size === 1) {
    const [date] = dates;
    return {
      heading: `Time (${date})`,
      at: (iso) => formatInstant(Date.parse(iso), doc.timeZone, { date: false }),
    };
  }
  return { heading: 'Time', at: (iso) => when(doc, iso) };
}

/** `47 min`, with where the figure came from when the timeline stood in for a fact. */
export function metricText(metric: ExportMetric | null): string {
  if (!metric) return 'not known';
  const figure = formatDuration(metric.ms);
  return metric.source === 'incident' ? figure : `${figure} (from the timeline)`;
}

export const METRICS = [
  ['timeToDetect', 'Time to detect'],
  ['timeToMitigate', 'Time to mitigate'],
  ['timeToResolve', 'Time to resolve'],
] as const;

const numbers = new Intl.NumberFormat('en-US');

export function count(n: number): string {
  return numbers.format(n);
}

/** The impact figures that are known, as label and value. */
export function impactRows(doc: PostmortemDocument): [string, string][] {
  const { impact } = doc;
  const rows: [string, string][] = [];
  if (impact.usersAffected !== null) rows.push(['Users affected', count(impact.usersAffected)]);
  if (impact.durationMinutes !== null) {
    rows.push(['Duration of impact', formatDuration(impact.durationMinutes * 60_000)]);
  }
  if (impact.revenueLost) rows.push(['Revenue lost', impact.revenueLost]);
  if (impact.errorBudgetBurned) rows.push(['Error budget burned', impact.errorBudgetBurned]);
  return rows;
}

/** The incident's instants that are known, as label and ISO instant. */
export function factTimes(doc: PostmortemDocument): [string, string][] {
  const s = doc.summary;
  const all: [string, string | null][] = [
    ['Started', s.startedAt],
    ['Detected', s.detectedAt],
    ['Mitigated', s.mitigatedAt],
    ['Resolved', s.resolvedAt],
  ];
  return all.filter((row): row is [string, string] => row[1] !== null);
}

export const POSTMORTEM_STATUS_WORDS: Readonly<
  Record<PostmortemDocument['status']['postmortem'], string>
> = {
  draft: 'draft postmortem',
  'in review': 'postmortem in review',
  'actions open': 'actions open',
  closed: 'postmortem closed',
};

/** `SEV2 · resolved · retrospective held · actions open`, leaving out what is not known. */
export function statusLine(doc: PostmortemDocument): string {
  const parts = [
    doc.status.severity,
    doc.status.incident,
    SESSION_WORDS[doc.status.session],
    POSTMORTEM_STATUS_WORDS[doc.status.postmortem],
  ];
  return parts.filter((p): p is string => p !== null).join(' · ');
}

export const ROLE_WORDS = {
  facilitator: 'Facilitator',
  participant: 'Participants',
  observer: 'Observers',
} as const;

export const PRIORITY_WORDS: Readonly<Record<NonNullable<ExportActionItem['priority']>, string>> = {
  high: 'High',
  medium: 'Medium',
  low: 'Low',
};

/** Status names the usual trackers (Jira, Linear, GitHub projects) know. */
export const ACTION_STATUS_WORDS: Readonly<Record<ExportActionItem['status'], string>> = {
  open: 'To Do',
  'in progress': 'In Progress',
  blocked: 'Blocked',
  done: 'Done',
  "won't do": "Won't Do",
};

/** `1 card`, `3 cards`, `0 votes`. */
export function plural(n: number, word: string): string {
  return `${count(n)} ${word}${n === 1 ? '' : 's'}`;
}

/** The heading of a column's free cards once the board has clusters. */
export const UNCLUSTERED = 'Unclustered';

/**
 * What a ticket link says, rather than "link": the last part of its path (`INC-4830`,
 * `123`), else its host; the URL itself when it does not parse.
 */
export function ticketLabel(url: string): string {
  try {
    const { hostname, pathname } = new URL(url);
    const last = pathname.split('/').filter(Boolean).pop();
    let part = last;
    try {
      part = last && decodeURIComponent(last);
    } catch {
      // Kept as written.
    }
    return part ? `Ticket ${part}` : `Ticket on ${hostname}`;
  } catch {
    return url;
  }
}

/** A cluster's name, or what to call it while nobody has named it. */
export function clusterName(name: string): string {
  return name || 'Unnamed cluster';
}

/** `confirmed` or `not confirmed`, for an action that has an owner. */
export function confirmedWord(item: ExportActionItem): string {
  return item.ownerConfirmed ? 'confirmed' : 'not confirmed';
}

/** `High (quick win)`; blank while the action is not rated. */
export function priorityText(item: ExportActionItem): string {
  if (item.priority === null) return '';
  const level = PRIORITY_WORDS[item.priority];
  return item.quadrant === null ? level : `${level} (${item.quadrant})`;
}

/** `Config review — root cause: …`; blank when the cluster and the cause are both gone. */
export function addressesText(addresses: ExportAddresses | null): string {
  if (addresses === null) return '';
  const parts: string[] = [];
  if (addresses.topic !== null) parts.push(clusterName(addresses.topic));
  if (addresses.cause !== null) {
    parts.push(`${addresses.rootCause ? 'root cause' : 'cause'}: ${addresses.cause}`);
  }
  return parts.join(' — ');
}

/**
 * `2026-11-19 16:00 (Europe/Berlin)`: the review in the zone it was scheduled in, with
 * the document's own zone added when it differs.
 */
export function followUpWhen(doc: PostmortemDocument, f: ExportFollowUp): string {
  const local = `${f.date} ${f.time} (${f.timeZone})`;
  return f.timeZone === doc.timeZone ? local : `${local}, ${when(doc, f.at)}`;
}

/** `30 min`. */
export function followUpLength(f: ExportFollowUp): string {
  return formatDuration(f.durationMinutes * 60_000);
}
