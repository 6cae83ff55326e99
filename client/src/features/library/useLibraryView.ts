import { useCallback } from 'react';
import { useLocation, useSearch } from 'wouter';
import { formatLibraryView, parseLibraryView, type LibraryView } from './libraryView.ts';

/**
 * The library's view, read from the page's URL and changed by navigating, so each view
 * is a history entry: back and forward walk through them, and the URL can be shared.
 */
export function useLibraryView(): [LibraryView, (next: LibraryView) => void] {
  const search = useSearch();
  const [path, navigate] = useLocation();
  const view = parseLibraryView(search);
  const current = formatLibraryView(view);
  const show = useCallback(
    (next: LibraryView) => {
      const target = formatLibraryView(next);
      if (target !== current) navigate(`${path}${target}`);
    },
    [current, navigate, path],
  );
  return [view, show];
}
