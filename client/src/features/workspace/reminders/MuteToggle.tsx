import { useState } from 'react';
import { ApiRequestError } from '../../../lib/http.ts';
import { useFetched } from '../../../lib/useFetched.ts';
import { fetchMuted, setMuted } from './remindersApi.ts';

/** The account menu's switch for one's own reminders. */
export function MuteToggle() {
  const { data, reload } = useFetched(fetchMuted, 'muted');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  if (!data) return null;
  const toggle = async () => {
    setBusy(true);
    setError(null);
    try {
      await setMuted(!data.muted);
      reload();
    } catch (e) {
      setError(e instanceof ApiRequestError ? e.message : 'Something went wrong. Try again.');
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      <button
        type="button"
        role="switch"
        aria-checked={data.muted}
        className="button button--ghost"
        disabled={busy}
        onClick={() => void toggle()}
      >
        Mute my reminders
      </button>
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
    </>
  );
}
