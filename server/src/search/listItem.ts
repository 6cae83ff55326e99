/**
 * An index entry as the list shows it (`GET /api/postmortems`). Pure: the overdue count
 * depends on the day it is asked, so it is counted here, not stored.
 */
import type { PostmortemListItem } from '@hindsight/shared';
import type { IndexEntry } from './entry.ts';
import type { ParsedQuery } from './query.ts';
import { snippetOf } from './snippet.ts';

/** The calendar date of `now` in UTC, `YYYY-MM-DD`. */
export const todayOf = (now: number) => new Date(now).toISOString().slice(0, 10);

/** What names a postmortem in any list: its id, title, severity, status and incident time. */
export function headingOf(entry: IndexEntry) {
  return {
    id: entry.id,
    title: entry.title,
    severity: entry.severity,
    status: entry.status,
    incidentAt: new Date(entry.incidentAt).toISOString(),
  };
}

export function listItemOf(
  entry: IndexEntry,
  now: number,
  search: { query: ParsedQuery; score: number } | null,
): PostmortemListItem {
  const today = todayOf(now);
  const found = search ? snippetOf(entry.sections, search.query) : { snippet: [], where: null };
  return {
    ...headingOf(entry),
    services: [...entry.services],
    tags: [...entry.tags],
    openActions: entry.openDue.length,
    overdueActions: entry.openDue.filter((due) => due !== null && due < today).length,
    owner: entry.owners.length > 0 ? entry.owners.join(', ') : null,
    snippet: found.snippet,
    where: found.where,
    score: search ? search.score : null,
  };
}
