import { MIN_PASSWORD_LENGTH } from '@hindsight/shared';
import { useState } from 'react';
import { useLocation } from 'wouter';
import { setPasswordWithLink } from '../../../lib/session.ts';
import { Field } from '../Field.tsx';
import { FormFailure } from '../FormFailure.tsx';
import { useSubmit } from '../useSubmit.ts';

/** Sets a password with a one-time link's token, then goes home signed in. */
export function SetPasswordForm({ token }: { token: string }) {
  const [, navigate] = useLocation();
  const [password, setPassword] = useState('');
  const { error, busy, submit } = useSubmit(async () => {
    await setPasswordWithLink(token, password);
    navigate('/');
  });
  return (
    <form className="new-board" onSubmit={submit} aria-labelledby="set-password-title">
      <h2 id="set-password-title">Choose your password</h2>
      <Field
        label={`Password (at least ${MIN_PASSWORD_LENGTH} characters)`}
        type="password"
        autoComplete="new-password"
        required
        minLength={MIN_PASSWORD_LENGTH}
        value={password}
        onChange={setPassword}
        autoFocus
      />
      <FormFailure message={error} />
      <button type="submit" className="button button--primary button--block" disabled={busy}>
        {busy ? 'Saving…' : 'Set password and sign in'}
      </button>
    </form>
  );
}
