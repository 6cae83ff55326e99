import { FilterField } from './FilterField.tsx';
import { SORT_LABELS, sortChoices, sortOf, withValue, type LibraryView } from './libraryView.ts';

/** The order of the library's results, beside the filters; a change is a new view (a new URL). */
export function SortSelect({
  view,
  onChange,
}: {
  view: LibraryView;
  onChange(next: LibraryView): void;
}) {
  return (
    <div className="lib-sort">
      <FilterField label="Sort by">
        {(id) => (
          <select
            id={id}
            className="input lib-filter__input"
            value={sortOf(view)}
            onChange={(e) => onChange(withValue(view, 'sort', e.target.value))}
          >
            {sortChoices(view).map((sort) => (
              <option key={sort} value={sort}>
                {SORT_LABELS[sort]}
              </option>
            ))}
          </select>
        )}
      </FilterField>
    </div>
  );
}
