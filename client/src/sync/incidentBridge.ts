/**
 * The incident's Yjs -> zustand bridge: facts, findings, timeline, proposals and survey notes of
 * the board doc (with the facilitator's decisions on the proposals, from the
 * facilitation doc), read with shared's validating readers and pushed into the incident
 * store on every change. Each top-level type has its own observer, so a note being added
 * does not re-read the timeline.
 */
import {
  findingsMap,
  incidentMap,
  proposalDecisionsMap,
  readFindings,
  readIncident,
  readProposals,
  readSurveyNotes,
  readTimeline,
  surveyNotesMap,
  timelineMap,
  timelineProposalsMap,
} from '@hindsight/shared';
import type * as Y from 'yjs';
import type { IncidentStore } from '../state/incidentStore.ts';

/** Wires the board doc's incident types to `store`; returns the function that unwires it. */
export function bindIncident(doc: Y.Doc, facilitation: Y.Doc, store: IncidentStore): () => void {
  const set = store.setState;
  const pushIncident = () => set({ incident: readIncident(doc) });
  const pushFindings = () => set({ findings: readFindings(doc) });
  const pushTimeline = () => set({ timeline: readTimeline(doc) });
  const pushProposals = () => set({ proposals: readProposals(doc, facilitation) });
  const pushNotes = () => set({ notes: readSurveyNotes(doc) });

  incidentMap(doc).observeDeep(pushIncident);
  findingsMap(doc).observeDeep(pushFindings);
  timelineMap(doc).observeDeep(pushTimeline);
  timelineProposalsMap(doc).observeDeep(pushProposals);
  proposalDecisionsMap(facilitation).observe(pushProposals);
  surveyNotesMap(doc).observeDeep(pushNotes);

  // Catch up with whatever happened before the observers were attached.
  pushIncident();
  pushFindings();
  pushTimeline();
  pushProposals();
  pushNotes();

  return () => {
    incidentMap(doc).unobserveDeep(pushIncident);
    findingsMap(doc).unobserveDeep(pushFindings);
    timelineMap(doc).unobserveDeep(pushTimeline);
    timelineProposalsMap(doc).unobserveDeep(pushProposals);
    proposalDecisionsMap(facilitation).unobserve(pushProposals);
    surveyNotesMap(doc).unobserveDeep(pushNotes);
  };
}
