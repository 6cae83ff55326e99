import { removableByUndo } from '@hindsight/shared';
import { useIncidentCommands } from '../../state/useIncidentCommands.ts';
import { useIncidentState } from '../../state/useIncidentState.ts';
import { restoreImportAndTell, undoImportAndTell } from './importUndo.ts';

/**
 * "Undo import" while this tab's latest import can be taken back — it removes only what
 * the import added and nobody changed since — then "Restore import" to put that back.
 */
export function UndoImportButton() {
  const lastImport = useIncidentState((s) => s.lastImport);
  const removable = useIncidentState((s) =>
    s.lastImport ? removableByUndo(s.timeline, s.lastImport.importId).length : 0,
  );
  const commands = useIncidentCommands();
  if (!lastImport) return null;
  if (lastImport.removed) {
    return (
      <button
        type="button"
        className="button button--small"
        onClick={() => restoreImportAndTell(commands, lastImport.importId)}
      >
        Restore import ({lastImport.removed.length})
      </button>
    );
  }
  if (removable === 0) return null;
  return (
    <button
      type="button"
      className="button button--small"
      title="Removes the imported events nobody changed since; edited and added events stay"
      onClick={() => undoImportAndTell(commands, lastImport.importId)}
    >
      Undo import ({removable})
    </button>
  );
}
