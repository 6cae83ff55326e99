/**
 * The action items for a tracker's CSV importer (trackerCsv.ts, issue #19): the columns
 * Jira's importer maps, and Linear's reader of Jira files needs (an Issue Type and an
 * Issue key on every row, so no label "Type: undefined" and no link to
 * `/browse/undefined`), the due date and the ticket kept, and formulas neutralised in
 * the free text only: an assignee `@dana` is imported as `@dana`.
 */
import { describe, expect, it } from 'vitest';
import { csvCell } from './escape.ts';
import { renderActionItemsCsv } from './csv.ts';
import { renderJiraCsv } from './trackerCsv.ts';
import { parseCsv, startsFormula } from './testCsv.ts';
import { fromFixture } from './testSources.ts';

/** Java's String.trim, as Jira trims a summary: every character up to U+0020 at either end. */
function javaTrim(text: string): string {
  let start = 0;
  let end = text.length;
  while (start < end && text.charCodeAt(start) <= 0x20) start++;
  while (end > start && text.charCodeAt(end - 1) <= 0x20) end--;
  return text.slice(start, end);
}

/** The rows as objects keyed by the header row, as an importer reads them. */
function records(csv: string): Record<string, string>[] {
  const [header, ...rows] = parseCsv(csv);
  return rows.map((row) => Object.fromEntries(header!.map((h, i) => [h, row[i] ?? ''])));
}

function sampleWithMentions() {
  const doc = fromFixture({ complete: true });
  return {
    ...doc,
    actionItems: (doc.actionItems ?? []).map((a, i) =>
      i === 0 ? { ...a, owner: '@dana', action: '=HYPERLINK("http://evil.example","x")' } : a,
    ),
  };
}

describe('the Jira CSV', () => {
  it('has every column Jira and Linear map, and a value in the ones they need', () => {
    const rows = records(renderJiraCsv(fromFixture({ complete: true })));
    expect(Object.keys(rows[0]!)).toEqual([
      'Summary',
      'Issue Type',
      'Description',
      'Assignee',
      'Due date',
      'Priority',
      'Labels',
      'Issue key',
      'URL',
    ]);
    expect(rows.length).toBeGreaterThan(1);
    for (const row of rows) {
      expect(row['Summary']).not.toBe('');
      expect(row['Issue Type']).toBe('Task');
      expect(row['Issue key']).toMatch(/^HS-\d+$/);
      expect(row['Labels']).toBe('postmortem');
    }
    expect(new Set(rows.map((r) => r['Issue key'])).size).toBe(rows.length);
    expect(rows[0]).toMatchObject({
      'Due date': '2026-11-20',
      URL: 'https://tracker.example.com/browse/INC-4830',
      Priority: 'High',
    });
  });

  it('keeps an assignee @dana as it is, and defuses a formula in the summary', () => {
    for (const csv of [
      renderJiraCsv(sampleWithMentions()),
      renderActionItemsCsv(sampleWithMentions()),
    ]) {
      const [first] = records(csv);
      expect(first!['Assignee']).toBe('@dana');
      expect(startsFormula(first!['Summary']!)).toBe(false);
    }
    // The spreadsheet's CSV keeps the guard a spreadsheet shows: it is for a spreadsheet.
    const [sheet] = records(renderActionItemsCsv(sampleWithMentions()));
    expect(sheet!['Summary']).toBe('\'=HYPERLINK("http://evil.example","x")');
  });

  it.each([
    '=1+1',
    '+1 retry budget',
    '-Xmx for the worker',
    '@dana to rotate',
    '\tPage',
    '\r\nPage',
  ])(
    'guards a summary %j against a spreadsheet and lands no quote in Jira, which trims it',
    (summary) => {
      const doc = fromFixture({ complete: true });
      const items = (doc.actionItems ?? []).map((a, i) =>
        i === 0 ? { ...a, action: summary, details: summary } : a,
      );
      const [first] = records(renderJiraCsv({ ...doc, actionItems: items }));
      for (const column of ['Summary', 'Description']) {
        const cell = first![column]!;
        expect(startsFormula(cell), column).toBe(false);
        expect(cell, column).not.toContain("'");
      }
      // What Jira stores: the summary trimmed (as Java's String.trim, which drops every
      // character up to U+0020), one line, since Jira refuses a summary with line breaks.
      const jiraSummary = javaTrim(first!['Summary']!);
      expect(jiraSummary).toBe(summary.replace(/[\r\n]+/g, ' ').trim());
      expect(first!['Description']!.trimStart().startsWith(summary.trimStart())).toBe(true);
    },
  );

  it('writes a summary typed on several lines as one line, as Jira takes it', () => {
    const doc = fromFixture({ complete: true });
    const items = (doc.actionItems ?? []).map((a, i) =>
      i === 0 ? { ...a, action: 'Rotate the keys\nin every region' } : a,
    );
    const [first] = records(renderJiraCsv({ ...doc, actionItems: items }));
    expect(first!['Summary']).toBe('Rotate the keys in every region');
  });

  it('still defuses a formula in a data column unless it is a mention', () => {
    expect(csvCell('@dana', 'data')).toBe('@dana');
    expect(csvCell('@dana', 'text')).toBe("'@dana");
    expect(csvCell('@SUM(A1)', 'data')).toBe("'@SUM(A1)");
    expect(csvCell('=1+1', 'data')).toBe("'=1+1");
  });
});
