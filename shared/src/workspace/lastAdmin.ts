/**
 * The workspace always keeps an active admin: nobody can demote or deactivate the last
 * one, or nobody could manage people, tokens or settings again short of the command line.
 * The server enforces it in the same statement as the change (storage/peopleAdmin*.ts);
 * this is the rule as a function, for the server's answer and the People page's controls.
 */
import type { WorkspaceRole } from './roles.ts';

export interface AdminCount {
  readonly role: WorkspaceRole;
  readonly active: boolean;
}

export interface PersonChange {
  readonly role?: WorkspaceRole | undefined;
  readonly active?: boolean | undefined;
}

/** True when `change` to `person` would leave no active admin among `everyone` (them included). */
export function leavesNoAdmin(
  person: AdminCount,
  change: PersonChange,
  everyone: readonly AdminCount[],
): boolean {
  const isActiveAdmin = (p: AdminCount) => p.active && p.role === 'admin';
  if (!isActiveAdmin(person)) return false;
  const after = { role: change.role ?? person.role, active: change.active ?? person.active };
  if (isActiveAdmin(after)) return false;
  return everyone.filter(isActiveAdmin).length <= 1;
}

export const LAST_ADMIN_MESSAGE =
  'The workspace needs an active admin: make someone else an admin first.';
