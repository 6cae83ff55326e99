/**
 * Open sync connections by board and role, so that rotating a role's link can close the
 * connections that used the old one; and by signed-in person, so that a change of their
 * role or sessions can close the connections their workspace access opened.
 */
import type { Role } from '@hindsight/shared';

export interface OpenConnection {
  readonly role: Role;
  readonly memberId: string | null;
  /** The signed-in person behind it, if any; `viaWorkspace` when no link opened it. */
  readonly person: {
    readonly id: string;
    readonly sessionHash: string;
    readonly viaWorkspace: boolean;
  } | null;
  close(code: number, reason: string): void;
}

export class ConnectionRegistry {
  private readonly byBoard = new Map<string, Set<OpenConnection>>();
  private readonly byPerson = new Map<string, Set<OpenConnection>>();

  add(boardId: string, connection: OpenConnection): void {
    let set = this.byBoard.get(boardId);
    if (!set) {
      set = new Set();
      this.byBoard.set(boardId, set);
    }
    set.add(connection);
    const personId = connection.person?.id;
    if (personId !== undefined) {
      const mine = this.byPerson.get(personId) ?? new Set();
      mine.add(connection);
      this.byPerson.set(personId, mine);
    }
  }

  remove(boardId: string, connection: OpenConnection): void {
    const personId = connection.person?.id;
    const mine = personId === undefined ? undefined : this.byPerson.get(personId);
    if (mine?.delete(connection) && mine.size === 0) this.byPerson.delete(personId!);
    const set = this.byBoard.get(boardId);
    if (!set?.delete(connection)) return;
    if (set.size === 0) this.byBoard.delete(boardId);
  }

  /** The open connections of a signed-in person, on every board. */
  ofPerson(personId: string): OpenConnection[] {
    return [...(this.byPerson.get(personId) ?? [])];
  }

  /** Closes every connection of those roles on a board; returns how many. */
  closeRoles(boardId: string, roles: readonly Role[], code: number, reason: string): number {
    const set = this.byBoard.get(boardId);
    if (!set) return 0;
    let closed = 0;
    for (const connection of [...set]) {
      if (!roles.includes(connection.role)) continue;
      connection.close(code, reason);
      closed++;
    }
    return closed;
  }

  /** The members with a connection open on a board now. */
  presentMembers(boardId: string): Set<string> {
    const present = new Set<string>();
    for (const connection of this.byBoard.get(boardId) ?? []) {
      if (connection.memberId !== null) present.add(connection.memberId);
    }
    return present;
  }

  /** Closes every connection of one member on a board; returns how many. */
  closeMember(boardId: string, memberId: string, code: number, reason: string): number {
    let closed = 0;
    for (const connection of [...(this.byBoard.get(boardId) ?? [])]) {
      if (connection.memberId !== memberId) continue;
      connection.close(code, reason);
      closed++;
    }
    return closed;
  }

  count(boardId: string): number {
    return this.byBoard.get(boardId)?.size ?? 0;
  }
}
