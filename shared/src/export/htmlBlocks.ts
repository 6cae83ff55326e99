/**
 * The HTML blocks every section is made of: sections, tables, fact lists and notes.
 * Cells and bodies are HTML already; labels and notes are our own words, escaped here.
 */
import { escapeHtml } from './escape.ts';

/** Our own words, muted. */
export const note = (text: string) => `<p class="muted">${escapeHtml(text)}</p>`;

export interface SectionOptions {
  /** Starts a new page in print. */
  readonly major?: boolean;
  readonly className?: string;
  readonly attributes?: string;
}

/** A section with a level-2 heading; `id`, class names and attributes are ours, not user text. */
export function section(
  id: string,
  title: string,
  body: string,
  options: SectionOptions = {},
): string {
  const classes = [options.major ? 'major' : '', options.className ?? ''].filter(Boolean);
  const cls = classes.length > 0 ? ` class="${classes.join(' ')}"` : '';
  const attributes = options.attributes ? ` ${options.attributes}` : '';
  return `<section id="${id}"${cls}${attributes}>\n<h2>${escapeHtml(title)}</h2>\n${body}\n</section>`;
}

/** A table cell: HTML, or HTML with a class. */
export type Cell = string | { readonly html: string; readonly className: string };

const td = (cell: Cell) =>
  typeof cell === 'string' ? `<td>${cell}</td>` : `<td class="${cell.className}">${cell.html}</td>`;

/** A table whose cells are already HTML. */
export function table(
  headers: readonly string[],
  rows: readonly (readonly Cell[])[],
  className = '',
): string {
  const head = headers.map((h) => `<th scope="col">${h}</th>`).join('');
  const body = rows.map((r) => `<tr>${r.map(td).join('')}</tr>`).join('\n');
  const cls = className ? ` class="${className}"` : '';
  return `<table${cls}>\n<thead><tr>${head}</tr></thead>\n<tbody>\n${body}\n</tbody>\n</table>`;
}

/** Label and value rows, the label as a row header; values are HTML already. */
export function facts(rows: readonly (readonly [string, string])[]): string {
  const body = rows.map(([k, v]) => `<tr><th scope="row">${escapeHtml(k)}</th><td>${v}</td></tr>`);
  return `<table class="facts">\n<tbody>\n${body.join('\n')}\n</tbody>\n</table>`;
}

/** A bulleted list of items already HTML. */
export function list(items: readonly string[], className = ''): string {
  const cls = className ? ` class="${className}"` : '';
  return `<ul${cls}>\n${items.map((i) => `<li>${i}</li>`).join('\n')}\n</ul>`;
}
