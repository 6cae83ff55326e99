/**
 * The postmortem status as a workflow (issue #21): what each status means, who may move
 * it, and where Finish takes it. Pure; the status itself is entities/postmortemStatus.ts.
 *
 * Who: the facilitator, or a postmortem owner the team named (matched by name, as an
 * action's owner is: actions/ownerMatch.ts). The status is in the board doc, which every
 * participant writes, so the server puts back a change made by anyone else (the
 * statusGuard plugin); the page offers the buttons only to those who may press them.
 */
import { isOwner } from '../actions/ownerMatch.ts';
import type { Role } from '../roles.ts';
import type { PostmortemStatus } from './postmortemStatus.ts';

/** What each status means, shown beside the status buttons. */
export const STATUS_MEANINGS: Readonly<Record<PostmortemStatus, string>> = {
  draft: 'The meeting has not finished: facts, timeline and findings are still being written.',
  'in review':
    'The meeting has finished: the team reads the document and corrects it before it is shared.',
  'actions open': 'The document is agreed: the postmortem owners chase the action items.',
  closed: 'Every action is resolved: the incident is closed.',
};

/** Who is moving the status: their role on the board and the name they go by. */
export interface StatusMover {
  readonly role: Role;
  /** Their display name (a signed-in person's account name), or null when they gave none. */
  readonly name: string | null;
}

/** Whether `mover` may change the status: the facilitator, or one of the postmortem owners. */
export function mayMoveStatus(mover: StatusMover, owners: readonly string[]): boolean {
  if (mover.role === 'facilitator') return true;
  if (mover.role !== 'participant') return false;
  return owners.some((owner) => isOwner(owner, mover.name));
}

/** What Finish does to the status: the status it moves to, or why it stays. */
export type FinishStatus =
  | { readonly moves: true; readonly to: PostmortemStatus }
  | { readonly moves: false; readonly reason: string };

/**
 * Finishing the meeting puts a draft in review. A postmortem already past the draft
 * keeps its status, and the facilitator is told why: Finish never moves it backwards.
 */
export function statusOnFinish(status: PostmortemStatus): FinishStatus {
  switch (status) {
    case 'draft':
      return { moves: true, to: 'in review' };
    case 'in review':
      return { moves: false, reason: 'The postmortem is already in review.' };
    case 'actions open':
      return {
        moves: false,
        reason: 'The postmortem stays at Actions open: it was reviewed already.',
      };
    case 'closed':
      return { moves: false, reason: 'The postmortem stays closed: every action is resolved.' };
  }
}
