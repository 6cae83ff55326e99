/**
 * The members of a board: one per member key, registered by the server when the key first
 * joins (any room of the board, any role), up to a limit per role. A member's key opens
 * its private doc, and only registered members that the facilitator has not removed
 * count: their cards are published, their dots tallied. So one link mints at most
 * `perRole` voters, and the facilitator sees and removes strays.
 *
 * Boards stored before members were registered: their stored private docs are registered
 * (as participants, beyond the limit) the first time the board's members are read.
 */
import { canWrite, parseRoom, privateRoomName, type Role } from '@hindsight/shared';
import type { Fence } from '../cluster/leases.ts';
import type { MemberRecord, MemberStore } from '../storage/memberStore.ts';
import type { Store } from '../storage/store.ts';

/** Members per role and board, unless configured (`BOARD_MEMBERS_PER_ROLE`). */
export const DEFAULT_MEMBERS_PER_ROLE = 100;
/** Boards whose members are kept in memory; past it, they are read from the store again. */
const CACHED_BOARDS_MAX = 2000;

export type Admission = 'member' | 'full' | 'removed';

export class MemberRegistry {
  /** Members by id, per board: read once, then kept current by this registry's writes. */
  private readonly boards = new Map<string, Promise<Map<string, MemberRecord>>>();

  constructor(
    private readonly store: MemberStore & Pick<Store, 'listRooms'>,
    readonly perRole: number = DEFAULT_MEMBERS_PER_ROLE,
  ) {}

  /** Registers the member on its first join; says whether it may stay. */
  async admit(boardId: string, memberId: string, role: Role): Promise<Admission> {
    const members = await this.board(boardId);
    let member = members.get(memberId);
    if (!member) {
      member =
        (await this.store.registerMember(boardId, memberId, role, this.perRole)) ?? undefined;
      if (!member) return 'full';
      members.set(memberId, member);
    }
    return member.removed ? 'removed' : 'member';
  }

  /** Every member of a board, removed ones included, in the order they joined. */
  async list(boardId: string): Promise<MemberRecord[]> {
    return [...(await this.board(boardId)).values()].sort((a, b) => a.joinedAt - b.joinedAt);
  }

  /**
   * The members whose private docs count (cards, dots, owner confirmations): registered,
   * not removed, under a role that writes a private doc.
   */
  async ballotIds(boardId: string): Promise<string[]> {
    return (await this.list(boardId))
      .filter((m) => !m.removed && canWrite(m.role, 'private'))
      .map((m) => m.memberId);
  }

  /** Removes a member for good; false when the board has no such member. */
  async remove(boardId: string, memberId: string): Promise<boolean> {
    const members = await this.board(boardId);
    const member = members.get(memberId);
    if (!member) return false;
    await this.store.removeMember(boardId, memberId);
    members.set(memberId, { ...member, removed: true });
    return true;
  }

  /**
   * Records the name a member shows, when it changed, under the `fence` of the board's
   * lease (refused with a StaleLeaseError once another process owns the board).
   */
  async name(boardId: string, memberId: string, name: string, fence?: Fence): Promise<void> {
    const members = await this.board(boardId);
    const member = members.get(memberId);
    if (!member || member.name === name) return;
    await this.store.nameMember(boardId, memberId, name, fence);
    members.set(memberId, { ...member, name });
  }

  private board(boardId: string): Promise<Map<string, MemberRecord>> {
    let members = this.boards.get(boardId);
    if (!members) {
      if (this.boards.size >= CACHED_BOARDS_MAX) this.boards.clear();
      members = this.read(boardId);
      this.boards.set(boardId, members);
      members.catch(() => this.boards.delete(boardId));
    }
    return members;
  }

  private async read(boardId: string): Promise<Map<string, MemberRecord>> {
    const members = new Map((await this.store.listMembers(boardId)).map((m) => [m.memberId, m]));
    for (const name of await this.store.listRooms(privateRoomName(boardId, ''))) {
      const ref = parseRoom(name);
      if (ref?.kind !== 'private' || ref.boardId !== boardId || members.has(ref.memberId)) continue;
      const adopted = await this.store.registerMember(
        boardId,
        ref.memberId,
        'participant',
        Number.POSITIVE_INFINITY,
      );
      if (adopted) members.set(adopted.memberId, adopted);
    }
    return members;
  }
}
