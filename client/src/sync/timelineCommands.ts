/**
 * The incident commands components call, on top of shared's entity commands. Every local
 * change runs under one of this tab's origins; the undo managers track only those, so
 * remote changes are never undone.
 *
 * An undo manager over the timeline for deletions (the "Event deleted · Undo" toast), its
 * stack items recording what they were in their meta. Imports are undone by their id
 * instead (shared's undoImport): only what the import added and nobody changed since is
 * removed, and the tab keeps what it removed so "Restore import" puts it back.
 */
import {
  acceptProposal,
  addSurveyNote,
  addTimelineEvent,
  deleteSurveyNote,
  deleteTimelineEvent,
  editFindingsProse,
  editIncidentProse,
  editTimelineEvent,
  flagEvent,
  loadIncidentFixture,
  mergeEvents,
  parseTimeline,
  proposeEvent,
  rejectProposal,
  restoreImport,
  setSupportingLinks,
  timelineMap,
  undoImport,
  updateIncident,
} from '@hindsight/shared';
import * as Y from 'yjs';
import type { IncidentCommands } from '../state/incidentCommands.ts';
import type { IncidentStore } from '../state/incidentStore.ts';

/** Meta key on undo stack items. */
const DELETED_EVENT = 'deletedEvent';

/**
 * Commands on the board doc; a proposal's decision goes to `facilitation`, which only
 * the facilitator's tab may write (the server refuses anyone else's).
 */
export function createIncidentCommands(
  doc: Y.Doc,
  facilitation: Y.Doc,
  store: IncidentStore,
): IncidentCommands {
  /** Marks this tab's ordinary transactions. */
  const origin = { source: 'hindsight:local' };
  /** Marks this tab's imports. */
  const importOrigin = { source: 'hindsight:import' };
  /** Marks this tab's event deletions. */
  const deleteOrigin = { source: 'hindsight:delete-event' };

  const deletions = new Y.UndoManager(timelineMap(doc), {
    trackedOrigins: new Set([deleteOrigin]),
    captureTimeout: 0,
  });

  /** This tab's latest import, if that is `importId`. */
  const latest = (importId: string) => {
    const last = store.getState().lastImport;
    return last?.importId === importId ? last : null;
  };

  return {
    updateIncident: (patch) => updateIncident(doc, patch, origin),
    editIncidentProse: (key, change) => editIncidentProse(doc, key, change, origin),
    editFinding: (key, change) => editFindingsProse(doc, key, change, origin),
    setSupportingLinks: (links) => void setSupportingLinks(doc, links, origin),

    loadSample({ incidentJson, timelineText }) {
      const { events } = parseTimeline(timelineText, { defaultSource: 'sample incident' });
      doc.transact(() => {
        loadIncidentFixture(doc, JSON.parse(incidentJson), origin);
        mergeEvents(doc, events, origin);
      }, origin);
    },

    addEvent: (input) => addTimelineEvent(doc, input, origin),
    editEvent: (id, patch) => editTimelineEvent(doc, id, patch, origin),
    deleteEvent(id) {
      deletions.stopCapturing();
      const deleted = deleteTimelineEvent(doc, id, deleteOrigin);
      if (deleted) deletions.undoStack.at(-1)?.meta.set(DELETED_EVENT, id);
      return deleted;
    },
    undoDeleteEvent(id) {
      if (deletions.undoStack.at(-1)?.meta.get(DELETED_EVENT) !== id) return false;
      return deletions.undo() !== null;
    },

    importEvents(events) {
      const result = mergeEvents(doc, events, importOrigin);
      if (result.importId !== null) {
        store.setState({
          lastImport: { importId: result.importId, added: result.added, removed: null },
        });
      }
      return result;
    },
    undoImport(importId) {
      const last = latest(importId);
      if (!last || last.removed !== null) return null;
      const undone = undoImport(doc, importId, importOrigin);
      if (undone.removed.length > 0) {
        store.setState({ lastImport: { ...last, removed: undone.removed } });
      }
      return undone;
    },
    restoreImport(importId) {
      const last = latest(importId);
      if (!last?.removed) return 0;
      const restored = restoreImport(doc, last.removed, importOrigin);
      store.setState({ lastImport: { ...last, removed: null } });
      return restored;
    },

    proposeEvent: (input) => proposeEvent(doc, input, origin),
    flagEvent: (eventId, input) => flagEvent(doc, eventId, input, origin),
    acceptProposal: (id) => acceptProposal(doc, facilitation, id, origin),
    rejectProposal: (id) => rejectProposal(doc, facilitation, id, origin),
    addSurveyNote: (input) => addSurveyNote(doc, input, origin),
    deleteSurveyNote: (id) => deleteSurveyNote(doc, id, origin),
  };
}
