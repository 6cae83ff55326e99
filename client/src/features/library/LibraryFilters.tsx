import { DEFAULT_SEVERITIES, POSTMORTEM_STATUSES } from '@hindsight/shared';
import { FacetInput } from './FacetInput.tsx';
import { FilterField } from './FilterField.tsx';
import {
  activeFilters,
  withoutFilters,
  withValue,
  type LibraryKey,
  type LibraryView,
} from './libraryView.ts';

const CHOICES = [
  { key: 'status', label: 'Status', options: POSTMORTEM_STATUSES },
  { key: 'severity', label: 'Severity', options: DEFAULT_SEVERITIES },
] as const;

const FACETS = [
  { key: 'service', label: 'Service', placeholder: 'Any service' },
  { key: 'tag', label: 'Tag', placeholder: 'Any tag' },
  { key: 'owner', label: 'Owner', placeholder: 'Anyone' },
] as const;

const DAYS = [
  { key: 'from', label: 'From' },
  { key: 'to', label: 'To' },
] as const;

/** The library's filters; every change is a new view (a new URL). */
export function LibraryFilters({
  view,
  onChange,
}: {
  view: LibraryView;
  onChange(next: LibraryView): void;
}) {
  const set = (key: LibraryKey) => (value: string) => onChange(withValue(view, key, value));
  const count = activeFilters(view);

  return (
    <fieldset className="lib-filters">
      <legend className="sr-only">Filters</legend>
      {CHOICES.map(({ key, label, options }) => (
        <FilterField key={key} label={label}>
          {(id) => (
            <select
              id={id}
              className="input lib-filter__input"
              value={view[key]}
              onChange={(e) => set(key)(e.target.value)}
            >
              <option value="">Any</option>
              {options.map((o) => (
                <option key={o} value={o}>
                  {o}
                </option>
              ))}
            </select>
          )}
        </FilterField>
      ))}
      {FACETS.map(({ key, label, placeholder }) => (
        // Keyed by the value: a new view (back, forward, cleared) shows its own text.
        <FacetInput
          key={`${key}:${view[key]}`}
          label={label}
          value={view[key]}
          placeholder={placeholder}
          onCommit={set(key)}
        />
      ))}
      {DAYS.map(({ key, label }) => (
        <FilterField key={key} label={label} className="lib-filter--day">
          {(id) => (
            <input
              id={id}
              type="date"
              className="input lib-filter__input"
              value={view[key]}
              onChange={(e) => set(key)(e.target.value)}
            />
          )}
        </FilterField>
      ))}
      {count > 0 && (
        <button
          type="button"
          className="button button--ghost button--small lib-filters__clear"
          onClick={() => onChange(withoutFilters(view))}
        >
          Clear {count === 1 ? 'filter' : `${count} filters`}
        </button>
      )}
    </fieldset>
  );
}
