import { useState, type FormEvent } from 'react';
import { ApiRequestError } from '../../lib/http.ts';

/**
 * A form's submit: busy while it runs, the server's sentence as the error when it fails.
 * An action that leaves the page answers `'leaving'`: the form stays busy until it has gone.
 */
export function useSubmit(action: () => Promise<'leaving' | void>) {
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      if ((await action()) !== 'leaving') setBusy(false);
    } catch (e) {
      setError(e instanceof ApiRequestError ? e.message : 'Something went wrong. Try again.');
      setBusy(false);
    }
  }
  return { error, busy, submit: (event: FormEvent) => void submit(event) };
}
