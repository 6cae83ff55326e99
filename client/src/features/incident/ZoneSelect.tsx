import { useId, useMemo, useState } from 'react';
import { Combobox, type ComboboxOption } from '../../ui/Combobox.tsx';
import { allTimeZones, searchZones, zoneInfo, type ZoneInfo } from './timeZones.ts';

interface Props {
  readonly value: string;
  readonly onChange: (zone: string) => void;
  /** The visible label of the search box. */
  readonly label: string;
  readonly disabled?: boolean;
  readonly describedBy?: string;
}

const shown = (zone: string) => zone.replaceAll('_', ' ');

type ZoneOption = ZoneInfo & ComboboxOption;

/**
 * An IANA zone picker: a combobox that searches the ~400 zones by place ("Berlin"),
 * abbreviation ("CET") or offset ("+01"), with the chosen zone listed first. Down opens
 * the list, Enter picks, Escape closes it, then puts back the chosen zone's name.
 */
export function ZoneSelect({ value, onChange, label, disabled, describedBy }: Props) {
  const id = useId();
  const [query, setQuery] = useState<string | null>(null);
  // Offsets and names as of when the picker opens.
  const [zones] = useState(() => allTimeZones().map((zone) => zoneInfo(zone, Date.now())));
  const matches = useMemo(
    () =>
      searchZones(zones, query ?? '', value).map((z) => ({
        ...z,
        key: z.zone,
        label: shown(z.zone),
      })),
    [zones, query, value],
  );
  const note = (z: ZoneInfo) =>
    `UTC${z.offset}${z.names[0] && !z.names[0].startsWith('GMT') ? ` · ${z.names[0]}` : ''}`;

  return (
    <div className="zone-select">
      <label htmlFor={`${id}-search`} className="field-label">
        {label}
      </label>
      {disabled ? (
        <p id={`${id}-search`} className="input tl-input" aria-describedby={describedBy}>
          {shown(value)}
        </p>
      ) : (
        <Combobox<ZoneOption>
          id={`${id}-search`}
          className="input tl-input"
          value={query ?? shown(value)}
          options={matches}
          listLabel={`${label}: matching zones`}
          note={note}
          placeholder="Search by city, CET or +01"
          describedBy={describedBy}
          onChange={(e) => setQuery(e.target.value)}
          onPick={(zone) => {
            onChange(zone.zone);
            setQuery(null);
          }}
          onEnter={() => {
            const first = matches.find((z) => z.zone !== value) ?? matches[0];
            if (query !== null && first) onChange(first.zone);
            setQuery(null);
          }}
          onEscape={() => setQuery(null)}
          onBlur={() => setQuery(null)}
        />
      )}
    </div>
  );
}
