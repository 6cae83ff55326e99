import {
  useCallback,
  useEffect,
  useLayoutEffect,
  useRef,
  useState,
  type ChangeEvent,
  type RefObject,
} from 'react';
import { mapIndex, receiveText, type Save } from './mergeText.ts';
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
  /** This person's saves since the last text that came from someone else: it may have crossed them. */
  const unseen = useRef<Save | null>(null);
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
    const before = { base: base.current, unseen: unseen.current };
    unseen.current = { from: before.unseen?.from ?? before.base, to: text };
    base.current = text;
    try {
      saveRef.current(text);
      setError(null);
      return true;
    } catch (e) {
      base.current = before.base;
      unseen.current = before.unseen;
      setError(problemOf(e));
      return false;
    }
  }, []);

  /** Saves a moment after the last change, and drops the draft then if the field was left. */
  const schedule = useCallback(() => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(() => {
      if (flush() && ref.current !== document.activeElement) show(null);
    }, SAVE_AFTER_MS);
  }, [flush, show]);

  // A text still waiting when the field goes away (the phase moved on) is saved.
  useEffect(
    () => () => {
      if (timer.current) flush();
    },
    [flush],
  );

  // Someone else saved the text: merge it with this person's draft, or with their own
  // last save when it crossed theirs on the network. A layout effect, writing straight
  // into the field: no keystroke can land between reading the draft and caret and
  // writing the merged text back.
  useLayoutEffect(() => {
    const theirs = stored;
    // Saving trims (every text schema does), so our own save can come back trimmed.
    if (theirs === base.current || theirs === base.current.trim()) {
      base.current = theirs;
      return;
    }
    const mine = draftRef.current;
    if (!prose) {
      if (mine === null) base.current = theirs;
      return;
    }
    const merged = receiveText(base.current, mine, theirs, unseen.current);
    base.current = theirs;
    // Only the first text after a save can have crossed it; later ones were written over it.
    unseen.current = null;
    if (merged !== (mine ?? theirs)) {
      const el = ref.current;
      if (mine !== null && el && el.value === mine) {
        const focused = el === document.activeElement;
        const [start, end] = [el.selectionStart ?? mine.length, el.selectionEnd ?? mine.length];
        el.value = merged;
        if (focused) {
          el.setSelectionRange(mapIndex(mine, merged, start), mapIndex(mine, merged, end));
        }
      }
      show(merged);
    }
    // What the others lack of it is saved, whether or not this person goes on typing.
    if (merged !== theirs) schedule();
  }, [stored, show, prose, schedule]);

  const onChange = useCallback(
    (e: ChangeEvent<E>) => {
      if (draftRef.current === null) base.current = stored;
      show(e.target.value);
      if (error) setError(null);
      if (prose) schedule();
    },
    [prose, error, show, stored, schedule],
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
