/**
 * The action items as a CSV in the shape of Linear's own CSV export, which Linear's
 * importer reads back (its "Linear (CSV)" importer): Title, Description, Status,
 * Priority, Assignee, Labels, and the due date. Linear's importer strips the `'` a
 * formula guard puts before `=`, `+`, `-` or `@` in Title and Description, so a summary
 * `=1+1` or `@dana to fix` is guarded against spreadsheets and still imported as typed.
 * The body repeats the due date and the ticket, which the importer has no field for.
 */
import type { ExportActionItem, PostmortemDocument } from './document.ts';
import { withoutBidiControlsDeep } from '../bidi.ts';
import { csvRows, type CsvColumnKind } from './escape.ts';
import { TRACKER_LABEL, trackerBody } from './trackerFields.ts';
import { PRIORITY_WORDS } from './words.ts';

/** The columns, and whether each is free text (formula-guarded) or tracker data. */
export const LINEAR_CSV_COLUMNS = [
  ['Title', 'text'],
  ['Description', 'text'],
  ['Status', 'data'],
  ['Priority', 'data'],
  ['Assignee', 'data'],
  ['Labels', 'data'],
  ['Due Date', 'data'],
] as const satisfies readonly (readonly [string, CsvColumnKind])[];

/** Linear's default workflow states; Linear has no Blocked state, so a label says it. */
const LINEAR_STATUS: Readonly<Record<ExportActionItem['status'], string>> = {
  open: 'Todo',
  'in progress': 'In Progress',
  blocked: 'Todo',
  done: 'Done',
  "won't do": 'Canceled',
};

/**
 * Leading tabs and line breaks dropped: Linear's importer undoes the guard only before
 * `=`, `+`, `-` and `@`, and a title or a Markdown body does not begin with white space.
 */
const text = (value: string) => value.replace(/^[\t\r\n\0]+/, '');

function row(doc: PostmortemDocument, item: ExportActionItem): string[] {
  return [
    text(item.action),
    text(trackerBody(doc, item, { ownerInBody: false })),
    LINEAR_STATUS[item.status],
    item.priority === null ? 'No priority' : PRIORITY_WORDS[item.priority],
    item.owner ?? '',
    [TRACKER_LABEL, ...(item.status === 'blocked' ? ['blocked'] : [])].join(', '),
    item.due ?? '',
  ];
}

/** The action items as a Linear CSV; the header row alone while none are recorded. */
export function renderLinearCsv(document: PostmortemDocument): string {
  const doc = withoutBidiControlsDeep(document);
  return csvRows(
    [LINEAR_CSV_COLUMNS.map(([name]) => name), ...(doc.actionItems ?? []).map((a) => row(doc, a))],
    LINEAR_CSV_COLUMNS.map(([, kind]) => kind),
  );
}
