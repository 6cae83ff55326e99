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
import { parseCsv } from './testCsv.ts';
import { fromFixture } from './testSources.ts';

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
      expect(first!['Summary']).toBe('\'=HYPERLINK("http://evil.example","x")');
    }
  });

  it('still defuses a formula in a data column unless it is a mention', () => {
    expect(csvCell('@dana', 'data')).toBe('@dana');
    expect(csvCell('@dana', 'text')).toBe("'@dana");
    expect(csvCell('@SUM(A1)', 'data')).toBe("'@SUM(A1)");
    expect(csvCell('=1+1', 'data')).toBe("'=1+1");
  });
});
