/**
 * The renderers against documents full of hostile text (property tests): no text breaks
 * out of its cell, item or section in Markdown, makes a tag or a non-http link in HTML,
 * or starts a formula in CSV; cluster names, whys, lessons and action cells included. Each Markdown and HTML check compares the output's
 * structure with that of the same document holding a plain word for every text.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ACTION_CSV_COLUMNS, renderActionItemsCsv } from './csv.ts';
import { renderHtml } from './html.ts';
import { renderJson } from './json.ts';
import { renderMarkdown } from './markdown.ts';
import { addressesText } from './words.ts';
import { PostmortemDocumentSchema } from './document.ts';
import { ALL_EXPORT_FORMATS, renderExport } from './formats.ts';
import { withoutBidiControlsDeep } from '../bidi.ts';
import { documentTexts, documentWith, placeholders } from './testArbitraries.ts';
import { parseCsv, startsFormula } from './testCsv.ts';

const RUNS = { numRuns: 150 };
/** Property runs render whole documents; give them room on a busy machine. */
const TIMEOUT = 90_000;

/** The body of the level-2 section with that (escaped) title, up to the next one. */
function sectionOf(md: string, title: string): string {
  const parts = md.split(`\n## ${title}\n`);
  expect(parts.length, `one section "${title}"`).toBeGreaterThanOrEqual(2);
  return parts[1]!.split('\n## ')[0]!;
}

/**
 * Lines of a Markdown text that match. Split on `\n` only: Markdown ends lines there,
 * while a JavaScript `^` with the `m` flag would also start one after U+2028.
 */
const count = (md: string, re: RegExp) => md.split('\n').filter((l) => re.test(l)).length;

/** Pipes that separate GFM table cells: those not preceded by a backslash. */
const cellPipes = (line: string) => (line.match(/(^|[^\\])\|/g) ?? []).length;

/**
 * The block structure of a Markdown text: one entry per line that a GFM parser treats
 * as structure (heading, table row with its cell count, list item, quote, fence, HTML,
 * rule or underline, indented code); paragraph text is left out.
 */
