import {
  useCallback,
  useEffect,
  useLayoutEffect,
  useRef,
  useState,
  type ChangeEvent,
  type RefObject,
} from 'react';
import { mapIndex, mergeText } from './mergeText.ts';
import { problemOf } from './problem.ts';

/** Quiet time after a keystroke before the text is saved, ms. */
export const SAVE_AFTER_MS = 600;

type TextElement = HTMLInputElement | HTMLTextAreaElement;

export interface SyncedText<E extends TextElement> {
  /** What the field shows: the person's text while they edit, else the stored one. */
  readonly value: string;
  /** Spread onto the `<input>` or `<textarea>`: value, change, focus and blur, and a ref. */
  readonly field: {
    readonly ref: RefObject<E | null>;
    readonly value: string;
    readonly onChange: (e: ChangeEvent<E>) => void;
    readonly onFocus: () => void;
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
 * How a field is saved. `prose` (notes, a why, a title): a moment after the person stops
 * typing, so others see it as it is written, and merged with others' edits. `value` (an
 * owner, a link): on Enter or when the field is left, and the person's value wins.
 */
export type SyncedTextMode = 'prose' | 'value';

/**
 * A text field bound to a document value, saved as its mode says and when the field
 * loses focus.
 *
 * While the person edits, the field shows their draft. In prose mode the draft starts
 * at focus, and when someone else saves the same text meanwhile, their text is merged
 * into the draft (mergeText) with the caret kept where it was in the words: two people
 * writing the same notes both keep what they wrote, and the draft saved next carries
 * both. In value mode a remote change does not touch the draft; the last save wins.
 */
export function useSyncedText<E extends TextElement = HTMLTextAreaElement>(
  stored: string,
  save: (text: string) => void,
  mode: SyncedTextMode = 'prose',
): SyncedText<E> {
  const prose = mode === 'prose';
  const [draft, setDraft] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  /** The draft, readable from timers and effects without waiting for a render. */
  const draftRef = useRef<string | null>(null);
  /** The stored text the draft was written from; it moves on as others' saves merge in. */
  const base = useRef(stored);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const ref = useRef<E | null>(null);
  const saveRef = useRef(save);
  useEffect(() => {
    saveRef.current = save;
  }, [save]);

  const show = useCallback((text: string | null) => {
    draftRef.current = text;
    setDraft(text);
  }, []);

  /** Saves the draft if it changed anything; false when the save was refused. */
  const flush = useCallback((): boolean => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    const text = draftRef.current;
    if (text === null || text === base.current) return true;
    try {
      saveRef.current(text);
      base.current = text;
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
      if (timer.current) flush();
    },
    [flush],
  );

  // Someone else saved while this person was editing: merge it into the draft. A layout
  // effect, and straight into the field: no keystroke can land between reading the
  // draft and caret and writing the merged text back.
  useLayoutEffect(() => {
    const mine = draftRef.current;
    if (mine === null) {
      base.current = stored;
      return;
    }
    if (stored === base.current || !prose) return;
    const merged = mergeText(base.current, mine, stored);
    base.current = stored;
    if (merged === mine) return;
    const el = ref.current;
    if (el && el.value === mine) {
      const focused = el === document.activeElement;
      const [start, end] = [el.selectionStart ?? mine.length, el.selectionEnd ?? mine.length];
      el.value = merged;
      if (focused) el.setSelectionRange(mapIndex(mine, merged, start), mapIndex(mine, merged, end));
    }
    show(merged);
  }, [stored, show, prose]);

  const onChange = useCallback(
    (e: ChangeEvent<E>) => {
      if (draftRef.current === null) base.current = stored;
      show(e.target.value);
      if (error) setError(null);
      if (timer.current) clearTimeout(timer.current);
      timer.current = prose ? setTimeout(flush, SAVE_AFTER_MS) : null;
    },
    [flush, prose, error, show, stored],
  );
  const onFocus = useCallback(() => {
    if (!prose || draftRef.current !== null) return;
    base.current = stored;
    show(stored);
  }, [prose, show, stored]);
  const commit = useCallback(() => {
    if (draftRef.current !== null && flush()) show(null);
  }, [flush, show]);
  const revert = useCallback(() => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    show(null);
    setError(null);
  }, [show]);

  const value = draft ?? stored;
  return {
    value,
    field: { ref, value, onChange, onFocus, onBlur: commit },
    commit,
    revert,
    error,
  };
}
