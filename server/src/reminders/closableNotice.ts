/**
 * The notice that a postmortem's actions are all resolved (the ledger's 'closable',
 * ledger/closing.ts): its postmortem owners and its facilitator are told by mail, and
 * every team channel by its webhook. Each send is claimed under a key naming the change
 * to closable (its `resolvedAt`), so several processes, or a restart that sees the same
 * change again, send it once; an action reopened and resolved again is a new change.
 * Muted people are logged as skipped, as any reminder.
 */
import { isOwner, localDate, type ReminderRecipient } from '@hindsight/shared';
import type { ClosableEvent } from '../ledger/closing.ts';
import type { NewSend, SendContent } from './reminderStore.ts';

interface Person {
  readonly id: string;
  readonly name: string;
  readonly deactivatedAt: number | null;
}

/** Who is told: active people named as owners, the facilitator, and each channel. */
export function closableRecipients(
  event: ClosableEvent,
  people: readonly Person[],
  channelIds: readonly string[],
): ReminderRecipient[] {
  const owners = event.owners.join(', ');
  const persons = people
    .filter((p) => p.deactivatedAt === null)
    .filter((p) => p.id === event.facilitatorPersonId || isOwner(owners, p.name))
    .map((p) => ({ kind: 'person' as const, id: p.id }));
  return [...persons, ...channelIds.map((id) => ({ kind: 'channel' as const, id }))];
}

/** The sends of one notice, keyed by the postmortem, its change to closable and recipient. */
export function closableSends(
  event: ClosableEvent,
  recipients: readonly ReminderRecipient[],
  now: number,
  timeZone: string,
): NewSend[] {
  const content: SendContent = {
    kind: 'closable',
    today: localDate(now, timeZone),
    week: null,
    actions: [],
    postmortem: { boardId: event.boardId, title: event.title, closed: event.closed },
  };
  return recipients.map((recipient) => ({
    key: `closable:${event.boardId}:${event.resolvedAt}:${recipient.kind}:${recipient.id}`,
    kind: 'closable',
    recipient,
    content: JSON.stringify(content),
  }));
}
