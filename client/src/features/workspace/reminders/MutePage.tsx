import { useEffect, useState } from 'react';
import { Link } from 'wouter';
import { ApiRequestError } from '../../../lib/http.ts';
import { Logo } from '../../../ui/Logo.tsx';
import { muteByLink } from './remindersApi.ts';
import '../people/people.css';

/**
 * `/mute#<token>`: the link in each reminder mail. It mutes only after a click (a mail
 * scanner opening the link mutes nobody), without signing in, and only the person the
 * link was made for.
 */
export function MutePage() {
  const [token] = useState(() => window.location.hash.replace(/^#/, ''));
  const [state, setState] = useState<'ask' | 'busy' | 'muted' | { error: string }>('ask');
  useEffect(() => {
    document.title = 'Mute reminders · Hindsight';
  }, []);
  const mute = async () => {
    setState('busy');
    try {
      await muteByLink(token);
      setState('muted');
    } catch (e) {
      setState({
        error: e instanceof ApiRequestError ? e.message : 'Something went wrong. Try again.',
      });
    }
  };
  return (
    <div className="people-page">
      <header className="people-page__header">
        <Logo />
      </header>
      <main className="people-page__main">
        <h1>Mute reminders</h1>
        {state === 'muted' ? (
          <p role="status">
            Your reminders are muted. You can turn them on again from your account menu.
          </p>
        ) : (
          <>
            <p>You will get no more reminders of your actions, by mail or otherwise.</p>
            <button
              type="button"
              className="button button--primary"
              disabled={state === 'busy' || token === ''}
              onClick={() => void mute()}
            >
              Mute my reminders
            </button>
            {typeof state === 'object' && (
              <p className="field-error" role="alert">
                {state.error}
              </p>
            )}
          </>
        )}
        <p>
          <Link href="/">Go to Hindsight</Link>
        </p>
      </main>
    </div>
  );
}
