/**
 * What this tab shows of an open board: the view (the phase or the plan editor), the
 * agenda rail, and the facilitator's unsaved plan. Scope: session (this tab, memory).
 */
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { PlanDraft } from '../lib/planDraft.ts';

export interface SessionUiState {
  /**
   * The board as the session goes, the facilitator's plan editor, or the follow-up
   * review (the "Follow-up" tab, for everyone).
   */
  readonly view: 'phase' | 'prepare' | 'followup';
  /** The agenda rail: null follows the screen width (open when wide). */
  readonly railOpen: boolean | null;
  /** The plan being edited, until it is saved or discarded; null when none. */
  readonly planDraft: PlanDraft | null;
}

export type SessionUiStore = StoreApi<SessionUiState>;

export function createSessionUiStore(): SessionUiStore {
  return createStore<SessionUiState>()(() => ({ view: 'phase', railOpen: null, planDraft: null }));
}
