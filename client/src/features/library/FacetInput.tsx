import { useState } from 'react';
import { FilterField } from './FilterField.tsx';
import { FACET_MAX } from './libraryView.ts';

interface Props {
  readonly label: string;
  readonly value: string;
  readonly placeholder: string;
  onCommit(value: string): void;
}

/**
 * A text filter that applies when the person presses Enter or leaves the field. Give it
 * `key={value}` so a new view (back, forward, cleared filters) shows its own value.
 */
export function FacetInput({ label, value, placeholder, onCommit }: Props) {
  const [text, setText] = useState(value);
  const commit = () => {
    if (text.trim() !== value) onCommit(text.trim());
  };

  return (
    <FilterField label={label}>
      {(id) => (
        <input
          id={id}
          className="input lib-filter__input"
          value={text}
          maxLength={FACET_MAX}
          placeholder={placeholder}
          autoComplete="off"
          onChange={(e) => setText(e.target.value)}
          onBlur={commit}
          onKeyDown={(e) => {
            if (e.key === 'Enter') {
              e.preventDefault();
              commit();
            }
          }}
        />
      )}
    </FilterField>
  );
}
