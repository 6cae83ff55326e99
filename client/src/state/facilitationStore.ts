/**
 * The facilitated session as this tab sees it: the plan and the running session from the
 * facilitation doc (room `<board id>/facilitation`). The sync bridge
 * (src/sync/facilitationBridge.ts) is its only writer.
 *
 * Scopes: `plan`, `session` and `documentTemplate` mirror the **document**; the connection facts are
 * **session** state of this tab.
 */
import {
  INITIAL_SESSION,
  planFromTemplate,
  type DocumentTemplate,
  type SessionPlan,
  type SessionState,
  type Template,
} from '@hindsight/shared';
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { ConnectionFacts } from '../lib/connectionView.ts';

export interface FacilitationState extends ConnectionFacts {
  /** The stored plan; the template's until the doc has synced. */
  readonly plan: SessionPlan;
  readonly session: SessionState;
  /** The document template the facilitator chose; null: the default template. */
  readonly documentTemplate: DocumentTemplate | null;
  /** A passing problem with this connection (not fatal). */
  readonly notice: string | null;
  /**
   * The server says its own writes wait for its store (shared protocol/writesWaiting.ts);
   * told to the facilitator only. False again when they flow, or the connection closes.
   */
  readonly writesWaiting: boolean;
}

export type FacilitationStore = StoreApi<FacilitationState>;

export function createFacilitationStore(template: Template): FacilitationStore {
  return createStore<FacilitationState>()(() => ({
    plan: planFromTemplate(template),
    session: INITIAL_SESSION,
    documentTemplate: null,
    notice: null,
    writesWaiting: false,
    status: 'connecting',
    synced: false,
    everSynced: false,
    online: typeof navigator === 'undefined' ? true : navigator.onLine,
    fatal: null,
    fatalCode: null,
    savingPaused: false,
  }));
}
