import { DEFAULT_TIME_ZONE } from '@hindsight/shared';
import { useId, useMemo, useState } from 'react';
import { allTimeZones, searchZones } from './timeZones.ts';

interface Props {
  readonly value: string;
  readonly onChange: (zone: string) => void;
  /** The visible label of the search box. */
  readonly label: string;
  readonly disabled?: boolean;
  readonly describedBy?: string;
}

/**
 * An IANA zone picker: type to search ("berlin", "new york", "+05:30" does not count),
 * then pick from the list with the mouse or the arrow keys. The chosen zone stays listed
 * first so it is visible even when the search hides it.
 */
export function ZoneSelect({ value, onChange, label, disabled, describedBy }: Props) {
  const id = useId();
  const [query, setQuery] = useState('');
  const zones = useMemo(() => allTimeZones(), []);
  const matches = useMemo(() => searchZones(zones, query, value), [zones, query, value]);

  return (
    <div className="zone-select">
      <label htmlFor={`${id}-search`} className="field-label">
        {label}
      </label>
      <input
        id={`${id}-search`}
        type="search"
        className="input tl-input"
        placeholder={`Search zones (now ${value || DEFAULT_TIME_ZONE})`}
        value={query}
        disabled={disabled}
        onChange={(e) => setQuery(e.target.value)}
        onKeyDown={(e) => {
          const first = matches.find((zone) => zone !== value) ?? matches[0];
          if (e.key === 'Enter' && first) {
            e.preventDefault();
            onChange(first);
            setQuery('');
          }
        }}
        aria-describedby={describedBy}
        aria-controls={`${id}-list`}
        autoComplete="off"
      />
      <select
        id={`${id}-list`}
        className="input tl-input zone-select__list"
        size={5}
        value={value}
        disabled={disabled}
        aria-label={`${label}: matching zones`}
        onChange={(e) => onChange(e.target.value)}
      >
        {matches.map((zone) => (
          <option key={zone} value={zone}>
            {zone.replaceAll('_', ' ')}
          </option>
        ))}
      </select>
    </div>
  );
}
