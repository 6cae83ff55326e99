/**
 * The Markdown blocks every section is made of: tables, notes, bullets and numbered
 * items. Each takes text already escaped (escape.ts) or escapes it itself, as named.
 */
import type { ExportCard } from './document.ts';
import { mdInline, mdListItemText } from './escape.ts';

/**
 * A table of cells already escaped with `mdCell` (or made of our own words); an empty
 * cell says "—", so no reader or linter takes it for a missing one.
 */
export function table(headers: readonly string[], rows: readonly (readonly string[])[]): string {
  const line = (cells: readonly string[]) => `| ${cells.map((c) => c || '—').join(' | ')} |`;
  return [line(headers), line(headers.map(() => '---')), ...rows.map(line)].join('\n');
}

/** Our own words, in italics. */
export const note = (text: string) => `_${text}_`;

/** A bullet whose text may run over several lines; `suffix` is Markdown already. */
export function bullet(text: string, suffix = ''): string {
  return `- ${mdListItemText(text, '  ')}${suffix}`;
}

/**
 * A numbered item whose lines `lines` makes, escaping user text with the `escape` it
 * is given (which indents continuation lines under the marker); each line after the
 * first is a hard break.
 */
export function numbered(
  n: number,
  lines: (escape: (text: string) => string) => readonly string[],
): string {
  const marker = `${n}.`;
  const indent = ' '.repeat(marker.length + 1);
  const escape = (text: string) => mdListItemText(text, indent);
  return `${marker} ${lines(escape).join(`\\\n${indent}`)}`;
}

/** A card, with its author on a named-card board. */
export function cardItem(card: ExportCard): string {
  const author = card.author !== undefined ? mdInline(card.author) : '';
  return bullet(card.text, author ? ` — *${author}*` : '');
}

/** A section: a level-2 heading and its blocks, blank lines between. */
export function section(title: string, blocks: readonly string[]): string {
  return [`## ${title}`, ...blocks].join('\n\n');
}

/**
 * Every heading made distinct, as readers' anchors and linters want: a heading already
 * used (two "Unclustered", a cluster listed under two columns, two clusters with one
 * name) gets its section's title after it, then a number if that is not enough. Only
 * our own lines start with `#`: user text is escaped.
 */
export function distinctHeadings(md: string): string {
  const used = new Set<string>();
  let section = '';
  return md
    .split('\n')
    .map((line) => {
      const heading = /^(#{1,6}) (.*)$/.exec(line);
      if (!heading) return line;
      const [, marks, text] = heading as unknown as [string, string, string];
      let distinct = text;
      if (used.has(distinct) && marks.length > 2 && section) distinct = `${text} — ${section}`;
      for (let n = 2; used.has(distinct); n++) distinct = `${text} (${n})`;
      used.add(distinct);
      if (marks.length === 2) section = distinct;
      return `${marks} ${distinct}`;
    })
    .join('\n');
}
