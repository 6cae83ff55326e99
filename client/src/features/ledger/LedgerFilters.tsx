import { ACTION_ITEM_STATUSES, DEFAULT_SEVERITIES, type ActionItemStatus } from '@hindsight/shared';
import { useId } from 'react';
import { STATUS_LABELS } from '../actions/StatusSelect.tsx';
import type { LedgerView } from './ledgerView.ts';
import { PostmortemPicker } from './PostmortemPicker.tsx';

interface Props {
  readonly view: LedgerView;
  onChange(view: LedgerView): void;
  /** The title of the postmortem the view is narrowed to, when known. */
  readonly postmortemTitle?: string | undefined;
  /** The signed-in person's name, which "My actions" also matches typed owners by. */
  readonly personName: string;
}

/** The ledger's filters; each change navigates, so the view lives in the URL. */
export function LedgerFilters({ view, onChange, postmortemTitle, personName }: Props) {
  const ids = { status: useId(), severity: useId(), service: useId() };
  const mine = view.owner === 'me';
  return (
    <div className="ledger-filters" role="group" aria-label="Filter actions">
      <div className="ledger-filters__who" role="group" aria-label="Whose actions">
        <button
          type="button"
          className="button button--ghost button--small"
          aria-pressed={!mine}
          onClick={() => onChange({ ...view, owner: '' })}
        >
          All actions
        </button>
        <button
          type="button"
          className="button button--ghost button--small"
          aria-pressed={mine}
          onClick={() => onChange({ ...view, owner: 'me' })}
        >
          My actions
        </button>
        {mine && (
          <span className="ledger-filters__mine" data-testid="my-actions-hint">
            Chosen as you, and also matched by name: older actions whose owner is typed “
            {personName}”
          </span>
        )}
      </div>
      <label htmlFor={ids.status} className="field-label">
        Status
      </label>
      <select
        id={ids.status}
        className="input pm-input-s"
        value={view.status}
        onChange={(e) => onChange({ ...view, status: e.target.value as ActionItemStatus | '' })}
      >
        <option value="">Any</option>
        {ACTION_ITEM_STATUSES.map((s) => (
          <option key={s} value={s}>
            {STATUS_LABELS[s]}
          </option>
        ))}
      </select>
      <label htmlFor={ids.severity} className="field-label">
        Severity
      </label>
      <select
        id={ids.severity}
        className="input pm-input-s"
        value={view.severity}
        onChange={(e) => onChange({ ...view, severity: e.target.value })}
      >
        <option value="">Any</option>
        {DEFAULT_SEVERITIES.map((s) => (
          <option key={s} value={s}>
            {s}
          </option>
        ))}
      </select>
      <label htmlFor={ids.service} className="field-label">
        Service
      </label>
      <input
        id={ids.service}
        key={view.service}
        className="input pm-input-s"
        defaultValue={view.service}
        onKeyDown={(e) => {
          if (e.key === 'Enter') onChange({ ...view, service: e.currentTarget.value.trim() });
        }}
        onBlur={(e) => {
          const service = e.currentTarget.value.trim();
          if (service !== view.service) onChange({ ...view, service });
        }}
      />
      <label className="ledger-filters__check">
        <input
          type="checkbox"
          checked={view.overdue}
          onChange={(e) => onChange({ ...view, overdue: e.target.checked })}
        />
        Overdue
      </label>
      <label className="ledger-filters__check">
        <input
          type="checkbox"
          checked={view.week}
          onChange={(e) => onChange({ ...view, week: e.target.checked })}
        />
        Due this week
      </label>
      <PostmortemPicker
        value={view.postmortem}
        title={postmortemTitle}
        onChange={(postmortem) => onChange({ ...view, postmortem })}
      />
    </div>
  );
}
