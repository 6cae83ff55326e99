/**
 * Which template the postmortem document follows: its section order and headings
 * (export/outline.ts). Scope: document (facilitation doc, one value under
 * `documentTemplate`), so only the facilitator chooses it; participants and observers
 * read it. A board that chose none follows the workspace's default
 * ({@link DocumentSettings}, set by an admin), else ours. A value that is no template
 * (written by a crafted update) is removed by the server ({@link repairDocumentTemplate}):
 * the board then follows the default.
 */
import type * as Y from 'yjs';
import { z } from 'zod';
import { facilitationMap } from '../doc/layout.ts';

/**
 * The templates an organisation may keep its standard in: ours (the executive page
 * first), the Google SRE book's example, and Atlassian's incident handbook.
 */
export const DOCUMENT_TEMPLATES = ['default', 'google-sre', 'atlassian'] as const;
export type DocumentTemplate = (typeof DOCUMENT_TEMPLATES)[number];

export const DocumentTemplateSchema = z.enum(DOCUMENT_TEMPLATES, {
  error: `A document template is one of ${DOCUMENT_TEMPLATES.join(', ')}`,
});

/** How each template is named in pickers. */
export const DOCUMENT_TEMPLATE_NAMES: Readonly<Record<DocumentTemplate, string>> = {
  default: 'Hindsight (executive page first)',
  'google-sre': 'Google SRE',
  atlassian: 'Atlassian',
};

/** The workspace's document settings (admins): the template of a board that chose none. */
export const DocumentSettingsSchema = z.strictObject({ defaultTemplate: DocumentTemplateSchema });
export type DocumentSettings = z.infer<typeof DocumentSettingsSchema>;
export const DEFAULT_DOCUMENT_SETTINGS: DocumentSettings = { defaultTemplate: 'default' };

const KEY = 'documentTemplate';

/** The board's choice, or null when none is stored (or it is unreadable). */
export function readDocumentTemplate(doc: Y.Doc): DocumentTemplate | null {
  return DocumentTemplateSchema.safeParse(facilitationMap(doc).get(KEY)).data ?? null;
}

/** Chooses the template. Throws a ZodError for an unknown one; writes nothing when unchanged. */
export function setDocumentTemplate(doc: Y.Doc, template: string, origin?: unknown): void {
  const parsed = DocumentTemplateSchema.parse(template);
  if (facilitationMap(doc).get(KEY) === parsed) return;
  doc.transact(() => facilitationMap(doc).set(KEY, parsed), origin);
}

/**
 * Removes a stored value that is no template (a crafted update's; the command checks it):
 * the board reads the default then. Writes under `origin`; true when it wrote.
 */
export function repairDocumentTemplate(doc: Y.Doc, origin?: unknown): boolean {
  const map = facilitationMap(doc);
  if (!map.has(KEY) || readDocumentTemplate(doc) !== null) return false;
  doc.transact(() => map.delete(KEY), origin);
  return true;
}
