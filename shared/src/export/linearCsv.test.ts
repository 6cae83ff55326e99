/**
 * The action items for Linear's CSV importer (linearCsv.ts, issue #19), read back the way
 * Linear's open-source "Linear (CSV)" importer reads a file: the Title, Description,
 * Status, Priority, Assignee and Labels columns by name, a `'` before `=`, `+`, `-` or `@`
 * stripped from Title and Description, labels split on ", ". What the tracker stores is
 * what the board holds: the formula guard never reaches it.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { PostmortemDocument } from './document.ts';
import { renderLinearCsv } from './linearCsv.ts';
import { parseCsv, startsFormula } from './testCsv.ts';
import { fromFixture } from './testSources.ts';

/** Linear's priority words and the numbers its importer maps them to. */
const LINEAR_PRIORITY: Record<string, number> = {
  'No priority': 0,
  Urgent: 1,
  High: 2,
  Medium: 3,
  Low: 4,
};

/** What Linear's CSV importer makes of the file: one issue per row. */
function linearImport(csv: string) {
  const [header, ...rows] = parseCsv(csv);
  const unquote = (s: string) => s.replace(/^'([+\-=@])/, '$1');
  return rows.map((cells) => {
    const row = Object.fromEntries(header!.map((h, i) => [h, cells[i] ?? '']));
    return {
      title: unquote(row['Title']!),
      description: unquote(row['Description']!),
      status: row['Status'],
      priority: LINEAR_PRIORITY[row['Priority']!] ?? 0,
      assignee: row['Assignee'],
      labels: row['Labels']!.split(', ').filter(Boolean),
      due: row['Due Date'],
      rawTitle: row['Title']!,
    };
  });
}

const complete = () => fromFixture({ complete: true });

function withActions(
  doc: PostmortemDocument,
  patch: (a: NonNullable<PostmortemDocument['actionItems']>[number], i: number) => object,
): PostmortemDocument {
  return {
    ...doc,
    actionItems: (doc.actionItems ?? []).map((a, i) => ({ ...a, ...patch(a, i) })),
  };
}

describe('the Linear CSV', () => {
  it("has the columns of Linear's own CSV, and a value Linear knows in each", () => {
    const doc = complete();
    const csv = renderLinearCsv(doc);
    expect(parseCsv(csv)[0]).toEqual([
      'Title',
      'Description',
      'Status',
      'Priority',
      'Assignee',
      'Labels',
      'Due Date',
    ]);
    const issues = linearImport(csv);
    expect(issues).toHaveLength(doc.actionItems!.length);
    issues.forEach((issue, i) => {
      const item = doc.actionItems![i]!;
      expect(issue.title).toBe(item.action);
      expect(['Todo', 'In Progress', 'Done', 'Canceled']).toContain(issue.status);
      expect(issue.priority).toBe(
        item.priority === null ? 0 : { high: 2, medium: 3, low: 4 }[item.priority],
      );
      expect(issue.assignee).toBe(item.owner ?? '');
      expect(issue.labels).toContain('postmortem');
      expect(issue.due).toBe(item.due ?? '');
      // The due date and the ticket stay in the body, which every importer keeps.
      if (item.due) expect(issue.description).toContain(`Due: ${item.due}`);
      if (item.link) expect(issue.description).toContain(`Ticket: ${item.link}`);
    });
  });

  it('says a blocked or abandoned action the way Linear does', () => {
    const doc = withActions(complete(), (_, i) => ({
      status: (['blocked', "won't do", 'done'] as const)[i % 3],
    }));
    const issues = linearImport(renderLinearCsv(doc));
    expect(issues.map((i) => [i.status, i.labels])).toEqual(
      doc.actionItems!.map(
        (_, i) =>
          [
            ['Todo', ['postmortem', 'blocked']],
            ['Canceled', ['postmortem']],
            ['Done', ['postmortem']],
          ][i % 3],
      ),
    );
  });

  it('guards formulas for spreadsheets, and Linear imports the summary as typed', () => {
    const sample = complete();
    fc.assert(
      fc.property(
        fc.constantFrom('=', '+', '-', '@', ''),
        fc.string({ maxLength: 30 }).filter((s) => !/^[\t\r\n\0']/.test(s)),
        fc.option(fc.constantFrom('@dana', 'Dana Whitfield'), { nil: null }),
        (start, rest, owner) => {
          const summary = start + rest;
          const doc = withActions(sample, () => ({ action: summary, owner }));
          const [issue] = linearImport(renderLinearCsv(doc));
          expect(startsFormula(issue!.rawTitle)).toBe(false);
          expect(issue!.title).toBe(summary);
          expect(issue!.assignee).toBe(owner ?? '');
        },
      ),
      { numRuns: 200 },
    );
  });
});
