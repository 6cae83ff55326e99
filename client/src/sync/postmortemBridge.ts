/**
 * The postmortem's Yjs -> zustand bridge: the clusters' discussions, the action items,
 * the follow-up and the status from the board doc, and from the facilitation doc the
 * discussion focus, the postmortem owners and the owners' confirmations, read with
 * validating readers and pushed into the postmortem store on every change. Each
 * top-level type has its own observer.
 */
import {
  actionAcceptancesMap,
  actionItemsMap,
  discussionsMap,
  facilitationMap,
  ownerConfirmationsMap,
  postmortemMap,
  readActionItems,
  readDiscussion,
  readFollowUp,
  readPostmortemOwner,
  responsibilitiesArray,
  readPostmortemStatus,
  type Discussion,
} from '@hindsight/shared';
import type * as Y from 'yjs';
import type { PostmortemStore } from '../state/postmortemStore.ts';
import { readDiscussionFocus } from '@hindsight/shared';

export interface PostmortemSources {
  readonly board: Y.Doc;
  readonly facilitation: Y.Doc;
}

const sameValue = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** Wires the docs to `store`; returns the function that unwires them. */
export function bindPostmortem(
  { board, facilitation }: PostmortemSources,
  store: PostmortemStore,
): () => void {
  const set = store.setState;

  const pushDiscussions = () => {
    const discussions: Record<string, Discussion> = {};
    discussionsMap(board).forEach((_, clusterId) => {
      discussions[clusterId] = readDiscussion(board, clusterId);
    });
    set({ discussions });
  };
  // The facilitation doc changes with every timer command: set the focus only when it moved.
  const pushFocus = () => {
    const focus = readDiscussionFocus(facilitation);
    if (!sameValue(focus, store.getState().focus)) set({ focus });
  };
  const pushActions = () =>
    set({
      actions: readActionItems(board, facilitation),
      status: readPostmortemStatus(board, facilitation),
    });
  const pushPostmortem = () =>
    set({ followUp: readFollowUp(board), status: readPostmortemStatus(board, facilitation) });
  // The facilitation doc changes with every timer command: set the owners only when they changed.
  const pushOwner = () => {
    const owner = readPostmortemOwner(facilitation);
    if (!sameValue(owner, store.getState().owner)) set({ owner });
  };

  discussionsMap(board).observeDeep(pushDiscussions);
  actionItemsMap(board).observeDeep(pushActions);
  postmortemMap(board).observe(pushPostmortem);
  facilitationMap(facilitation).observe(pushFocus);
  facilitationMap(facilitation).observe(pushOwner);
  responsibilitiesArray(facilitation).observeDeep(pushOwner);
  ownerConfirmationsMap(facilitation).observe(pushActions);
  actionAcceptancesMap(facilitation).observe(pushActions);

  // Catch up with whatever happened before the observers were attached.
  pushDiscussions();
  pushActions();
  pushPostmortem();
  pushFocus();
  pushOwner();

  return () => {
    discussionsMap(board).unobserveDeep(pushDiscussions);
    actionItemsMap(board).unobserveDeep(pushActions);
    postmortemMap(board).unobserve(pushPostmortem);
    facilitationMap(facilitation).unobserve(pushFocus);
    facilitationMap(facilitation).unobserve(pushOwner);
    responsibilitiesArray(facilitation).unobserveDeep(pushOwner);
    ownerConfirmationsMap(facilitation).unobserve(pushActions);
    actionAcceptancesMap(facilitation).unobserve(pushActions);
  };
}
