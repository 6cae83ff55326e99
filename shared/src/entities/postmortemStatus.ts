/**
 * Where the postmortem stands: draft → in review → actions open → closed. Scope:
 * document (board doc), one value under `status` in `postmortemMap`.
 *
 * The seeds' rule: the incident is not closed until the team completes every action.
 * {@link setPostmortemStatus} refuses `closed` while an action is not resolved (done, or a
 * won't do accepted: actions/status.ts), and, because
 * someone may add an action while someone else closes (each on a doc that allowed it),
 * {@link readPostmortemStatus} reads a stored `closed` as `actions open` for as long as
 * an action is not done. The rule holds on every client after every merge.
 */
import type * as Y from 'yjs';
import { z } from 'zod';
import { unreadableValue } from '../doc/entries.ts';
import { postmortemMap } from '../doc/layout.ts';
import { isResolved } from '../actions/status.ts';
import { readActionItems, type ActionItem } from './actionItem.ts';

export const POSTMORTEM_STATUSES = ['draft', 'in review', 'actions open', 'closed'] as const;
export type PostmortemStatus = (typeof POSTMORTEM_STATUSES)[number];

export const PostmortemStatusSchema = z.enum(POSTMORTEM_STATUSES, {
  error: `Status must be one of ${POSTMORTEM_STATUSES.join(', ')}`,
});

/** Titles named in the refusal before "and N more". */
const NAMED_MAX = 3;

export type CloseCheck =
  | { ok: true }
  | {
      ok: false;
      /** The actions not done yet, in the order given. */
      open: ActionItem[];
      /** "2 actions are still open: A; B" */
      message: string;
    };

/** Whether the postmortem may close: only when every action is resolved (done or accepted). */
export function canClose(actions: readonly ActionItem[]): CloseCheck {
  const open = actions.filter((a) => !isResolved(a));
  if (open.length === 0) return { ok: true };
  const named = open.slice(0, NAMED_MAX).map((a) => a.title);
  const more = open.length - named.length;
  const list = named.join('; ') + (more > 0 ? `; and ${more} more` : '');
  const message =
    open.length === 1
      ? `1 action is still open: ${list}`
      : `${open.length} actions are still open: ${list}`;
  return { ok: false, open, message };
}

/**
 * The postmortem is offered for closing: it has actions, every one is resolved, and it is
 * not closed yet. The board's follow-up view asks the facilitator to close it.
 */
export function offersClosing(
  status: PostmortemStatus,
  actions: readonly Pick<ActionItem, 'status' | 'accepted'>[],
): boolean {
  return status !== 'closed' && actions.length > 0 && actions.every(isResolved);
}

/**
 * The status; `draft` when unset, and `actions open` for a `closed` that no longer holds.
 * Accepted won't dos are read from `facilitation`: without it, they count as open.
 */
export function readPostmortemStatus(doc: Y.Doc, facilitation?: Y.Doc): PostmortemStatus {
  const result = PostmortemStatusSchema.safeParse(postmortemMap(doc).get('status'));
  const stored = result.success ? result.data : 'draft';
  if (stored === 'closed' && !canClose(readActionItems(doc, facilitation)).ok) {
    return 'actions open';
  }
  return stored;
}

/** 1 when a stored status is not one of {@link POSTMORTEM_STATUSES}. */
export function unreadablePostmortemStatus(doc: Y.Doc): number {
  return unreadableValue(
    postmortemMap(doc),
    'status',
    (v) => PostmortemStatusSchema.safeParse(v).success,
  );
}

/**
 * Sets the status; refuses `closed` while an action is not resolved, with the reason.
 * Accepted won't dos are read from `facilitation`, as {@link readPostmortemStatus} does.
 */
export function setPostmortemStatus(
  doc: Y.Doc,
  status: PostmortemStatus,
  origin?: unknown,
  facilitation?: Y.Doc,
): CloseCheck {
  const parsed = PostmortemStatusSchema.parse(status);
  if (parsed === 'closed') {
    const check = canClose(readActionItems(doc, facilitation));
    if (!check.ok) return check;
  }
  if (postmortemMap(doc).get('status') !== parsed) {
    doc.transact(() => postmortemMap(doc).set('status', parsed), origin);
  }
  return { ok: true };
}
