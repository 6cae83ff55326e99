import { useState } from 'react';
import { changePassword } from '../../../lib/session.ts';
import { Field } from '../Field.tsx';
import { FormFailure } from '../FormFailure.tsx';
import { PasswordHint } from '../PasswordHint.tsx';
import { passwordError } from '../reset/resetApi.ts';
import { useSubmit } from '../useSubmit.ts';

/** The current password and a new one; on success every other session has ended. */
export function ChangePasswordForm() {
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [tooWeak, setTooWeak] = useState<string | undefined>();
  const [done, setDone] = useState(false);
  const { error, busy, submit } = useSubmit(async () => {
    setDone(false);
    const problem = passwordError(next);
    setTooWeak(problem);
    if (problem) return;
    await changePassword(current, next);
    setCurrent('');
    setNext('');
    setDone(true);
  });

  return (
    <form onSubmit={submit} noValidate aria-label="Change password">
      <Field
        label="Current password"
        type="password"
        value={current}
        onChange={(v) => {
          setCurrent(v);
          setDone(false);
        }}
        autoComplete="current-password"
        autoFocus
      />
      <Field
        label="New password"
        type="password"
        value={next}
        onChange={(v) => {
          setNext(v);
          setTooWeak(undefined);
          setDone(false);
        }}
        autoComplete="new-password"
        hint={<PasswordHint />}
        error={tooWeak}
      />
      <FormFailure message={error} />
      {done && (
        <p className="link-page__lead" role="status">
          Your password was changed. Every other browser signed in to this account was signed out.
        </p>
      )}
      <button type="submit" className="button button--primary button--block" disabled={busy}>
        {busy ? 'Saving…' : 'Change password'}
      </button>
    </form>
  );
}
