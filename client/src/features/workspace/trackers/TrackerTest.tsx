import { TRACKER_LABELS, type TrackerKind, type TrackerTestResponse } from '@hindsight/shared';
import { useState } from 'react';
import { ApiRequestError } from '../../../lib/http.ts';
import { testConnection } from './trackersApi.ts';

/**
 * Tests a saved connection: the tracker says whom the token is, or the page says what
 * failed and what to check, with the tracker's own words for the admin underneath.
 */
export function TrackerTest({ kind }: { kind: TrackerKind }) {
  const label = TRACKER_LABELS[kind];
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<TrackerTestResponse | null>(null);
  const run = async () => {
    setBusy(true);
    try {
      setResult(await testConnection(kind));
    } catch (e) {
      const message = e instanceof ApiRequestError ? e.message : 'The test did not run. Try again.';
      setResult({ ok: false, message, detail: null });
    } finally {
      setBusy(false);
    }
  };
  return (
    <div className="tracker-test">
      <button
        type="button"
        className="button button--ghost"
        disabled={busy}
        onClick={() => void run()}
      >
        {busy ? 'Testing…' : `Test ${label} connection`}
      </button>
      <div role="status" data-testid={`tracker-${kind}-test`}>
        {result && (
          <p className={result.ok ? 'tracker-test__ok' : 'field-error'}>{result.message}</p>
        )}
        {result?.detail && (
          <p className="people-page__hint">
            {label} said: <q>{result.detail}</q>
          </p>
        )}
      </div>
    </div>
  );
}
