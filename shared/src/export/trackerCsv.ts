/**
 * The action items as a CSV that Jira's CSV importer (and Linear's importer of Jira CSV
 * files) takes as it is: one issue per action item, with the columns those importers map
 * by name. Formulas are neutralised in the free-text columns (Summary, Description),
 * where a spreadsheet opening the file would run them, with a leading space rather than
 * a `'`: Jira keeps a `'` in the issue, and trims the space (escape.ts, `trimmed`). In
 * the data a tracker reads (Assignee, Due date, Priority, Labels...) a mention stays as
 * recorded, so an assignee `@dana` is not imported as `'@dana`. The summary is one line:
 * Jira refuses a summary with a line break.
 */
import type { ExportActionItem, PostmortemDocument } from './document.ts';
import { withoutBidiControlsDeep } from '../bidi.ts';
import { csvRows, safeHref, type CsvColumnKind } from './escape.ts';
import { actionDescription } from './csv.ts';
import { PRIORITY_WORDS } from './words.ts';
import { TRACKER_LABEL } from './trackerFields.ts';

/** The columns, and whether each is free text (formula-guarded) or tracker data. */
export const JIRA_CSV_COLUMNS = [
  ['Summary', 'trimmed'],
  ['Issue Type', 'data'],
  ['Description', 'trimmed'],
  ['Assignee', 'data'],
  ['Due date', 'data'],
  ['Priority', 'data'],
  ['Labels', 'data'],
  ['Issue key', 'data'],
  ['URL', 'data'],
] as const satisfies readonly (readonly [string, CsvColumnKind])[];

/** Every issue is a Task, the issue type every Jira project has. */
const ISSUE_TYPE = 'Task';

/**
 * `HS-<n>`: a key of our own, one per action item in the file, so Linear's importer (which
 * builds its backlink from `Issue key` and `URL`) never writes `undefined`; Jira ignores
 * a key column unless it is mapped.
 */
const issueKey = (n: number) => `HS-${n + 1}`;

/** A summary as Jira takes it: on one line. */
const oneLine = (text: string) => text.replace(/[\r\n]+/g, ' ');

function row(doc: PostmortemDocument, item: ExportActionItem, n: number): string[] {
  return [
    oneLine(item.action),
    ISSUE_TYPE,
    actionDescription(doc, item),
    item.owner ?? '',
    item.due ?? '',
    item.priority === null ? '' : PRIORITY_WORDS[item.priority],
    TRACKER_LABEL,
    issueKey(n),
    (item.link !== null && safeHref(item.link)) || '',
  ];
}

/** The action items as a Jira CSV; the header row alone while none are recorded. */
export function renderJiraCsv(document: PostmortemDocument): string {
  const doc = withoutBidiControlsDeep(document);
  return csvRows(
    [
      JIRA_CSV_COLUMNS.map(([name]) => name),
      ...(doc.actionItems ?? []).map((a, n) => row(doc, a, n)),
    ],
    JIRA_CSV_COLUMNS.map(([, kind]) => kind),
  );
}
