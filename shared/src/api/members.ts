/**
 * `GET /api/boards/:id/members` (facilitator): the board's members — one per browser
 * that joined — so the facilitator can compare who wrote and voted with who is here,
 * and remove a stray with `DELETE /api/boards/:id/members/:memberId`.
 */
import { z } from 'zod';
import { MemberIdSchema } from '../member.ts';
import { RoleSchema } from '../roles.ts';

export const BoardMemberSchema = z.object({
  /** The public id of the member's key (never the key). */
  id: MemberIdSchema,
  /** The role of the link it joined with. */
  role: RoleSchema,
  /** The name it shows, once it showed one. */
  name: z.string().nullable(),
  /** ms since the epoch */
  joinedAt: z.number(),
  /** It has at least one card in its private doc. */
  wrote: z.boolean(),
  /** It has at least one dot on its ballot. */
  voted: z.boolean(),
  /** A browser with its key is connected now. */
  present: z.boolean(),
});
export type BoardMember = z.infer<typeof BoardMemberSchema>;

export const BoardMembersResponseSchema = z.object({
  /** Registered members the facilitator has not removed, in the order they joined. */
  members: z.array(BoardMemberSchema),
  /** How many members of each role the board takes (`BOARD_MEMBERS_PER_ROLE`). */
  perRole: z.number().int().positive(),
});
export type BoardMembersResponse = z.infer<typeof BoardMembersResponseSchema>;

export interface MemberTotals {
  readonly wrote: number;
  readonly voted: number;
  readonly present: number;
}

/** "N members wrote / voted, M people present": the facilitator's check on the ballot. */
export function memberTotals(members: readonly BoardMember[]): MemberTotals {
  return {
    wrote: members.filter((m) => m.wrote).length,
    voted: members.filter((m) => m.voted).length,
    present: members.filter((m) => m.present).length,
  };
}
