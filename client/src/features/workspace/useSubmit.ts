import { useState, type FormEvent } from 'react';
import { ApiRequestError } from '../../lib/http.ts';

/** A form's submit: busy while it runs, the server's sentence as the error when it fails. */
export function useSubmit(action: () => Promise<void>) {
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await action();
    } catch (e) {
      setError(e instanceof ApiRequestError ? e.message : 'Something went wrong. Try again.');
    } finally {
      setBusy(false);
    }
  }
  return { error, busy, submit: (event: FormEvent) => void submit(event) };
}
