/**
 * The changes an admin makes to people (routes/people.ts), each guarded in the store so
 * that two admins acting at once cannot leave the workspace without an active admin
 * (shared/workspace/lastAdmin.ts): the count and the change are one statement (SQLite) or
 * one transaction holding the admins' rows (Postgres). Part of the {@link WorkspaceStore}.
 */
import type { WorkspaceRole } from '@hindsight/shared';

/** What became of a guarded change. */
export type GuardedChange = 'changed' | 'last-admin' | 'unknown';

export interface PeopleAdminStore {
  /** Gives a person a role unless they are the last active admin and the role is not admin. */
  setRoleKeepingAnAdmin(id: string, role: WorkspaceRole): Promise<GuardedChange>;
  /**
   * Deactivates a person and deletes their sessions in one transaction, unless they are
   * the last active admin. A person deactivated already is left as they are ('changed').
   */
  deactivateKeepingAnAdmin(id: string, at: number): Promise<GuardedChange>;
  /** Lets a deactivated person sign in again; false when there is no such person. */
  reactivatePerson(id: string): Promise<boolean>;
  /** Records a sign-in, for the People page. */
  recordSignIn(personId: string, at: number): Promise<void>;
  /** When each person who ever signed in last did, by person id. */
  lastSignIns(): Promise<ReadonlyMap<string, number>>;
}
