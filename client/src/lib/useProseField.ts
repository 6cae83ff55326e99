import {
  useCallback,
  useEffect,
  useLayoutEffect,
  useRef,
  useState,
  type ChangeEvent,
  type RefObject,
} from 'react';
import { editBetween, mapIndex, type TextChange } from '@hindsight/shared';
import { problemOf } from './problem.ts';

type TextElement = HTMLInputElement | HTMLTextAreaElement;

export interface ProseField<E extends TextElement> {
  /** What the field shows: the stored text, or a change that was refused. */
  readonly value: string;
  /** Spread onto the `<input>` or `<textarea>`. */
  readonly field: {
    readonly ref: RefObject<E | null>;
    readonly value: string;
    readonly onChange: (e: ChangeEvent<E>) => void;
  };
  /** Puts the stored text back after a refused change (Escape). */
  readonly revert: () => void;
  /** Why the last change was refused; the text stays in the field so nothing is lost. */
  readonly error: string | null;
}

/**
 * A text field bound to a prose field of the document (a shared text, merged by Yjs).
 * Every change is sent as it is typed, as the change from what the field showed
 * (`edit`), so two people typing in the same field at once both keep their words,
 * deletions included. Others' edits appear as they arrive, with the caret kept where it
 * was in the words.
 */
export function useProseField<E extends TextElement = HTMLTextAreaElement>(
  stored: string,
  edit: (change: TextChange) => void,
): ProseField<E> {
  /** The stored text as the field shows it; it follows `stored` in the layout effect. */
  const [text, setText] = useState(stored);
  const [refused, setRefused] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  /** `text`, readable in handlers without waiting for a render: what a change is made from. */
  const shown = useRef(stored);
  const ref = useRef<E | null>(null);
  const editRef = useRef(edit);
  useEffect(() => {
    editRef.current = edit;
  }, [edit]);

  // Someone else changed the text: the field shows it at once, in a layout effect that
  // writes straight into the field, so no keystroke lands between reading the caret and
  // putting it back where it was in the words.
  useLayoutEffect(() => {
    const before = shown.current;
    if (stored === before) return;
    shown.current = stored;
    const el = ref.current;
    if (refused === null && el && el.value === before && el === document.activeElement) {
      const moved = editBetween(before, stored);
      const [start, end] = [el.selectionStart ?? before.length, el.selectionEnd ?? before.length];
      el.value = stored;
      el.setSelectionRange(mapIndex(start, moved), mapIndex(end, moved));
    }
    setText(stored);
  }, [stored, refused]);

  const onChange = useCallback((e: ChangeEvent<E>) => {
    const after = e.target.value;
    try {
      editRef.current({ before: shown.current, after });
      shown.current = after;
      setText(after);
      setRefused(null);
      setError(null);
    } catch (err) {
      setRefused(after);
      setError(problemOf(err));
    }
  }, []);

  const revert = useCallback(() => {
    setRefused(null);
    setError(null);
  }, []);

  const value = refused ?? text;
  return { value, field: { ref, value, onChange }, revert, error };
}
