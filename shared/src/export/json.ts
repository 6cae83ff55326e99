/**
 * The document as JSON "for tools", and the JSON Schema that describes it. The value is
 * validated against {@link PostmortemDocumentSchema} before it is written, so a tool
 * can rely on the schema for a given `schemaVersion`.
 */
import { withoutBidiControlsDeep } from '../bidi.ts';
import { z } from 'zod';
import { PostmortemDocumentSchema, type PostmortemDocument } from './document.ts';

/** The document as pretty-printed JSON, ending with a newline. */
export function renderJson(doc: PostmortemDocument): string {
  return `${JSON.stringify(PostmortemDocumentSchema.parse(withoutBidiControlsDeep(doc)), null, 2)}\n`;
}

/** JSON Schema (draft 2020-12) of the JSON export. */
export function postmortemJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(PostmortemDocumentSchema, { target: 'draft-2020-12' }),
    title: 'Hindsight postmortem document',
    description:
      'The postmortem document exported by Hindsight (GET /api/boards/:id/export?format=json). A null section is not recorded yet.',
  };
}
