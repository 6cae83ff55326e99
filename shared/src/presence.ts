/**
 * Presence: the awareness state each browser publishes on a board doc, and the one display
 * name rule. Browsers read each other's states (client/src/sync/presence.ts) and the server
 * reads the names in them (server/src/plugins/attendance.ts, server/src/sync/presence.ts);
 * all of them through this module. States come from other browsers and are untrusted: a
 * state without a valid user is nobody, and a bad role or ready flag counts as none.
 * Other fields (`typing`, `dragging`) are read by the modules that publish them.
 */
import { z } from 'zod';
import { RoleSchema, type Role } from './roles.ts';
import { PresenceIdSchema } from './protocol/presenceId.ts';
import { PhasePlanSchema } from './session/phases.ts';

/** Longest display name, in characters: on a board, in a survey, in the export. */
export const DISPLAY_NAME_MAX = 60;

/** A display name, as a person types it: trimmed, not empty, at most {@link DISPLAY_NAME_MAX}. */
export const DisplayNameSchema = z
  .string()
  .trim()
  .min(1, 'Tell the others who you are')
  .max(DISPLAY_NAME_MAX, `A name has at most ${DISPLAY_NAME_MAX} characters`);

/** Who a browser says it is: its display name and the colour its cursor and chips take. */
export const PresenceUserSchema = z.object({
  name: DisplayNameSchema,
  color: z.string().regex(/^#[0-9a-fA-F]{6}$/),
});
export type PresenceUser = z.infer<typeof PresenceUserSchema>;

/** The phase a browser marked "I'm done" for. */
const ReadySchema = PhasePlanSchema.shape.id;

/** A presence state as published: `{ user, role, ready, person }` (the server sets `role` and `person`). */
export interface Presence {
  readonly user: PresenceUser;
  /** The role its token granted, as the server stamped it; null when missing or bad. */
  readonly role: Role | null;
  /** The phase marked done, or null. */
  readonly ready: string | null;
  /** The person's presence id, as the server stamped it; null when missing or bad. */
  readonly person: string | null;
}

/** A parsed awareness state as presence, or null when it names no valid user. */
export function readPresence(state: unknown): Presence | null {
  const { user, role, ready, person } = (state ?? {}) as {
    user?: unknown;
    role?: unknown;
    ready?: unknown;
    person?: unknown;
  };
  const parsedUser = PresenceUserSchema.safeParse(user);
  if (!parsedUser.success) return null;
  const parsedRole = RoleSchema.safeParse(role);
  const parsedReady = ReadySchema.safeParse(ready);
  const parsedPerson = PresenceIdSchema.safeParse(person);
  return {
    user: parsedUser.data,
    role: parsedRole.success ? parsedRole.data : null,
    ready: parsedReady.success ? parsedReady.data : null,
    person: parsedPerson.success ? parsedPerson.data : null,
  };
}

/** The display name in a parsed awareness state, if it has a valid one. */
export function presenceName(state: unknown): string | null {
  const name = (state as { user?: { name?: unknown } } | null)?.user?.name;
  const result = DisplayNameSchema.safeParse(name);
  return result.success ? result.data : null;
}
