import type { OnTimeRate } from '@hindsight/shared';
import { useFetched } from '../../lib/useFetched.ts';
import { fetchStats } from './ledgerApi.ts';

const percent = (rate: number) => `${Math.round(rate * 100)}%`;

function label(r: OnTimeRate): string {
  return r.severity === 'none' ? 'No severity' : r.severity;
}

/**
 * The on-time rate per severity above the ledger: resolved by their due date, of the
 * resolved ones that had one, and the open ones overdue. Severities with nothing to say
 * are left out; the whole figure waits until some action has a due date.
 */
export function OnTimeFigures() {
  const stats = useFetched((signal) => fetchStats(signal), 'stats', { whenShown: true });
  const rates = (stats.data?.rates ?? []).filter((r) => r.resolvedWithDue > 0 || r.overdueOpen > 0);
  if (rates.length === 0) return null;
  return (
    <section className="on-time" aria-labelledby="on-time-title" data-testid="on-time">
      <h2 id="on-time-title" className="on-time__title">
        On time
      </h2>
      <dl className="on-time__list">
        {rates.map((r) => (
          <div key={r.severity} className="on-time__item" data-severity={r.severity}>
            <dt>{label(r)}</dt>
            <dd>
              <strong>{r.rate === null ? '—' : percent(r.rate)}</strong>{' '}
              <span className="on-time__detail">
                {r.resolvedWithDue === 0
                  ? 'none resolved with a due date yet'
                  : `${r.resolvedOnTime} of ${r.resolvedWithDue} resolved by their due date`}
                {r.overdueOpen > 0 ? `; ${r.overdueOpen} open overdue` : ''}
              </span>
            </dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
