import { useCallback, useRef, useState, type ChangeEvent, type RefObject } from 'react';
import { problemOf } from './problem.ts';

type TextElement = HTMLInputElement | HTMLTextAreaElement;

export interface SyncedText<E extends TextElement> {
  /** What the field shows: the person's text while they edit, else the stored one. */
  readonly value: string;
  /** Spread onto the `<input>` or `<textarea>`: value, change and blur, and a ref. */
  readonly field: {
    readonly ref: RefObject<E | null>;
    readonly value: string;
    readonly onChange: (e: ChangeEvent<E>) => void;
    readonly onBlur: () => void;
  };
  /** Saves at once and shows the stored value again (when the save worked); for Enter. */
  readonly commit: () => void;
  /** Drops the person's text and shows the stored value (Escape). */
  readonly revert: () => void;
  /** Why the last save was refused; the text is kept so nothing typed is lost. */
  readonly error: string | null;
}

/**
 * A text field bound to a document value (an owner, a title, a link), saved on Enter
 * or when the field is left. While the person edits, the field shows their draft, which
 * a change by someone else does not touch; the last save wins. Free text that several
 * people write at once is prose instead (useProseField), merged as text.
 */
export function useSyncedText<E extends TextElement = HTMLInputElement>(
  stored: string,
  save: (text: string) => void,
): SyncedText<E> {
  const [draft, setDraft] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const ref = useRef<E | null>(null);

  const onChange = useCallback(
    (e: ChangeEvent<E>) => {
      setDraft(e.target.value);
      if (error) setError(null);
    },
    [error],
  );
  const commit = useCallback(() => {
    if (draft === null) return;
    if (draft === stored) {
      setDraft(null);
      return;
    }
    try {
      save(draft);
      setDraft(null);
      setError(null);
    } catch (e) {
      setError(problemOf(e));
    }
  }, [draft, stored, save]);
  const revert = useCallback(() => {
    setDraft(null);
    setError(null);
  }, []);

  const value = draft ?? stored;
  return { value, field: { ref, value, onChange, onBlur: commit }, commit, revert, error };
}
