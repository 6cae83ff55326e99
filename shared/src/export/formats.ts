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
import { renderGithubScript } from './githubScript.ts';
import { renderLinearCsv } from './linearCsv.ts';
import { renderJiraCsv } from './trackerCsv.ts';
import { localDate } from './words.ts';

/** The document's formats and the action items as a spreadsheet's CSV. */
export const EXPORT_FORMATS = ['markdown', 'html', 'json', 'csv'] as const;
/** The action items for one tracker: its CSV importer's shape, or a script for its CLI. */
export const TRACKER_EXPORT_FORMATS = ['jira', 'linear', 'github'] as const;
/** Every format the route renders: the document's, and the action items per tracker. */
export const ALL_EXPORT_FORMATS = [...EXPORT_FORMATS, ...TRACKER_EXPORT_FORMATS] as const;
/**
 * How the export dialog and the published page offer the formats, both alike: the whole
 * document (with printing beside it), then the action items, for a spreadsheet or a tracker.
 */
export const DOCUMENT_FORMATS = ['markdown', 'html', 'json'] as const;
export const ACTION_ITEM_FORMATS = ['csv', ...TRACKER_EXPORT_FORMATS] as const;
export type ExportFormat = (typeof ALL_EXPORT_FORMATS)[number];

export const ExportFormatSchema = z.enum(ALL_EXPORT_FORMATS, {
  error: `format must be one of ${ALL_EXPORT_FORMATS.join(', ')}`,
});

/** `GET /api/boards/:id/export` query; the format defaults to Markdown. */
export const ExportQuerySchema = z.object({ format: ExportFormatSchema.default('markdown') });

export interface ExportFormatInfo {
  /** What a person calls it, for buttons. */
  readonly label: string;
  /** One sentence saying what it is for, shown beside its button. */
  readonly purpose: string;
  readonly contentType: string;
  readonly extension: string;
}

export const EXPORT_FORMAT_INFO: Readonly<Record<ExportFormat, ExportFormatInfo>> = {
  markdown: {
    label: 'Markdown',
    purpose: 'For a wiki, a repository or a chat: GitHub, GitLab and Confluence render it.',
    contentType: 'text/markdown; charset=utf-8',
    extension: 'md',
  },
  html: {
    label: 'HTML (print to PDF)',
    purpose: 'One file that opens in any browser, styled, and prints to PDF on A4 or Letter.',
    contentType: 'text/html; charset=utf-8',
    extension: 'html',
  },
  json: {
    label: 'JSON',
    purpose:
      'Everything, with ids, for tools and scripts; described by a JSON Schema, and importable into Hindsight.',
    contentType: 'application/json; charset=utf-8',
    extension: 'json',
  },
  csv: {
    label: 'Action items (CSV)',
    purpose: 'The action items for a spreadsheet, one row each.',
    contentType: 'text/csv; charset=utf-8',
    extension: 'csv',
  },
  jira: {
    label: 'Action items for Jira (CSV)',
    purpose: "For Jira's CSV importer: one Task per action item, with its due date and priority.",
    contentType: 'text/csv; charset=utf-8',
    extension: 'jira.csv',
  },
  linear: {
    label: 'Action items for Linear (CSV)',
    purpose: "For Linear's CSV import: one issue per action item, with its status and priority.",
    contentType: 'text/csv; charset=utf-8',
    extension: 'linear.csv',
  },
  github: {
    label: 'Action items for GitHub (gh script)',
    purpose:
      'A shell script that files one GitHub issue per action item with the GitHub CLI: sh FILE OWNER/REPO.',
    contentType: 'text/x-shellscript; charset=utf-8',
    extension: 'github.sh',
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
    case 'linear':
      return renderLinearCsv(doc);
    case 'github':
      return renderGithubScript(doc);
  }
}
