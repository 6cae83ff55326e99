/**
 * The incident commands components call, on top of shared's entity commands. Every local
 * change runs under one of this tab's origins; the undo managers track only those, so
 * remote changes are never undone.
 *
 * Two undo managers over the timeline, with separate origins: one for imports (so "Undo
 * import" still works after the person edited something else) and one for deletions
 * (the "Event deleted · Undo" toast). Each stack item records what it was in its meta.
 */
import {
  acceptProposal,
  addSurveyNote,
  addTimelineEvent,
  deleteSurveyNote,
  deleteTimelineEvent,
  editIncidentProse,
  editTimelineEvent,
  flagEvent,
  loadIncidentFixture,
  mergeEvents,
  parseTimeline,
  proposeEvent,
  rejectProposal,
  timelineMap,
  updateIncident,
} from '@hindsight/shared';
import * as Y from 'yjs';
import type { IncidentCommands } from '../state/incidentCommands.ts';
import type { IncidentStore } from '../state/incidentStore.ts';

/** Meta keys on undo stack items. */
const IMPORT_ID = 'importId';
const IMPORT_ADDED = 'added';
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

  const imports = new Y.UndoManager(timelineMap(doc), {
    trackedOrigins: new Set([importOrigin]),
    captureTimeout: 0,
  });
  const deletions = new Y.UndoManager(timelineMap(doc), {
    trackedOrigins: new Set([deleteOrigin]),
    captureTimeout: 0,
  });

  const publishLastImport = () => {
    const top = imports.undoStack.at(-1);
    const importId = top?.meta.get(IMPORT_ID);
    const added = top?.meta.get(IMPORT_ADDED);
    store.setState({
      lastImport:
        typeof importId === 'string' && typeof added === 'number' ? { importId, added } : null,
    });
  };

  return {
    updateIncident: (patch) => updateIncident(doc, patch, origin),
    editIncidentProse: (key, change) => editIncidentProse(doc, key, change, origin),

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
      imports.stopCapturing();
      const result = mergeEvents(doc, events, importOrigin);
      const top = imports.undoStack.at(-1);
      if (result.importId !== null && top) {
        top.meta.set(IMPORT_ID, result.importId);
        top.meta.set(IMPORT_ADDED, result.added);
      }
      publishLastImport();
      return result;
    },
    undoImport(importId) {
      if (imports.undoStack.at(-1)?.meta.get(IMPORT_ID) !== importId) return false;
      const undone = imports.undo() !== null;
      publishLastImport();
      return undone;
    },

    proposeEvent: (input) => proposeEvent(doc, input, origin),
    flagEvent: (eventId, input) => flagEvent(doc, eventId, input, origin),
    acceptProposal: (id) => acceptProposal(doc, facilitation, id, origin),
    rejectProposal: (id) => rejectProposal(doc, facilitation, id, origin),
    addSurveyNote: (input) => addSurveyNote(doc, input, origin),
    deleteSurveyNote: (id) => deleteSurveyNote(doc, id, origin),
  };
}
