import { useId, useState } from 'react';
import { Link } from 'wouter';
import type { PersonInfo } from '@hindsight/shared';
import { signOut, signOutEverywhere } from '../../../lib/session.ts';
import { ApiRequestError } from '../../../lib/http.ts';
import { MuteToggle } from '../reminders/MuteToggle.tsx';

/** The signed-in person's name in the header, opening sign out and sign out everywhere. */
export function AccountMenu({ person }: { person: PersonInfo }) {
  const [open, setOpen] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const menuId = useId();
  const run = (action: () => Promise<void>) => async () => {
    setError(null);
    try {
      await action();
    } catch (e) {
      setError(e instanceof ApiRequestError ? e.message : 'Something went wrong. Try again.');
    }
  };
  return (
    <div
      className="account-menu"
      onKeyDown={(e) => {
        if (e.key === 'Escape') setOpen(false);
      }}
    >
      <button
        type="button"
        className="button button--ghost"
        aria-expanded={open}
        aria-controls={menuId}
        onClick={() => setOpen((o) => !o)}
      >
        <span className="account-menu__name">{person.name}</span>
        <span className="account-menu__role">{person.role}</span>
      </button>
      {open && (
        <div id={menuId} className="account-menu__panel" role="group" aria-label="Account">
          <p className="account-menu__email">{person.email}</p>
          {person.role === 'admin' && (
            <>
              <Link href="/people" className="button button--ghost">
                People
              </Link>
              <Link href="/tokens" className="button button--ghost">
                API tokens
              </Link>
              <Link href="/reminders" className="button button--ghost">
                Reminders
              </Link>
              <Link href="/action-policy" className="button button--ghost">
                Action policy
              </Link>
              <Link href="/document-template" className="button button--ghost">
                Document template
              </Link>
              <Link href="/trackers" className="button button--ghost">
                Issue trackers
              </Link>
            </>
          )}
          <MuteToggle />
          {person.hasPassword && (
            <Link href="/account/password" className="button button--ghost">
              Change password
            </Link>
          )}
          <button
            type="button"
            className="button button--ghost"
            onClick={() => void run(signOut)()}
          >
            Sign out
          </button>
          <button
            type="button"
            className="button button--ghost"
            onClick={() => void run(signOutEverywhere)()}
          >
            Sign out everywhere
          </button>
          {error && (
            <p className="field-error" role="alert">
              {error}
            </p>
          )}
        </div>
      )}
    </div>
  );
}
