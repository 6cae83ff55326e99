/**
 * The postmortem's Yjs -> zustand bridge: the clusters' discussions, the action items,
 * the owner, the follow-up and the status from the board doc, and the discussion focus
 * from the facilitation doc, read with validating readers and pushed into the
 * postmortem store on every change. Each top-level type has its own observer.
 */
import {
  actionItemsMap,
  discussionsMap,
  facilitationMap,
  postmortemMap,
  readActionItems,
  readDiscussion,
  readFollowUp,
  readPostmortemOwner,
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

const sameFocus = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

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
    if (!sameFocus(focus, store.getState().focus)) set({ focus });
  };
  const pushActions = () =>
    set({ actions: readActionItems(board), status: readPostmortemStatus(board) });
  const pushPostmortem = () =>
    set({
      owner: readPostmortemOwner(board),
      followUp: readFollowUp(board),
      status: readPostmortemStatus(board),
    });

  discussionsMap(board).observeDeep(pushDiscussions);
  actionItemsMap(board).observeDeep(pushActions);
  postmortemMap(board).observe(pushPostmortem);
  facilitationMap(facilitation).observe(pushFocus);

  // Catch up with whatever happened before the observers were attached.
  pushDiscussions();
  pushActions();
  pushPostmortem();
  pushFocus();

  return () => {
    discussionsMap(board).unobserveDeep(pushDiscussions);
    actionItemsMap(board).unobserveDeep(pushActions);
    postmortemMap(board).unobserve(pushPostmortem);
    facilitationMap(facilitation).unobserve(pushFocus);
  };
}
