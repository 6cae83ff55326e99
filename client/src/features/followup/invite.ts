/**
 * The follow-up invite as a file, built in the browser from shared `followUpIcs`. Pure.
 * The invite goes to everyone invited to the review, who need to update their actions:
 * it links the board with a link they can open that grants no more than a participant's
 * rights ({@link inviteToken}), never the facilitator's own.
 */
import {
  isResolved,
  followUpIcs,
  type ActionItem,
  type FollowUp,
  type Role,
} from '@hindsight/shared';

/** A workspace grant (`w1.…`): bound to one browser's session, worth nothing to a reader. */
const isGrant = (token: string) => token.startsWith('w1.');

/**
 * The token the invite's link carries, or null when this tab has none fit to send: the
 * participant link's when this tab knows it (the facilitator's tab that created it or
 * made it anew); else a participant's or observer's own link, which grants the reader
 * what the sender has. Never the facilitator's token, and never a grant.
 */
export function inviteToken(
  role: Role,
  pageToken: string | null,
  knownParticipant: string | undefined,
): string | null {
  if (knownParticipant) return knownParticipant;
  if (role === 'facilitator' || pageToken === null || isGrant(pageToken)) return null;
  return pageToken;
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
