import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { QUERY_MAX } from './libraryView.ts';

/**
 * The library's search box: the query runs on Enter (a history entry per search, so back
 * returns to the previous one). `/` anywhere on the page outside a field jumps here.
 * Give it `key={query}` so a new view (back, forward, a cleared search) shows its query.
 */
export function SearchBox({ query, onSearch }: { query: string; onSearch(q: string): void }) {
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const [text, setText] = useState(query);

  useEffect(() => {
    function onKey(e: KeyboardEvent) {
      if (e.key !== '/' || e.ctrlKey || e.metaKey || e.altKey) return;
      const target = e.target as HTMLElement | null;
      if (target?.closest('input, textarea, select, [contenteditable="true"]')) return;
      e.preventDefault();
      input.current?.focus();
    }
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  function submit(e: FormEvent) {
    e.preventDefault();
    onSearch(text.trim());
  }

  return (
    <form role="search" className="lib-search" onSubmit={submit} aria-label="Search postmortems">
      <label htmlFor={id} className="sr-only">
        Search postmortems
      </label>
      <svg className="lib-search__icon" viewBox="0 0 20 20" aria-hidden="true">
        <circle cx="8.5" cy="8.5" r="5.5" />
        <path d="M13 13l4.5 4.5" />
      </svg>
      <input
        ref={input}
        id={id}
        type="search"
        className="input lib-search__input"
        value={text}
        maxLength={QUERY_MAX}
        onChange={(e) => setText(e.target.value)}
        placeholder="Search titles, timelines, whys, root causes, actions…"
        aria-describedby={`${id}-hint`}
        autoComplete="off"
      />
      <button type="submit" className="button button--primary">
        Search
      </button>
      <p id={`${id}-hint`} className="lib-search__hint">
        <kbd>"exact phrase"</kbd> <kbd>-exclude</kbd> <kbd>OR</kbd> · press <kbd>/</kbd> to search
      </p>
    </form>
  );
}
