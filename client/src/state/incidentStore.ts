/**
 * The incident as this tab sees it: facts, timeline, proposals and survey notes from the
 * board doc. The incident bridge (src/sync/incidentBridge.ts) is its only writer for
 * document state; the timeline commands (src/sync/timelineCommands.ts) set `lastImport`.
 *
 * Scopes: `incident`, `findings`, `timeline`, `proposals` and `notes` mirror the **document**;
 * `lastImport` is **session** state of this tab (only the tab that imported can undo and restore it).
 */
import {
  FINDINGS_DEFAULTS,
  INCIDENT_DEFAULTS,
  type Findings,
  type Incident,
  type SurveyNote,
  type TimelineEvent,
  type TimelineProposal,
} from '@hindsight/shared';
import { createStore, type StoreApi } from 'zustand/vanilla';

/** An import this tab made, and can take back or, once taken back, restore. */
export interface UndoableImport {
  readonly importId: string;
  /** Events it added. */
  readonly added: number;
  /** What undoing it removed, kept so "Restore import" puts it back; null while not undone. */
  readonly removed: readonly TimelineEvent[] | null;
}

export interface IncidentState {
  readonly incident: Incident;
  /** Trigger, detection, recovery, lessons, supporting links (entities/findings.ts). */
  readonly findings: Findings;
  /** Every event, by time. */
  readonly timeline: readonly TimelineEvent[];
  /** Every flag and proposed event, oldest first, decided ones included. */
  readonly proposals: readonly TimelineProposal[];
  readonly notes: readonly SurveyNote[];
  /** The latest import of this tab that "Undo import" takes back; null when none. */
  readonly lastImport: UndoableImport | null;
}

export type IncidentStore = StoreApi<IncidentState>;

export function createIncidentStore(): IncidentStore {
  return createStore<IncidentState>()(() => ({
    incident: INCIDENT_DEFAULTS,
    findings: FINDINGS_DEFAULTS,
    timeline: [],
    proposals: [],
    notes: [],
    lastImport: null,
  }));
}
