import type { PostmortemListItem } from '@hindsight/shared';
import { useEffect, useId, useState } from 'react';
import { Combobox } from '../../ui/Combobox.tsx';
import { searchPostmortems } from './ledgerApi.ts';

/** Quiet time after a keystroke before the library is asked, ms. */
const SEARCH_DELAY_MS = 200;

interface Props {
  /** The postmortem the view is narrowed to (its id), or ''. */
  readonly value: string;
  /** Its title, when known. */
  readonly title?: string | undefined;
  onChange(boardId: string): void;
}

/**
 * The ledger's postmortem filter: a searchable select of the library's postmortems by
 * title (`GET /api/postmortems?q=`), the chosen one's id in the URL like the other filters.
 */
export function PostmortemPicker({ value, title, onChange }: Props) {
  const id = useId();
  const [text, setText] = useState<string | null>(null);
  const [found, setFound] = useState<readonly PostmortemListItem[]>([]);
  const query = text ?? '';
  const searching = text !== null;

  useEffect(() => {
    if (!searching) return;
    const controller = new AbortController();
    const timer = setTimeout(() => {
      searchPostmortems(query, controller.signal).then(setFound, () => {
        if (!controller.signal.aborted) setFound([]);
      });
    }, SEARCH_DELAY_MS);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [query, searching]);

  const shown = value ? (title ?? 'One postmortem') : '';
  return (
    <div className="ledger-filters__postmortem">
      <label htmlFor={id} className="field-label">
        Postmortem
      </label>
      <Combobox
        id={id}
        className="input pm-input-s"
        value={text ?? shown}
        options={found.map((p) => ({
          key: p.id,
          label: p.title,
          severity: p.severity,
          incidentAt: p.incidentAt,
        }))}
        listLabel="Postmortems"
        note={(p) => [p.severity, p.incidentAt.slice(0, 10)].filter(Boolean).join(' · ')}
        onChange={(e) => setText(e.target.value)}
        onPick={(p) => {
          setText(null);
          onChange(p.key);
        }}
        onEnter={() => {
          // Emptied and Enter: every postmortem again.
          if (text !== null && text.trim() === '' && value) onChange('');
          setText(null);
        }}
        onEscape={() => setText(null)}
        onBlur={() => setText(null)}
        placeholder="Any — type to search"
      />
      {value && (
        <button
          type="button"
          className="button button--ghost button--small"
          onClick={() => onChange('')}
        >
          Show every postmortem
        </button>
      )}
    </div>
  );
}
