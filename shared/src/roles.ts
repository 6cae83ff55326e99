/**
 * Roles and what each may do with each of a board's docs. The server enforces these
 * rules per connection; the client uses the same functions to decide what to show.
 */
import { z } from 'zod';
import type { DocKind } from './rooms.ts';

export const ROLES = ['facilitator', 'participant', 'observer'] as const;
export const RoleSchema = z.enum(ROLES);
export type Role = z.infer<typeof RoleSchema>;

/** Who may send document updates to a doc of that kind. */
const WRITERS: Record<DocKind, readonly Role[]> = {
  board: ['facilitator', 'participant'],
  facilitation: ['facilitator'],
};

/** Every role on a board reads the board and facilitation docs. */
export function canRead(_role: Role, _kind: DocKind): boolean {
  return true;
}

/** True when `role` may change a doc of `kind`; other writes are dropped by the server. */
export function canWrite(role: Role, kind: DocKind): boolean {
  return WRITERS[kind].includes(role);
}
