/**
 * The discussion, action, follow-up and status commands components call, on top of
 * shared's entity commands on the board doc, and "I own this" in the member's private
 * doc. Every change runs under this tab's origin. Deleting an action can be undone by
 * the tab that deleted it (the "Action deleted · Undo" toast); remote changes are never
 * undone. What the facilitator decides (focus, owners, accepted won't dos) is on the
 * facilitation doc.
 */
import {
  acceptWontDo,
  actionItemsMap,
  addActionItem,
  addContributingFactor,
  addWhy,
  claimOwnership,
  clearFollowUp,
  clearPostmortemOwners,
  deleteActionItem,
  editActionItem,
  editContributingFactor,
  editWhy,
  markRootCause,
  removeContributingFactor,
  removeWhy,
  setActionStatus,
  setDiscussionNotes,
  setFollowUp,
  setOwnerResponsibilities,
  addOwnerResponsibility,
  editOwnerResponsibility,
  removeOwnerResponsibility,
  setPostmortemOwners,
  setPostmortemStatus,
  setReduceImpact,
} from '@hindsight/shared';
import * as Y from 'yjs';
import type { PostmortemCommands, PostmortemFacilitation } from '../state/postmortemCommands.ts';
import { readActionItems, setDiscussionFocus } from '@hindsight/shared';

/** Meta key on an undo stack item: the id of the action that item deleted. */
const DELETED_ACTION = 'deletedAction';

/**
 * Commands on the board doc; `privateDoc` is this member's, null for observers; the
 * facilitation doc is read for accepted won't dos when closing.
 */
export function createPostmortemCommands(
  doc: Y.Doc,
  privateDoc: Y.Doc | null,
  facilitation?: Y.Doc,
): PostmortemCommands {
  /** Marks this tab's transactions. */
  const origin = { source: 'hindsight:local' };
  /** Marks this tab's action deletions, the only changes the undo manager tracks. */
  const deleteOrigin = { source: 'hindsight:delete-action' };
  const deletions = new Y.UndoManager(actionItemsMap(doc), {
    trackedOrigins: new Set([deleteOrigin]),
    captureTimeout: 0,
  });
  return {
    setNotes: (clusterId, notes) => setDiscussionNotes(doc, clusterId, notes, origin),
    setReduceImpact: (clusterId, answer) => setReduceImpact(doc, clusterId, answer, origin),
    addWhy: (clusterId, input) => addWhy(doc, clusterId, input, origin),
    editWhy: (clusterId, levelId, patch) => editWhy(doc, clusterId, levelId, patch, origin),
    removeWhy: (clusterId, levelId) => removeWhy(doc, clusterId, levelId, origin),
    markRootCause: (clusterId, levelId) => markRootCause(doc, clusterId, levelId, origin),
    addFactor: (clusterId, text) => addContributingFactor(doc, clusterId, text, origin),
    editFactor: (clusterId, factorId, text) =>
      editContributingFactor(doc, clusterId, factorId, text, origin),
    removeFactor: (clusterId, factorId) =>
      removeContributingFactor(doc, clusterId, factorId, origin),

    addAction: (input) => addActionItem(doc, input, origin),
    editAction: (id, patch) => editActionItem(doc, id, patch, origin),
    setActionStatus: (id, status) => setActionStatus(doc, id, status, origin),
    confirmOwner(id) {
      const owner = readActionItems(doc).find((a) => a.id === id)?.owner;
      if (!privateDoc || !owner) return false;
      claimOwnership(privateDoc, id, owner, origin);
      return true;
    },
    deleteAction(id) {
      deletions.stopCapturing();
      const deleted = deleteActionItem(doc, id, deleteOrigin);
      if (deleted) deletions.undoStack.at(-1)?.meta.set(DELETED_ACTION, id);
      return deleted;
    },
    undoDeleteAction(id) {
      if (deletions.undoStack.at(-1)?.meta.get(DELETED_ACTION) !== id) return false;
      return deletions.undo() !== null;
    },

    setFollowUp: (input) => setFollowUp(doc, input, origin),
    clearFollowUp: () => clearFollowUp(doc, origin),

    setStatus: (status) => setPostmortemStatus(doc, status, origin, facilitation),
  };
}

/**
 * What the facilitator decides, on the facilitation doc: the focus (stamped with the
 * server's time) and the postmortem owners.
 */
export function createPostmortemFacilitation(
  doc: Y.Doc,
  serverNow: () => number,
): PostmortemFacilitation {
  const origin = { source: 'hindsight:facilitator' };
  return {
    focus(clusterId) {
      setDiscussionFocus(doc, clusterId, serverNow(), origin);
    },
    setOwners: (names) => setPostmortemOwners(doc, names, origin),
    clearOwners: () => clearPostmortemOwners(doc, origin),
    setResponsibilities: (list) => setOwnerResponsibilities(doc, list, origin),
    addResponsibility: (text) => addOwnerResponsibility(doc, text, origin),
    editResponsibility: (index, change) => {
      editOwnerResponsibility(doc, index, change, origin);
    },
    removeResponsibility: (index) => {
      removeOwnerResponsibility(doc, index, origin);
    },
    acceptWontDo: (actionId, reason) => acceptWontDo(doc, actionId, reason, origin),
  };
}
