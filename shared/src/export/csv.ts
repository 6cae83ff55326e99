/**
 * The action items as CSV, for import into a tracker (Jira, Linear, GitHub via a
 * script): one header row, one row per action item in "tackle first" order, RFC 4180
 * quoting, and free-text cells (Summary, Description) that a spreadsheet would run as a
 * formula defused with a leading `'` (escape.ts); in the data columns a mention such as
 * `@dana` stays as recorded, so a tracker imports `@dana`, not `'@dana`. Priority is High/Medium/Low and Status To Do/In Progress/Done, the
 * values trackers' importers know; the due date is ISO `YYYY-MM-DD`.
 */
import { withoutBidiControlsDeep } from '../bidi.ts';
import type { ExportActionItem, PostmortemDocument } from './document.ts';
import { csvRows, safeHref, type CsvColumnKind } from './escape.ts';
import { ACTION_STATUS_WORDS, addressesText, PRIORITY_WORDS } from './words.ts';

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

/** Summary and Description are free text; the rest is data a tracker reads as it is. */
const ACTION_CSV_KINDS: readonly CsvColumnKind[] = [
  'text',
  'text',
  'data',
  'data',
  'data',
  'data',
  'data',
];

/**
 * The ticket's description: the details, then what the action addresses, its
 * impact/effort quadrant, whether the owner confirmed, and the postmortem it comes from.
 */
export function actionDescription(doc: PostmortemDocument, item: ExportActionItem): string {
  const addresses = addressesText(item.addresses);
  return [
    item.details,
    addresses && `Addresses: ${addresses}`,
    item.quadrant && `Impact/effort: ${item.quadrant}.`,
    item.owner !== null && !item.ownerConfirmed && 'The owner has not confirmed yet.',
    `From the postmortem "${doc.title}".`,
  ]
    .filter(Boolean)
    .join('\n\n');
}

function row(doc: PostmortemDocument, item: ExportActionItem): string[] {
  return [
    item.action,
    actionDescription(doc, item),
    item.owner ?? '',
    item.due ?? '',
    item.priority === null ? '' : PRIORITY_WORDS[item.priority],
    ACTION_STATUS_WORDS[item.status],
    (item.link !== null && safeHref(item.link)) || '',
  ];
}

/** The action items as CSV; the header row alone while none are recorded. */
export function renderActionItemsCsv(document: PostmortemDocument): string {
  const doc = withoutBidiControlsDeep(document);
  return csvRows(
    [[...ACTION_CSV_COLUMNS], ...(doc.actionItems ?? []).map((a) => row(doc, a))],
    ACTION_CSV_KINDS,
  );
}
