import type { IncidentPatch } from '@hindsight/shared';
import { useCallback, useState } from 'react';
import { useBoard } from '../../state/useBoard.ts';
import { useDraft } from '../../state/useDraft.ts';
import { useIncidentCommands } from '../../state/useIncidentCommands.ts';
import { refusal } from './factPatch.ts';

export interface FactDraft {
  /** What the person typed and has not saved, or undefined when nothing is pending. */
  readonly draft: string | undefined;
  readonly setDraft: (text: string) => void;
  /** Why the last save was refused; the draft is kept so nothing typed is lost. */
  readonly error: string | null;
  /**
   * Saves: `patch` builds the change from the draft, or returns a problem in words.
   * On success the draft is dropped (the field shows the stored value again).
   */
  readonly commit: (patch: (draft: string) => IncidentPatch | string) => boolean;
  /** Drops the draft and the error (Escape). */
  readonly revert: () => void;
}

/**
 * A facts field's text while it is being edited. The draft lives in the draft store
 * (per board and field), so a refused value, a remote change, a view switch or a reload
 * never loses what the person typed.
 */
export function useFactDraft(field: string): FactDraft {
  const boardId = useBoard((s) => s.boardId);
  const commands = useIncidentCommands();
  const [draft, setStored, clear] = useDraft(`${boardId}/incident/${field}`);
  const [error, setError] = useState<string | null>(null);

  const setDraft = useCallback(
    (text: string) => {
      setStored(text);
      setError(null);
    },
    [setStored],
  );
  const commit = useCallback(
    (patch: (draft: string) => IncidentPatch | string) => {
      if (draft === undefined) return true;
      const change = patch(draft);
      if (typeof change === 'string') {
        setError(change);
        return false;
      }
      try {
        commands.updateIncident(change);
      } catch (e) {
        setError(refusal(e, field));
        return false;
      }
      clear();
      setError(null);
      return true;
    },
    [draft, commands, clear, field],
  );
  const revert = useCallback(() => {
    clear();
    setError(null);
  }, [clear]);
  return { draft, setDraft, error, commit, revert };
}
