import { useMemo } from 'react';
import { useActionItems } from '../../state/useActionItems.ts';

/**
 * Who owns which actions, as a reminder while the team picks the postmortem owner:
 * each owner with their count and how many they confirmed, and the actions nobody owns.
 */
export function ActionOwnersSummary() {
  const actions = useActionItems();
  const rows = useMemo(() => {
    const byOwner = new Map<string, { total: number; confirmed: number }>();
    for (const a of actions) {
      const key = a.owner ?? '';
      const row = byOwner.get(key) ?? { total: 0, confirmed: 0 };
      row.total++;
      if (a.ownerConfirmed) row.confirmed++;
      byOwner.set(key, row);
    }
    return [...byOwner].sort(([a], [b]) => (a === '' ? 1 : b === '' ? -1 : a.localeCompare(b)));
  }, [actions]);
  if (actions.length === 0) return null;
  return (
    <section className="pm-panel" aria-labelledby="owner-actions-title">
      <h3 id="owner-actions-title" className="pm-section-title">
        Action owners
      </h3>
      <ul className="owner-summary">
        {rows.map(([owner, row]) => (
          <li key={owner || '-'} className="owner-summary__row">
            <span className="owner-summary__name">{owner || 'Nobody yet'}</span>
            <span className="pm-muted">
              {row.total} {row.total === 1 ? 'action' : 'actions'}
              {owner && `, ${row.confirmed} confirmed`}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
