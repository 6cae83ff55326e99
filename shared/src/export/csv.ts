/**
 * The action items as CSV, for import into a tracker (Jira, Linear, GitHub via a
 * script): one header row, one row per action item, RFC 4180 quoting, and cells that a
 * spreadsheet would run as a formula defused with a leading `'` (escape.ts).
 */
import type { ExportActionItem, PostmortemDocument } from './document.ts';
import { csvRows, safeHref } from './escape.ts';
import { ACTION_STATUS_WORDS, PRIORITY_WORDS } from './words.ts';

/** The header row; the names trackers' CSV importers map without asking. */
export const ACTION_CSV_COLUMNS = [
  'Summary',
  'Description',
  'Assignee',
  'Due date',
  'Priority',
  'Status',
  'Link',
] as const;

function row(doc: PostmortemDocument, item: ExportActionItem): string[] {
  const source = `From the postmortem "${doc.title}".`;
  return [
    item.action,
    item.details ? `${item.details}\n\n${source}` : source,
    item.owner ?? '',
    item.due ?? '',
    item.priority === null ? '' : PRIORITY_WORDS[item.priority],
    ACTION_STATUS_WORDS[item.status],
    (item.link !== null && safeHref(item.link)) || '',
  ];
}

/** The action items as CSV; the header row alone while none are recorded. */
export function renderActionItemsCsv(doc: PostmortemDocument): string {
  return csvRows([[...ACTION_CSV_COLUMNS], ...(doc.actionItems ?? []).map((a) => row(doc, a))]);
}
