/**
 * Where a board's members are kept (sync/members.ts owns the rules): the member keys the
 * server registered, by their public id, never the keys themselves.
 */
import type { Role } from '@hindsight/shared';
import type { Fence } from '../cluster/leases.ts';

export interface MemberRecord {
  /** The public id of the member key (shared member.ts). */
  readonly memberId: string;
  /** The role of the link it first joined with. */
  readonly role: Role;
  /** The name it last showed in presence; null until it showed one. */
  readonly name: string | null;
  /** ms since the epoch */
  readonly joinedAt: number;
  /** The facilitator removed it: its key is refused and its private doc no longer counts. */
  readonly removed: boolean;
}

export interface MemberStore {
  /**
   * Registers a member under `role` unless `limit` members of that role are registered
   * on the board already (removed ones count), in one transaction. Returns the stored
   * record, the existing one unchanged when the member was known, or null when full.
   */
  registerMember(
    boardId: string,
    memberId: string,
    role: Role,
    limit: number,
  ): Promise<MemberRecord | null>;
  /** A board's members, in the order they joined. */
  listMembers(boardId: string): Promise<MemberRecord[]>;
  /** Marks a member removed; false when there is no such member. */
  removeMember(boardId: string, memberId: string): Promise<boolean>;
  /**
   * Records the name a member shows (the attendance of the export). The board's owner
   * records it: with a `fence`, refused (a StaleLeaseError) unless its lease is at that epoch.
   */
  nameMember(boardId: string, memberId: string, name: string, fence?: Fence): Promise<void>;
}

/** A row as both stores return it. */
export interface MemberRow {
  member_id: string;
  role: Role;
  name: string | null;
  joined_at: number | string;
  removed: number;
}

export function memberFromRow(row: MemberRow): MemberRecord {
  return {
    memberId: row.member_id,
    role: row.role,
    name: row.name,
    joinedAt: Number(row.joined_at),
    removed: row.removed !== 0,
  };
}
