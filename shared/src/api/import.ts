/**
 * Importing a postmortem (`POST /api/postmortems/import`): the body is a JSON export
 * (`shared/src/export/json.ts`), read as text so that a syntax error can be told by line
 * and column, then checked against {@link PostmortemDocumentSchema}, whose issues are told
 * by path (`timeline.events[3].at`); an export of an earlier `schemaVersion` is
 * brought to the current shape first. Pure, so the server and its tests share it.
 */
import { z } from 'zod';
import { BoardIdSchema } from '../rooms.ts';
import { PostmortemDocumentSchema, type PostmortemDocument } from '../export/document.ts';
import { upgradeDocument } from '../export/versions.ts';
import {
  formatIssuePath,
  lineColumnAt,
  lineOfPath,
  valueOffsets,
} from '../import/jsonPositions.ts';

export { formatIssuePath, lineColumnAt };

/** The issues with the line of each path in `text` (the file they were found in). */
export function withLines(text: string, issues: readonly ImportIssue[]): ImportIssue[] {
  const offsets = valueOffsets(text);
  return issues.map((i) => ({ ...i, line: i.line ?? lineOfPath(text, i.path, offsets) }));
}

/** The largest file the import takes, bytes (413 above it). */
export const IMPORT_MAX_BYTES = 1024 * 1024;

/**
 * `201` of the import: the new board, the page that shows it, and what the file held that
 * an import does not write (see import/writePostmortem.ts), in words.
 */
export const ImportResponseSchema = z.object({
  id: BoardIdSchema,
  path: z.string(),
  notImported: z.array(z.string()),
});
export type ImportResponse = z.infer<typeof ImportResponseSchema>;

export interface ImportIssue {
  /** `timeline.events[3].at`; empty for the file as a whole. */
  readonly path: string;
  /** The line (1-based) in the file where the value is, or its object when it is missing. */
  readonly line?: number;
  readonly message: string;
}

export type ImportReading =
  | { readonly ok: true; readonly document: PostmortemDocument }
  | {
      readonly ok: false;
      readonly kind: 'syntax';
      /** 1-based, as editors count. */
      readonly line: number;
      readonly column: number;
      readonly message: string;
    }
  | { readonly ok: false; readonly kind: 'schema'; readonly issues: readonly ImportIssue[] };

/** The engine's sentence without its position, which we tell as line and column. */
function syntaxSentence(message: string): string {
  const bare = message
    .replace(/\s*\(line \d+ column \d+\)/, '')
    .replace(/\s+in JSON at position \d+/, '')
    .replace(/,?\s*"[^"]*"\.{0,3} is not valid JSON$/, '');
  return bare || 'Not valid JSON';
}

/** Reads an export file: its JSON, then its shape. */
export function readImportFile(text: string): ImportReading {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const position = /at position (\d+)/.exec(message);
    // Without a position the text ended too soon: the error is at its end.
    const offset = position ? Number(position[1]) : text.length;
    return {
      ok: false,
      kind: 'syntax',
      ...lineColumnAt(text, offset),
      message: syntaxSentence(message),
    };
  }
  const parsed = PostmortemDocumentSchema.safeParse(upgradeDocument(value));
  if (!parsed.success) {
    const issues = parsed.error.issues.map((issue) => ({
      path: formatIssuePath(issue.path),
      message: issue.message,
    }));
    return { ok: false, kind: 'schema', issues: withLines(text, issues) };
  }
  return { ok: true, document: parsed.data };
}
