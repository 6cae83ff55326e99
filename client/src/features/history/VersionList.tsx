import type { VersionInfo } from '@hindsight/shared';
import { versionTime } from './versionTime.ts';

interface Props {
  readonly versions: readonly VersionInfo[];
  readonly selected: string | null;
  readonly onSelect: (id: string) => void;
  /** The moment "today" is judged from, ms. */
  readonly now: number;
}

/** The versions, newest first: when, what happened then, and what changed. */
export function VersionList({ versions, selected, onSelect, now }: Props) {
  return (
    <ol className="history-list" aria-label="Versions, newest first">
      {versions.map((v) => (
        <li key={v.id}>
          <button
            type="button"
            className="history-list__item"
            aria-pressed={v.id === selected}
            data-testid="version"
            onClick={() => onSelect(v.id)}
          >
            <span className="history-list__head">
              <time dateTime={new Date(v.takenAt).toISOString()} className="history-list__time">
                {versionTime(v.takenAt, now)}
              </time>
              <span className="history-list__label">{v.label}</span>
            </span>
            <span className="history-list__summary" data-testid="version-summary">
              {v.summary}
            </span>
          </button>
        </li>
      ))}
    </ol>
  );
}
