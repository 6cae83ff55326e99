/**
 * What a reminder says, whatever carries it: a headline and one line per action with its
 * link in the ledger. Mail (mail.ts) and each webhook format (webhooks.ts) lay these out;
 * none decides the wording on its own. Pure functions of the stored content.
 */
import type { RemindableAction } from '@hindsight/shared';
import type { SendContent } from './reminderStore.ts';

/** One line of text from a value a person wrote: no line breaks, bounded. */
export const oneLine = (value: string, max = 200) => {
  const flat = value.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
};

/** The ledger's view of a postmortem, where its owners act on its actions and close it. */
export const postmortemLink = (origin: string, boardId: string) =>
  `${origin}/actions?postmortem=${encodeURIComponent(boardId)}`;

/** The ledger's view of an action's postmortem, where its owner can act on it. */
export const actionLink = (origin: string, action: RemindableAction) =>
  postmortemLink(origin, action.boardId);

export interface Headline {
  /** A subject line; it holds no value a person wrote beyond the action's title. */
  readonly subject: string;
  /** The sentence that opens the message. */
  readonly lead: string;
}

export function headline(content: SendContent): Headline {
  const [first] = content.actions;
  switch (content.kind) {
    case 'before':
      return {
        subject: `Due on ${first?.due}: ${oneLine(first?.title ?? '', 120)}`,
        lead: `An action is due on ${first?.due}.`,
      };
    case 'due':
      return {
        subject: `Due today: ${oneLine(first?.title ?? '', 120)}`,
        lead: `An action is due today (${content.today}).`,
      };
    case 'digest': {
      const n = content.actions.length;
      const what = n === 1 ? '1 overdue action' : `${n} overdue actions`;
      return {
        subject: `${what} this week (${content.week})`,
        lead: `${what} as of ${content.today}, soonest due first.`,
      };
    }
    case 'closable': {
      const title = oneLine(content.postmortem?.title ?? '', 120);
      return content.postmortem?.closed
        ? {
            subject: `Closed, all actions resolved: ${title}`,
            lead: `Every action of “${title}” is resolved, and the postmortem is closed.`,
          }
        : {
            subject: `All actions resolved: ${title}`,
            lead: `Every action of “${title}” is resolved: close the postmortem from the ledger.`,
          };
    }
    case 'test':
      return {
        subject: 'Hindsight test message',
        lead: 'This channel will receive Hindsight’s action reminders.',
      };
  }
}

/** An action as one line: its title, its postmortem and its due date. */
export const actionLine = (a: RemindableAction) =>
  `${oneLine(a.title)} — ${oneLine(a.postmortemTitle, 120)} (due ${a.due})`;
