import { useEffect } from 'react';
import { useClusterCommands } from '../../state/useClusterCommands.ts';

const TEXT_INPUTS = new Set(['text', 'search', 'url', 'email', 'tel', 'password', 'number']);

/** Whether a key press there belongs to a text field (its own undo), not to the board. */
export function isTextEntry(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable || target.tagName === 'TEXTAREA') return true;
  return target instanceof HTMLInputElement && TEXT_INPUTS.has(target.type);
}

/**
 * Ctrl/Cmd+Z undoes this tab's latest clustering move, Shift+Ctrl/Cmd+Z (or Ctrl+Y)
 * redoes it, while the clustering board is on screen and outside text fields.
 */
export function useUndoShortcuts(enabled: boolean): void {
  const commands = useClusterCommands();
  useEffect(() => {
    if (!enabled) return;
    const onKey = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || event.altKey || isTextEntry(event.target)) return;
      const key = event.key.toLowerCase();
      if (key === 'z' && !event.shiftKey) {
        event.preventDefault();
        commands.undo();
      } else if ((key === 'z' && event.shiftKey) || (key === 'y' && !event.metaKey)) {
        event.preventDefault();
        commands.redo();
      }
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [enabled, commands]);
}
