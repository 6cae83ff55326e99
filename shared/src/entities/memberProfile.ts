/**
 * A member's profile in their private doc. Scope: document (private doc).
 * Only the member and the server read it; the server uses the name on boards with
 * named cards, and nowhere else.
 */
import type * as Y from 'yjs';
import { profileMap } from '../doc/layout.ts';
import { DisplayNameSchema } from '../presence.ts';

export function setMemberName(doc: Y.Doc, name: string, origin?: unknown): void {
  const parsed = DisplayNameSchema.parse(name);
  if (profileMap(doc).get('name') === parsed) return;
  doc.transact(() => profileMap(doc).set('name', parsed), origin);
}

export function readMemberName(doc: Y.Doc): string | undefined {
  const result = DisplayNameSchema.safeParse(profileMap(doc).get('name'));
  return result.success ? result.data : undefined;
}
