/**
 * The follow-up invite as a file, built in the browser from shared `followUpIcs`. Pure.
 * The invite goes to everyone invited to the review, who need to update their actions:
 * it links the board with the participant link when this tab has it (the facilitator
 * who created the board), else with the page's address without any token.
 */
import {
  isResolved,
  boardLink,
  boardPath,
  followUpIcs,
  type ActionItem,
  type FollowUp,
} from '@hindsight/shared';

/** The board link the invite carries. */
export function inviteBoardUrl(
  origin: string,
  boardId: string,
  participantToken: string | null,
): string {
  return participantToken
    ? boardLink(origin, boardId, participantToken)
    : `${origin.replace(/\/$/, '')}${boardPath(boardId)}`;
}

/** `followup-review-checkout-api-outage.ics` */
export function inviteFileName(title: string): string {
  const slug = title
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 60)
    .replace(/-$/, '');
  return `followup-review${slug ? `-${slug}` : ''}.ics`;
}

export interface InviteInput {
  readonly boardId: string;
  /** The host the board is served from; makes the event's UID unique to this server. */
  readonly host: string;
  readonly title: string;
  readonly followUp: FollowUp;
  readonly boardUrl: string;
  /** Every action; the invite lists those not done, in the order given. */
  readonly actions: readonly Pick<ActionItem, 'title' | 'owner' | 'due' | 'status'>[];
  readonly now: number;
}

/** The `.ics` text of the invite. Throws when the time does not exist in its zone. */
export function inviteIcs(input: InviteInput): string {
  return followUpIcs({
    uid: `${input.boardId}-followup@${input.host}`,
    now: input.now,
    followUp: input.followUp,
    title: input.title,
    boardUrl: input.boardUrl,
    openActions: input.actions
      .filter((a) => !isResolved(a))
      .map((a) => ({ title: a.title, owner: a.owner, due: a.due })),
    sequence: input.followUp.revision,
  });
}
