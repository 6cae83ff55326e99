/**
 * What components may ask of the incident: facts, timeline, proposals, survey notes.
 * Implemented in src/sync/timelineCommands.ts on top of shared's entity commands;
 * declared here so that components never see Yjs.
 */
import type {
  AcceptResult,
  FindingsProseKey,
  FlagEventInput,
  Incident,
  IncidentLink,
  IncidentPatch,
  IncidentProseKey,
  ImportUndone,
  MergeResult,
  NewSurveyNote,
  NewTimelineEvent,
  ProposeEventInput,
  TextChange,
  TimelineEventPatch,
} from '@hindsight/shared';
import type { IncidentStore } from './incidentStore.ts';

/** The sample incident as text (see `@hindsight/shared/sample`). */
export interface IncidentSample {
  readonly incidentJson: string;
  readonly timelineText: string;
}

export interface IncidentCommands {
  /** Changes some facts. Throws IncidentValidationError, naming each bad field. */
  updateIncident(patch: IncidentPatch): Incident;
  /**
   * Edits the summary or the impact in words in place, by a field's change, so others'
   * words typed meanwhile are kept. Throws IncidentValidationError when too long.
   */
  editIncidentProse(key: IncidentProseKey, change: TextChange): void;
  /**
   * Edits a finding (trigger, detection, recovery, lessons) in place by a field's change.
   * Throws a ZodError when too long.
   */
  editFinding(key: FindingsProseKey, change: TextChange): void;
  /** Replaces the supporting links; throws a ZodError for a bad link. */
  setSupportingLinks(links: readonly IncidentLink[]): void;
  /** Fills the facts and the timeline from the sample incident, in one change. */
  loadSample(sample: IncidentSample): void;
  /** Adds an event; throws a ZodError for bad input. Returns its id. */
  addEvent(input: NewTimelineEvent): string;
  /** Changes an event; throws a ZodError for a bad field; false if it is gone. */
  editEvent(id: string, patch: TimelineEventPatch): boolean;
  /** Deletes an event; false if it was already gone. */
  deleteEvent(id: string): boolean;
  /** Brings back an event this tab deleted, if that is still its latest deletion. */
  undoDeleteEvent(id: string): boolean;
  /** Adds imported events, skipping those already there. Undoable with {@link undoImport}. */
  importEvents(events: readonly NewTimelineEvent[]): MergeResult;
  /**
   * Takes back this tab's latest import, if `importId` is that import and it is not
   * undone already: removes the events it added that nobody changed since, keeps the
   * others. Null when there is nothing to undo. Remote imports are never undone.
   */
  undoImport(importId: string): ImportUndone | null;
  /** Puts back what the undo of this tab's latest import removed; how many events. */
  restoreImport(importId: string): number;
  /** Proposes a missing event; returns the proposal's id. */
  proposeEvent(input: ProposeEventInput): string;
  /** Flags an event; null when the event is gone. */
  flagEvent(eventId: string, input: FlagEventInput): string | null;
  /** Accepts a proposal and applies it to the timeline (facilitator only). */
  acceptProposal(id: string): AcceptResult;
  /** Rejects a proposal (facilitator only). */
  rejectProposal(id: string): boolean;
  addSurveyNote(input: NewSurveyNote): string;
  deleteSurveyNote(id: string): boolean;
}

/** The incident's store and commands, as a board session hands them out. */
export interface IncidentSession {
  readonly store: IncidentStore;
  readonly commands: IncidentCommands;
}
