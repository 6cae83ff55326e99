import { showToast } from '../../state/toastStore.ts';
import { useIncidentCommands } from '../../state/useIncidentCommands.ts';
import { useIncidentState } from '../../state/useIncidentState.ts';

/** "Undo import" while this tab's latest import can still be taken back. */
export function UndoImportButton() {
  const lastImport = useIncidentState((s) => s.lastImport);
  const commands = useIncidentCommands();
  if (!lastImport) return null;
  return (
    <button
      type="button"
      className="button button--small"
      onClick={() => {
        if (commands.undoImport(lastImport.importId)) {
          showToast({ message: `Import undone: ${lastImport.added} events removed` });
        }
      }}
    >
      Undo import ({lastImport.added})
    </button>
  );
}
