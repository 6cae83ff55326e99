/**
 * The export formats: what the route accepts, the content type and file extension of
 * each, the file name, and the one function that renders a document in a format.
 * Shared by the server (route) and the client (download dialog).
 */
import { z } from 'zod';
import { renderActionItemsCsv } from './csv.ts';
import type { PostmortemDocument } from './document.ts';
import { renderHtml } from './html.ts';
import { renderJson } from './json.ts';
import { renderMarkdown } from './markdown.ts';
import { renderJiraCsv } from './trackerCsv.ts';
import { localDate } from './words.ts';

/** The formats the export dialog and the published page offer. */
export const EXPORT_FORMATS = ['markdown', 'html', 'json', 'csv'] as const;
/** Every format the route renders: those, and the action items for a tracker's importer. */
export const ALL_EXPORT_FORMATS = [...EXPORT_FORMATS, 'jira'] as const;
export type ExportFormat = (typeof ALL_EXPORT_FORMATS)[number];

export const ExportFormatSchema = z.enum(ALL_EXPORT_FORMATS, {
  error: `format must be one of ${ALL_EXPORT_FORMATS.join(', ')}`,
});

/** `GET /api/boards/:id/export` query; the format defaults to Markdown. */
export const ExportQuerySchema = z.object({ format: ExportFormatSchema.default('markdown') });

export interface ExportFormatInfo {
  /** What a person calls it, for buttons. */
  readonly label: string;
  readonly contentType: string;
  readonly extension: string;
}

export const EXPORT_FORMAT_INFO: Readonly<Record<ExportFormat, ExportFormatInfo>> = {
  markdown: { label: 'Markdown', contentType: 'text/markdown; charset=utf-8', extension: 'md' },
  html: {
    label: 'HTML (print to PDF)',
    contentType: 'text/html; charset=utf-8',
    extension: 'html',
  },
  json: { label: 'JSON', contentType: 'application/json; charset=utf-8', extension: 'json' },
  csv: { label: 'Action items (CSV)', contentType: 'text/csv; charset=utf-8', extension: 'csv' },
  jira: {
    label: 'Action items for Jira (CSV)',
    contentType: 'text/csv; charset=utf-8',
    extension: 'jira.csv',
  },
};

/**
 * A file-name-safe form of a title: ASCII letters, digits and single hyphens, accents
 * dropped, at most 60 characters; `board` when nothing is left.
 */
export function slugify(title: string): string {
  const slug = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return slug || 'board';
}

/**
 * `postmortem-<slug>-<date>.<ext>`: the date the incident started (in its zone), or the
 * date of the export when that is not known.
 */
export function exportFileName(doc: PostmortemDocument, format: ExportFormat): string {
  const date = localDate(doc, doc.summary.startedAt ?? doc.generatedAt);
  return `postmortem-${slugify(doc.title)}-${date}.${EXPORT_FORMAT_INFO[format].extension}`;
}

/** The document in one format. */
export function renderExport(doc: PostmortemDocument, format: ExportFormat): string {
  switch (format) {
    case 'markdown':
      return renderMarkdown(doc);
    case 'html':
      return renderHtml(doc);
    case 'json':
      return renderJson(doc);
    case 'csv':
      return renderActionItemsCsv(doc);
    case 'jira':
      return renderJiraCsv(doc);
  }
}
