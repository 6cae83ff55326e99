import { useCallback, useEffect, useRef, useState } from 'react';
import { problemOf } from './problem.ts';

/** Quiet time after a keystroke before the text is saved, ms. */
export const SAVE_AFTER_MS = 600;

export interface SyncedText {
  /** What the field shows: the person's text while they edit, else the stored one. */
  readonly value: string;
  readonly onChange: (text: string) => void;
  /** Saves at once and shows the stored value again (when the save worked). */
  readonly onBlur: () => void;
  /** The same as `onBlur`, for Enter. */
  readonly commit: () => void;
  /** Drops the person's text and shows the stored value (Escape). */
  readonly revert: () => void;
  /** Why the last save was refused; the text is kept so nothing typed is lost. */
  readonly error: string | null;
}

/**
 * A text field bound to a document value: saved a moment after the person stops typing
 * (so others see it as it is written) and when the field loses focus. While the person
 * edits, a remote change of the same value does not overwrite their text; the last
 * save wins, as the shared model says for these fields.
 */
export function useSyncedText(
  stored: string,
  save: (text: string) => void,
  /** False: save only on blur (or {@link SyncedText.commit}), for values like an owner. */
  live = true,
): SyncedText {
  const [draft, setDraft] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const pending = useRef<{ text: string; handle: ReturnType<typeof setTimeout> } | null>(null);
  const saveRef = useRef(save);
  useEffect(() => {
    saveRef.current = save;
  }, [save]);

  const flush = useCallback((text: string): boolean => {
    if (pending.current) clearTimeout(pending.current.handle);
    pending.current = null;
    try {
      saveRef.current(text);
      setError(null);
      return true;
    } catch (e) {
      setError(problemOf(e));
      return false;
    }
  }, []);

  // A text still waiting when the field goes away (the phase moved on) is saved.
  useEffect(
    () => () => {
      if (pending.current) flush(pending.current.text);
    },
    [flush],
  );

  const onChange = useCallback(
    (text: string) => {
      setDraft(text);
      if (error) setError(null);
      if (pending.current) clearTimeout(pending.current.handle);
      pending.current = live
        ? { text, handle: setTimeout(() => flush(text), SAVE_AFTER_MS) }
        : null;
    },
    [flush, live, error],
  );
  const onBlur = useCallback(() => {
    if (draft === null) return;
    if (flush(draft)) setDraft(null);
  }, [draft, flush]);
  const revert = useCallback(() => {
    if (pending.current) clearTimeout(pending.current.handle);
    pending.current = null;
    setDraft(null);
    setError(null);
  }, []);

  return { value: draft ?? stored, onChange, onBlur, commit: onBlur, revert, error };
}
