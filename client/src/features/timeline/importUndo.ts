/**
 * Undoing an import and restoring it, with what the person is told: how many events were
 * removed, how many changed since were kept, and a way back.
 */
import type { ImportUndone } from '@hindsight/shared';
import type { IncidentCommands } from '../../state/incidentCommands.ts';
import { showToast } from '../../state/toastStore.ts';

const events = (n: number) => `${n} ${n === 1 ? 'event' : 'events'}`;

/** "Import undone: 12 events removed; 2 changed since were kept". */
export function importUndoneText({ removed, kept }: ImportUndone): string {
  const keptText =
    kept.length === 0
      ? ''
      : `; ${events(kept.length)} changed since ${kept.length === 1 ? 'was' : 'were'} kept`;
  if (removed.length === 0) return `Nothing to undo: every imported event was changed since`;
  return `Import undone: ${events(removed.length)} removed${keptText}`;
}

/** Undoes this tab's latest import and says what it did, offering to restore it. */
export function undoImportAndTell(commands: IncidentCommands, importId: string): void {
  const undone = commands.undoImport(importId);
  if (!undone) return;
  showToast({
    message: importUndoneText(undone),
    action:
      undone.removed.length > 0
        ? { label: 'Restore import', run: () => restoreImportAndTell(commands, importId) }
        : undefined,
  });
}

/** Restores what the undo removed and says so, offering to undo again. */
export function restoreImportAndTell(commands: IncidentCommands, importId: string): void {
  const restored = commands.restoreImport(importId);
  if (restored === 0) return;
  showToast({
    message: `Import restored: ${events(restored)} back`,
    action: { label: 'Undo import', run: () => undoImportAndTell(commands, importId) },
  });
}
