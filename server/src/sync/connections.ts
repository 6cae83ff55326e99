/**
 * Open sync connections by board and role, so that rotating a role's link can close the
 * connections that used the old one.
 */
import type { Role } from '@hindsight/shared';

export interface OpenConnection {
  readonly role: Role;
  close(code: number, reason: string): void;
}

export class ConnectionRegistry {
  private readonly byBoard = new Map<string, Set<OpenConnection>>();

  add(boardId: string, connection: OpenConnection): void {
    let set = this.byBoard.get(boardId);
    if (!set) {
      set = new Set();
      this.byBoard.set(boardId, set);
    }
    set.add(connection);
  }

  remove(boardId: string, connection: OpenConnection): void {
    const set = this.byBoard.get(boardId);
    if (!set?.delete(connection)) return;
    if (set.size === 0) this.byBoard.delete(boardId);
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

  count(boardId: string): number {
    return this.byBoard.get(boardId)?.size ?? 0;
  }
}
