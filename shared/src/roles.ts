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
  // Only its member, who must also prove the member key (checked by the server).
  private: ['facilitator', 'participant'],
};

/**
 * Every role reads the board and facilitation docs. A private doc is read by its member
 * alone, and observers have none.
 */
export function canRead(role: Role, kind: DocKind): boolean {
  return kind !== 'private' || role !== 'observer';
}

/** True when `role` may change a doc of `kind`; other writes are dropped by the server. */
export function canWrite(role: Role, kind: DocKind): boolean {
  return WRITERS[kind].includes(role);
}
