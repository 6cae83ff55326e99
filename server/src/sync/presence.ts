/**
 * Presence as the server passes it on: the role in a state is the one the connection's
 * token granted, never the one its client claims, the person is the member's presence id,
 * and a name shown by another member already present is told apart ("Alex (2)"). Pure functions over the JSON text of one
 * awareness state; the room decides whose states they are.
 */
import { DISPLAY_NAME_MAX as MAX_NAME, type Role } from '@hindsight/shared';

/** How two names compare: as people read them, case and outer spaces aside. */
export function nameKey(name: string): string {
  return name.trim().toLowerCase();
}

/** `name`, or the first "name (n)" that nobody in `taken` shows. */
export function uniqueName(name: string, taken: ReadonlySet<string>): string {
  const base = name.trim();
  if (!taken.has(nameKey(base))) return base;
  for (let n = 2; ; n++) {
    const suffix = ` (${n})`;
    const candidate = `${base.slice(0, MAX_NAME - suffix.length).trimEnd()}${suffix}`;
    if (!taken.has(nameKey(candidate))) return candidate;
  }
}

/** The display name in a parsed state, if it has one. */
export function nameOf(state: unknown): string | null {
  const user = (state as { user?: unknown } | null)?.user;
  const name = (user as { name?: unknown } | null | undefined)?.name;
  return typeof name === 'string' ? name : null;
}

/**
 * A state as the server passes it on: `role` set to the connection's role, `person` to the
 * member's presence id in the room (shared protocol/presenceId.ts) or removed when it has
 * none (a page cannot claim one, nor another's), the name set to `accountName` when a
 * signed-in person's browser sent it (a page cannot claim another name, nor another
 * person's), and the name made unique among `takenNames` (name keys of other members'
 * states). "null" (leaving) and states that are not JSON objects pass unchanged; text
 * that is not JSON throws.
 */
export function stampPresence(
  state: string,
  role: Role,
  takenNames: ReadonlySet<string>,
  accountName: string | null = null,
  person: string | null = null,
): string {
  const parsed: unknown = JSON.parse(state);
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) return state;
  const { person: _claimed, ...rest } = parsed as Record<string, unknown>;
  const stamped: Record<string, unknown> = { ...rest, role, ...(person ? { person } : {}) };
  if (accountName !== null) {
    const user = (stamped.user ?? {}) as object;
    stamped.user = {
      ...(typeof user === 'object' ? user : {}),
      name: accountName.slice(0, MAX_NAME),
    };
  }
  const name = nameOf(stamped);
  if (name !== null && takenNames.has(nameKey(name))) {
    stamped.user = { ...(stamped.user as object), name: uniqueName(name, takenNames) };
  }
  return JSON.stringify(stamped);
}
