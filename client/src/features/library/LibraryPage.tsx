import { LibraryFilters } from './LibraryFilters.tsx';
import { LibraryResultsView } from './LibraryResultsView.tsx';
import { SearchBox } from './SearchBox.tsx';
import { SortSelect } from './SortSelect.tsx';
import { useLibraryResults } from './useLibraryResults.ts';
import { useLibraryView } from './useLibraryView.ts';
import './library.css';

/** The library: every postmortem of the workspace, searched, filtered and ordered from the URL. */
export function LibraryPage() {
  const [view, show] = useLibraryView();
  const results = useLibraryResults(view);

  return (
    <section className="library" aria-labelledby="library-title">
      <div className="library__head">
        <h2 id="library-title">Postmortems</h2>
        <p className="library__lede">
          Every postmortem in the workspace. Search what the teams wrote, down to the whys.
        </p>
      </div>
      <SearchBox key={view.q} query={view.q} onSearch={(q) => show({ ...view, q })} />
      <div className="lib-controls">
        <LibraryFilters view={view} onChange={show} />
        <SortSelect view={view} onChange={show} />
      </div>
      <LibraryResultsView view={view} results={results} onChange={show} />
    </section>
  );
}
