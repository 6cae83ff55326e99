import {
  activeFilters,
  EMPTY_VIEW,
  SORT_LABELS,
  sortOf,
  withoutFilters,
  type LibraryView,
} from './libraryView.ts';
import { LoadMore } from '../../ui/LoadMore.tsx';
import { ResultsTable } from './ResultsTable.tsx';
import type { LibraryResults } from './useLibraryResults.ts';

interface Props {
  readonly view: LibraryView;
  readonly results: LibraryResults;
  onChange(next: LibraryView): void;
}

/** What a view found: loading, an error with a retry, nothing (and how to widen), or the table. */
export function LibraryResultsView({ view, results, onChange }: Props) {
  const { items, error } = results;
  const narrowed = view.q !== '' || activeFilters(view) > 0;

  if (items === null) {
    if (error)
      return (
        <div className="lib-state" role="alert">
          <p>The postmortems could not be loaded: {error}</p>
          <button type="button" className="button" onClick={results.retry}>
            Try again
          </button>
        </div>
      );
    return (
      <p className="lib-state" role="status">
        Loading postmortems…
      </p>
    );
  }

  if (items.length === 0) {
    return (
      <div className="lib-state" role="status" data-testid="library-empty">
        {narrowed ? (
          <>
            <p>
              <strong>No postmortem matches</strong>
              {view.q !== '' && <> “{view.q}”</>}
              {activeFilters(view) > 0 && ' with these filters'}.
            </p>
            <div className="lib-state__actions">
              {activeFilters(view) > 0 && (
                <button
                  type="button"
                  className="button"
                  onClick={() => onChange(withoutFilters(view))}
                >
                  Clear filters
                </button>
              )}
              <button
                type="button"
                className="button button--ghost"
                onClick={() => onChange(EMPTY_VIEW)}
              >
                Show every postmortem
              </button>
            </div>
          </>
        ) : (
          <p>
            No postmortems yet. Start one with New postmortem; it appears here as the team writes
            it.
          </p>
        )}
      </div>
    );
  }

  const order = SORT_LABELS[sortOf(view)];
  const caption =
    view.q === ''
      ? `Postmortems, ${order.toLowerCase()}`
      : `Postmortems matching ${view.q}, ${order.toLowerCase()}`;
  return (
    <>
      <p className="lib-count" role="status">
        {order} · {items.length}
        {results.hasMore ? '+' : ''} shown
      </p>
      <ResultsTable items={items} query={view.q} caption={caption} />
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
      <LoadMore pages={results} />
    </>
  );
}
