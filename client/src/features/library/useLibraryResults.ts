import type { PostmortemListItem } from '@hindsight/shared';
import { usePages, type Pages } from '../../lib/usePages.ts';
import { fetchPostmortems } from './libraryApi.ts';
import { formatLibraryView, type LibraryView } from './libraryView.ts';

export type LibraryResults = Pages<PostmortemListItem>;

/** The library's pages for a view: the first whenever the view changes, then more on demand. */
export function useLibraryResults(view: LibraryView): LibraryResults {
  return usePages(formatLibraryView(view), (cursor, signal) =>
    fetchPostmortems(view, cursor, signal),
  );
}
