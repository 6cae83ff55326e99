/**
 * The closing rule after the meeting (issue #18): when the last open action of a
 * postmortem is resolved, it is offered for closing, or closed by the server when the
 * workspace says so (`autoClose`, actions/settings.ts). Either way the ledger says so on
 * `app.ledgerEvents` ('closable'), for whatever tells the owners (mail, chat): the
 * ledger builds no message itself. A reopened action reopens a closed postmortem for
 * every reader at once (entities/postmortemStatus.ts reads a `closed` with an open action
 * as `actions open`), and the server then stores it as `actions open`, so resolving the
 * action again offers it (or closes it) anew rather than closing it silently.
 *
 * Edges are seen per process, from the projection the ledger already runs: a postmortem
 * is announced when it becomes closable here, once, and again only after it was not.
 */
import { EventEmitter } from 'node:events';

/** A postmortem whose actions are all resolved. */
export interface ClosableEvent {
  readonly boardId: string;
  readonly title: string;
  /** The postmortem owners the team agreed on, to tell; empty when none yet. */
  readonly owners: readonly string[];
  /** The server closed it (the workspace's `autoClose`), rather than offering it. */
  readonly closed: boolean;
  /** The person who made the board (its facilitator), when a person did. */
  readonly facilitatorPersonId: string | null;
  /**
   * The latest change of its actions (their `updatedAt`): the same in every process for
   * one change to closable, and another after an action is reopened and resolved again,
   * so a notice claimed under it goes out once per change.
   */
  readonly resolvedAt: number;
}

export type LedgerEvents = EventEmitter<{ closable: [ClosableEvent] }>;

/** Remembers which boards were closable at their last projection in this process. */
export class ClosableEdges {
  private readonly closable = new Set<string>();

  /** True when `now` is a change to closable from not. */
  becomes(boardId: string, now: boolean): boolean {
    const before = this.closable.has(boardId);
    if (now) this.closable.add(boardId);
    else this.closable.delete(boardId);
    return now && !before;
  }
}

export function ledgerEvents(): LedgerEvents {
  return new EventEmitter<{ closable: [ClosableEvent] }>();
}
