import type { Pages } from '../lib/usePages.ts';

/** "Load more" under a paged list, while there is a page after the ones loaded. */
export function LoadMore({
  pages,
}: {
  pages: Pick<Pages<unknown>, 'hasMore' | 'loadingMore' | 'loadMore'>;
}) {
  if (!pages.hasMore) return null;
  return (
    <button
      type="button"
      className="button lib-more"
      disabled={pages.loadingMore}
      onClick={pages.loadMore}
    >
      {pages.loadingMore ? 'Loading…' : 'Load more'}
    </button>
  );
}
