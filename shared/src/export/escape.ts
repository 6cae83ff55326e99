/**
 * Escaping of user text for each export format. Every piece of text a person typed
 * (titles, facts, events, cards) goes through one of these before it meets a format's
 * syntax, so it can never open a heading, a table cell, a tag or a formula, nor a link
 * other than to an http(s) URL it holds (Markdown links that, to the exact address).
 */
import { isHttpUrl } from '../entities/incident.ts';

/** Unifies line endings and splits into lines. */
function lines(text: string): string[] {
  return text.replace(/\r\n?/g, '\n').split('\n');
}

// ---------------------------------------------------------------- Markdown (GFM)

/**
 * Characters that mean something anywhere in a line: escapes, code, emphasis,
 * strikethrough, links and footnotes, raw HTML and autolinks, headings, tables,
 * entities, and math on GitHub; `@`, which GFM's autolink extension reads as an email
 * address. `\` before ASCII punctuation always means the character.
 */
const MD_SPECIAL = /[\\`*_[\]<>#|~$&@]/g;

/**
 * Text GFM's autolink extension would make a link of, with a backslash before the
 * character that starts it: `www.` and any `scheme://`. Only the URLs we link ourselves
 * ({@link TEXT_URL}) are links.
 */
function mdNoAutolink(escaped: string): string {
  return escaped.replace(/(?<=www)\./gi, '\\.').replace(/(?<=:)\//g, '\\/');
}

function mdEscapeChars(line: string): string {
  return mdNoAutolink(line.replace(MD_SPECIAL, (c) => `\\${c}`));
}

/**
 * An http(s) URL in a person's text (a dashboard in a timeline event, a log in a card),
 * as far as GFM's autolink extension reads one: up to a space, a control character,
 * `<` or `>`, less trailing punctuation (below).
 */
const TEXT_URL = /https?:\/\/[^\s<>\p{Cc}]+/giu;

/**
 * The URL without what GFM leaves out of an autolink at its end: `?!.,:*_~'"`, a `)`
 * with no `(` to match, and an entity-like `&name;`.
 */
function trimUrlEnd(candidate: string): string {
  let url = candidate;
  for (;;) {
    const before = url;
    url = url.replace(/[?!.,:*_~'"]+$/, '').replace(/&[A-Za-z0-9]+;$/, '');
    if (url.endsWith(')')) {
      const open = url.split('(').length - 1;
      const close = url.split(')').length - 1;
      if (close > open) url = url.slice(0, -1);
    }
    if (url === before) return url;
  }
}

/**
 * Escaped text in which each http(s) URL is a CommonMark autolink `<URL>`: its address
 * is taken as it stands (no escape is read there), so the link goes to the exact address
 * typed and shows it; only a `|`, which would end a table cell, is written `%7C`. With
 * `links` false (a link's own label, which may hold no link) URLs stay text.
 */
function mdText(text: string, links: boolean): string {
  if (!links) return mdEscapeChars(text);
  let out = '';
  let last = 0;
  for (const match of text.matchAll(TEXT_URL)) {
    const url = trimUrlEnd(match[0]);
    if (!/^https?:\/\/[^/?#]/i.test(url)) continue;
    out += `${mdEscapeChars(text.slice(last, match.index))}<${url.replace(/\|/g, '%7C')}>`;
    last = match.index + url.length;
  }
  return out + mdEscapeChars(text.slice(last));
}

/**
 * One line of a paragraph or list item. Besides the characters, what a line may start
 * with: list markers (`-`, `+`, `1.`, `1)`), setext underlines (`=`), and indentation
 * (which would make a code block).
 */
function mdEscapeLine(line: string): string {
  const escaped = mdText(line.trim(), true);
  return escaped.replace(/^[-+=]/, (c) => `\\${c}`).replace(/^(\d+)([.)])/, '$1\\$2');
}

/** Text on one line (a heading, a name): line breaks become spaces. */
export function mdInline(text: string): string {
  return mdText(oneLine(text), true);
}

/** A link's label on one line: as {@link mdInline}, but a URL in it stays text. */
function mdLabel(text: string): string {
  return mdText(oneLine(text), false);
}

function oneLine(text: string): string {
  return lines(text)
    .map((l) => l.trim())
    .filter(Boolean)
    .join(' ');
}

/** Text on one line that starts a paragraph: line breaks become spaces. */
export function mdParagraphLine(text: string): string {
  return mdEscapeLine(oneLine(text));
}

/** Text in a GFM table cell: line breaks become `<br>` (the only break a cell allows). */
export function mdCell(text: string): string {
  return lines(text)
    .map((l) => mdText(l.trim(), true))
    .filter(Boolean)
    .join('<br>');
}

/**
 * Text that starts a list item and continues on lines indented by `indent`: each line
 * break is a hard break (`\` at the end of the line), blank lines are dropped so the
 * item never ends early.
 */
export function mdListItemText(text: string, indent: string): string {
  return lines(text)
    .map((l) => l.trim())
    .filter(Boolean)
    .map(mdEscapeLine)
    .join(`\\\n${indent}`);
}

/** Paragraphs: blank lines separate paragraphs, other line breaks are hard breaks. */
export function mdParagraphs(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .split(/\n\s*\n/)
    .map((p) => mdListItemText(p, ''))
    .filter(Boolean)
    .join('\n\n');
}

/**
 * A checked http(s) URL for a link destination: characters that could end the
 * destination or the table cell are percent-encoded, and `&` is escaped where it would
 * read as an entity.
 */
function mdUrl(href: string): string {
  return href
    .replace(/[^A-Za-z0-9\-._~:/?#@!$&'*+,;=%[\]]/g, (c) =>
      [...new TextEncoder().encode(c)]
        .map((b) => `%${b.toString(16).toUpperCase().padStart(2, '0')}`)
        .join(''),
    )
    .replace(/&(?=#?[A-Za-z0-9]+;)/g, '\\&');
}

/** A link, or only its label (never a link) when the URL is not http(s). */
export function mdLink(label: string, url: string): string {
  const href = safeHref(url);
  return href === null ? mdLabel(label) : `[${mdLabel(label)}](${mdUrl(href)})`;
}

// ---------------------------------------------------------------- HTML

const HTML_ENTITIES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/**
 * Code points HTML does not allow in a document: controls other than tab, line feed, form
 * feed and carriage return, noncharacters, and surrogates with no pair.
 */
const HTML_FORBIDDEN = /(?![\t\n\f\r])[\p{Cc}\p{Noncharacter_Code_Point}\p{Cs}]/gu;

/**
 * Text for an element's content or a quoted attribute value (HTML and inline SVG); a code
 * point HTML forbids shows as U+FFFD, the replacement character.
 */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => HTML_ENTITIES[c]!).replace(HTML_FORBIDDEN, '\uFFFD');
}

/** Text with its line breaks kept as `<br>`; blank lines start a new paragraph. */
export function htmlParagraphs(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean)
    .map((p) => `<p>${htmlLines(p)}</p>`)
    .join('\n');
}

/** Text with its line breaks kept as `<br>`. */
export function htmlLines(text: string): string {
  return lines(text.trim()).map(escapeHtml).join('<br>');
}

/**
 * The normalised URL when it is an absolute http(s) URL, else null. The only URLs an
 * export ever puts in a link: no `javascript:`, `data:` or relative paths.
 */
export function safeHref(url: string): string | null {
  if (!isHttpUrl(url.trim())) return null;
  return percentEncodeReserved(new URL(url.trim()).href);
}

/**
 * An address the URL parser left with characters RFC 3986 does not allow where they
 * stand (`|`, `^`, `{`, a `[` in the path, a second `#`, a `%` that escapes nothing),
 * percent-encoded after the host: the same address, which validators and every reader
 * of an `href` accept. The host, with an IPv6 address's brackets, is kept.
 */
function percentEncodeReserved(href: string): string {
  const pathStart = href.indexOf('/', href.indexOf('//') + 2);
  if (pathStart < 0) return href;
  const hash = href.indexOf('#', pathStart);
  const encode = (part: string, allowed: RegExp) =>
    part.replace(/%(?![0-9A-Fa-f]{2})|[^%]/g, (c) =>
      allowed.test(c)
        ? c
        : [...new TextEncoder().encode(c)]
            .map((b) => `%${b.toString(16).toUpperCase().padStart(2, '0')}`)
            .join(''),
    );
  const path = /[A-Za-z0-9\-._~:/?@!$&'()*+,;=]/;
  const before = encode(href.slice(pathStart, hash < 0 ? undefined : hash), path);
  const fragment = hash < 0 ? '' : `#${encode(href.slice(hash + 1), path)}`;
  return href.slice(0, pathStart) + before + fragment;
}

/** A link, or only its label when the URL is not http(s). */
export function htmlLink(label: string, url: string): string {
  const href = safeHref(url);
  if (href === null) return escapeHtml(label);
  return `<a href="${escapeHtml(href)}" rel="noopener noreferrer">${escapeHtml(label)}</a>`;
}

// ---------------------------------------------------------------- CSV

/**
 * Cell starts that spreadsheets read as a formula: OWASP's "CSV injection" list (`=`, `+`,
 * `-`, `@`, tab, carriage return, line feed) and the NUL that ASVS 1.2.10 adds.
 */
const FORMULA_START = /^[=+\-@\t\r\n\0]/;

/**
 * What a CSV column holds: `text` a person wrote freely (a summary, a description),
 * `trimmed` free text in a field the importer trims (Jira's summary and description), or
 * `data` a tracker reads as a value (an assignee's login, a date, a label).
 */
export type CsvColumnKind = 'text' | 'trimmed' | 'data';

/** A mention or login (`@dana`, `@dana.w`): tracker data, no formula a spreadsheet runs. */
const MENTION = /^@[A-Za-z0-9._-]+$/;

/**
 * One CSV cell (RFC 4180): a cell a spreadsheet would run as a formula gets a leading
 * `'` — in a `data` column, all but a mention, so a tracker reads `@dana` as it is; in a
 * `trimmed` column a leading space instead, which a spreadsheet reads as text and the
 * importer's trim drops, where it would keep a `'` — and a cell with a comma, quote,
 * line break or edge space is quoted.
 */
export function csvCell(value: string, kind: CsvColumnKind = 'text'): string {
  const formula = FORMULA_START.test(value) && !(kind === 'data' && MENTION.test(value));
  const safe = !formula ? value : kind === 'trimmed' ? ` ${value}` : `'${value}`;
  return /[",\r\n]|^\s|\s$/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** Rows as CSV text, CRLF line ends as RFC 4180 has them; `kinds` per column, `text` by default. */
export function csvRows(
  rows: readonly (readonly string[])[],
  kinds: readonly CsvColumnKind[] = [],
): string {
  return rows.map((row) => row.map((c, i) => csvCell(c, kinds[i])).join(',')).join('\r\n') + '\r\n';
}
