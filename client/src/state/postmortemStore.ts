/**
 * What the team produces after the clustering, as this tab sees it: the clusters'
 * discussions, the cluster under discussion, the action items, the postmortem owner,
 * the follow-up review and the postmortem status. The postmortem bridge
 * (src/sync/postmortemBridge.ts) is its only writer. The clusters themselves, in
 * discussion order, come from the clustering side (`useDiscussionOrder`).
 *
 * Scopes: everything mirrors the **document**: the board doc (discussions, actions,
 * owner, follow-up, status) and the facilitation doc (discussion focus).
 */
import {
  DEFAULT_OWNER_RESPONSIBILITIES,
  type ActionItemView,
  type Discussion,
  type FollowUp,
  type PostmortemOwner,
  type PostmortemStatus,
} from '@hindsight/shared';
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { DiscussionFocus } from '@hindsight/shared';

export interface PostmortemState {
  /** Discussions by cluster id; a cluster nobody discussed has none here. */
  readonly discussions: Readonly<Record<string, Discussion>>;
  /** The cluster the facilitator has the team on; null until they move. */
  readonly focus: DiscussionFocus | null;
  /** Every action item, in "tackle first" order. */
  readonly actions: readonly ActionItemView[];
  readonly owner: PostmortemOwner;
  readonly followUp: FollowUp | null;
  readonly status: PostmortemStatus;
}

export type PostmortemStore = StoreApi<PostmortemState>;

export function createPostmortemStore(): PostmortemStore {
  return createStore<PostmortemState>()(() => ({
    discussions: {},
    focus: null,
    actions: [],
    owner: { names: [], responsibilities: [...DEFAULT_OWNER_RESPONSIBILITIES] },
    followUp: null,
    status: 'draft',
  }));
}