function markdownStructure(md: string): string[] {
  const out: string[] = [];
  let previous = '';
  for (const line of md.split('\n')) {
    let kind: string | null = null;
    const heading = /^ {0,3}(#{1,6})(\s|$)/.exec(line);
    if (heading) kind = `h${heading[1]!.length}`;
    else if (/^ {0,3}\|/.test(line)) kind = `row${cellPipes(line)}`;
    else if (/^ {0,3}[-+*](\s|$)/.test(line))
      kind = /^ {0,3}([-*_])(\s*\1){2,}\s*$/.test(line) ? 'rule' : 'li';
    else if (/^ {0,3}\d{1,9}[.)](\s|$)/.test(line)) kind = 'ol';
    else if (/^ {0,3}>/.test(line)) kind = 'quote';
    else if (/^ {0,3}(`{3,}|~{3,})/.test(line)) kind = 'fence';
    else if (/^ {0,3}<(?!https?:\/\/)/.test(line)) kind = 'html';
    else if (/^ {0,3}(=+|-+)\s*$/.test(line)) kind = 'underline';
    else if (/^( {4}|\t)/.test(line) && previous.trim() === '') kind = 'code';
    if (kind) out.push(kind);
    previous = line;
  }
  return out;
}

/** Every tag name in an HTML text, in order; `a`, `br` and `p` vary with the text itself. */
function tagStructure(html: string): string[] {
  return [...html.matchAll(/<\/?([a-zA-Z][a-zA-Z0-9-]*)/g)]
    .map((m) => m[0].toLowerCase())
    .filter((t) => !/^<\/?(a|br|p)$/.test(t));
}

describe('Markdown export (property)', () => {
  it(
    'has the same block structure whatever the text says',
    () => {
      fc.assert(
        fc.property(documentTexts, (texts) => {
          const md = renderMarkdown(documentWith(texts));
          const reference = renderMarkdown(documentWith(placeholders(texts)));
          expect(markdownStructure(md)).toEqual(markdownStructure(reference));
        }),
        RUNS,
      );
    },
    TIMEOUT,
  );

  it(
    'keeps one table row per action item, each with its seven cells',
    () => {
      fc.assert(
        fc.property(documentTexts, (texts) => {
          const md = renderMarkdown(documentWith(texts));
          const rows = sectionOf(md, 'All action items')
            .split('\n')
            .filter((l) => l.startsWith('|'));
          expect(rows).toHaveLength(texts.actions.length === 0 ? 0 : texts.actions.length + 2);
          rows.forEach((row) => expect(cellPipes(row)).toBe(8));
        }),
        RUNS,
      );
    },
    TIMEOUT,
  );

  it(
    'keeps each cluster under one heading, and each why in one numbered item',
    () => {
      fc.assert(
        fc.property(documentTexts, (texts) => {
          const doc = documentWith(texts);
          const md = renderMarkdown(doc);
          // The one column is in the appendix, its clusters a level below it.
          const column = sectionOf(md, 'Appendix: cards by cluster');
          const clustered = texts.clusters.reduce((n, k) => n + k.cards.length, 0);
          const free = texts.columns[0]!.cards.length;
          const headings = clustered + free === 0 ? 0 : texts.clusters.length + (free > 0 ? 1 : 0);
          expect(count(column, /^#### /)).toBe(headings);
          const causes = sectionOf(md, 'Analysis');
          expect(count(causes, /^### /)).toBe(texts.causes.length);
          const whys = texts.causes.reduce((n, c) => n + c.whys.length, 0);
          expect(count(causes, /^\d+\. /)).toBe(whys);
          const marked = doc.rootCauses!.filter((c) => c.whys.some((w) => w.rootCause)).length;
          expect(count(causes, / — \*\*root cause\*\*$/)).toBe(marked);
        }),
        RUNS,
      );
    },
    TIMEOUT,
  );
});

describe('HTML export (property)', () => {
  it(
    'holds no tag, attribute or link that the text made',
    () => {
      fc.assert(
        fc.property(documentTexts, (texts) => {
          const html = renderHtml(documentWith(texts));
          expect(html).not.toMatch(/<script/i);
          expect(html).not.toMatch(/<[^>]*\son[a-z]+\s*=/i);
          expect(tagStructure(html)).toEqual(
            tagStructure(renderHtml(documentWith(placeholders(texts)))),
          );
          for (const [, href] of html.matchAll(/href="([^"]*)"/g)) {
            expect(href).toMatch(/^https?:\/\/[^\s"<>]+$/);
          }
        }),
        RUNS,
      );
    },
    TIMEOUT,
  );
});

describe('HTML export (property), by section', () => {
  it(
    'keeps each why in its list item and each action in one row of seven cells',
    () => {
      fc.assert(
        fc.property(documentTexts, (texts) => {
          const html = renderHtml(documentWith(texts));
          const whys = [...html.matchAll(/<ol class="whys">([\s\S]*?)<\/ol>/g)];
          const levels = whys.reduce((n, m) => n + (m[1]!.match(/<li[ >]/g) ?? []).length, 0);
          expect(levels).toBe(texts.causes.reduce((n, c) => n + c.whys.length, 0));
          const actions = /<table class="actions">([\s\S]*?)<\/table>/.exec(html)?.[1] ?? '';
          const rows = actions.match(/<tr>[\s\S]*?<\/tr>/g) ?? [];
          expect(rows).toHaveLength(texts.actions.length === 0 ? 0 : texts.actions.length + 1);
          rows.slice(1).forEach((row) => expect(row.match(/<td[ >]/g)).toHaveLength(7));
        }),
        RUNS,
      );
    },
    TIMEOUT,
  );
});

describe('CSV export (property)', () => {
  it(
    'gives one row of seven cells per action item, with no formula',
    () => {
      fc.assert(
        fc.property(documentTexts, (texts) => {
          const doc = withoutBidiControlsDeep(documentWith(texts));
          const rows = parseCsv(renderActionItemsCsv(documentWith(texts)));
          expect(rows[0]).toEqual([...ACTION_CSV_COLUMNS]);
          expect(rows).toHaveLength(texts.actions.length + 1);
          // A mention (`@dana`) in a data column is tracker data, kept as recorded.
          const mention = (cell: string, i: number) => i >= 2 && /^@[A-Za-z0-9._-]+$/.test(cell);
          for (const row of rows) {
            expect(row).toHaveLength(7);
            row.forEach((cell, i) =>
              expect(startsFormula(cell) && !mention(cell, i), JSON.stringify(cell)).toBe(false),
            );
          }
          const defused = (text: string) => (startsFormula(text) ? `'${text}` : text);
          const data = (text: string) => (mention(text, 2) ? text : defused(text));
          rows.slice(1).forEach((row, i) => {
            const a = doc.actionItems![i]!;
            expect(row[0]).toBe(defused(a.action));
            expect(row[1]).toContain(addressesText(a.addresses));
            expect(row[2]).toBe(a.owner === null ? '' : data(a.owner));
            expect(row[6]).toMatch(/^(https?:\/\/[^\s"<>]+)?$/);
          });
        }),
        RUNS,
      );
    },
    TIMEOUT,
  );
});

describe('bidirectional control characters (property)', () => {
  it(
    'are dropped from every format, so no text displays in another order than it reads',
    () => {
      fc.assert(
        fc.property(documentTexts, (texts) => {
          const doc = documentWith(texts);
          for (const format of ALL_EXPORT_FORMATS) {
            const out = renderExport(doc, format);
            expect(out, format).not.toMatch(/[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C]/);
          }
        }),
        { numRuns: 50 },
      );
    },
    TIMEOUT,
  );

  it('keep the characters around them in their stored order', () => {
    const texts = fc.sample(documentTexts, { numRuns: 1, seed: 19 })[0]!;
    const action = { action: 'a', details: '', owner: '', link: '', topic: '', cause: '' };
    const doc = documentWith({ ...texts, title: 'invoice\u202Etxt.exe', actions: [action] });
    for (const format of ALL_EXPORT_FORMATS) {
      expect(renderExport(doc, format), format).toContain('invoicetxt.exe');
    }
  });
});

describe('JSON export (property)', () => {
  it(
    'reads back as the same document',
    () => {
      fc.assert(
        fc.property(documentTexts, (texts) => {
          const doc = documentWith(texts);
          expect(PostmortemDocumentSchema.parse(JSON.parse(renderJson(doc)))).toEqual(
            withoutBidiControlsDeep(doc),
          );
        }),
        { numRuns: 50 },
      );
    },
    TIMEOUT,
  );
});
