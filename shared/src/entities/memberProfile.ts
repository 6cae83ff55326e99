/**
 * A member's profile in their private doc. Scope: document (private doc).
 * Only the member and the server read it; the server uses the name on boards with
 * named cards, and nowhere else.
 */
import type * as Y from 'yjs';
import { z } from 'zod';
import { profileMap } from '../doc/layout.ts';

export const DisplayNameSchema = z
  .string()
  .trim()
  .min(1, 'Tell the others who you are')
  .max(60, 'A name has at most 60 characters');

export function setMemberName(doc: Y.Doc, name: string, origin?: unknown): void {
  const parsed = DisplayNameSchema.parse(name);
  if (profileMap(doc).get('name') === parsed) return;
  doc.transact(() => profileMap(doc).set('name', parsed), origin);
}

export function readMemberName(doc: Y.Doc): string | undefined {
  const result = DisplayNameSchema.safeParse(profileMap(doc).get('name'));
  return result.success ? result.data : undefined;
}
