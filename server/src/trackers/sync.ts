/**
 * Keeps an action in step with its issue: news that the issue closed makes the action
 * done, news that it reopened makes a done action open again. News comes from a verified
 * webhook or from the poll; either acts only on a change of the issue's state as last
 * stored (moved with a compare-and-set, so a redelivery, a second process or the poll
 * after the webhook does nothing twice), and through the ledger's one change path
 * (ledger/change.ts), recorded in the action's history as by the tracker.
 */
import type { FastifyInstance } from 'fastify';
import {
  isResolved,
  TRACKER_LABELS,
  type ActionChange,
  type ActionItemStatus,
  type TrackerKind,
} from '@hindsight/shared';
import { changeAction } from '../ledger/change.ts';
import type { LedgerCaller } from '../ledger/actor.ts';
import type { IssueState } from './client.ts';
import type { TrackerIssueRow } from './trackerStore.ts';

/** The tracker as the status rules and the history see it: it may close and reopen. */
function trackerCaller(kind: TrackerKind): LedgerCaller {
  return {
    actor: { role: 'admin', facilitator: false },
    by: { byKind: 'tracker', byId: kind, byName: TRACKER_LABELS[kind] },
  };
}

/** What the action becomes when its issue is in `state`; null leaves it. */
export function followIssue(
  state: IssueState,
  action: { readonly status: ActionItemStatus; readonly accepted?: boolean | undefined },
): ActionChange | null {
  if (state === 'closed') {
    return isResolved({ status: action.status, accepted: action.accepted })
      ? null
      : { status: 'done' };
  }
  return action.status === 'done' ? { status: 'open' } : null;
}

/** Applies news of an issue; true when the action changed. */
export async function applyIssueState(
  app: FastifyInstance,
  issue: TrackerIssueRow,
  state: IssueState,
): Promise<boolean> {
  if (issue.state === 'creating' || issue.state === state) return false;
  const moved = await app.store.moveTrackerIssue(
    issue.boardId,
    issue.actionId,
    issue.state,
    state,
    Date.now(),
  );
  if (!moved) return false;
  try {
    const outcome = await changeAction(app, issue, trackerCaller(issue.kind), {
      change: (action) => followIssue(state, action),
      via: 'tracker',
    });
    return outcome.kind === 'done';
  } catch (err) {
    // The board could not be changed now: the next delivery or poll tries again.
    await app.store.moveTrackerIssue(issue.boardId, issue.actionId, state, issue.state, Date.now());
    throw err;
  }
}

/** Applies a webhook's news; false when the issue is not one of ours or nothing changed. */
export async function applyNews(
  app: FastifyInstance,
  kind: TrackerKind,
  news: { externalId: string; state: IssueState },
): Promise<boolean> {
  const issue = await app.store.findTrackerIssue(kind, news.externalId);
  return issue ? applyIssueState(app, issue, news.state) : false;
}
