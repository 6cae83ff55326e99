import { useState, type ChangeEvent, type FormEvent } from 'react';
import { problemOf } from '../lib/problem.ts';

/**
 * The draft of an item to add to a list, and its submit: a refused item (the command
 * throws) keeps its text and shows why; typing clears the message. Scope: session.
 */
export function useItemDraft(onAdd: (text: string) => void) {
  const [draft, setDraft] = useState('');
  const [error, setError] = useState<string | null>(null);
  return {
    draft,
    error,
    onChange(e: ChangeEvent<HTMLInputElement>) {
      setDraft(e.target.value);
      if (error) setError(null);
    },
    submit(e: FormEvent) {
      e.preventDefault();
      if (draft.trim() === '') return;
      try {
        onAdd(draft);
        setDraft('');
        setError(null);
      } catch (err) {
        setError(problemOf(err));
      }
    },
  };
}
