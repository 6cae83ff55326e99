import { MIN_PASSWORD_LENGTH } from '@hindsight/shared';
import { useState } from 'react';
import { useLocation } from 'wouter';
import { completeSetup } from '../../../lib/session.ts';
import { Field } from '../Field.tsx';
import { FormFailure } from '../FormFailure.tsx';
import { useSubmit } from '../useSubmit.ts';

/** Creates the owner's account with the setup link's token, then goes home signed in. */
export function SetupForm({ token }: { token: string }) {
  const [, navigate] = useLocation();
  const [name, setName] = useState('');
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const { error, busy, submit } = useSubmit(async () => {
    await completeSetup({ token, name, email, password });
    navigate('/');
  });
  return (
    <form className="new-board" onSubmit={submit} aria-labelledby="setup-title">
      <h2 id="setup-title">Set up this workspace</h2>
      <p className="new-board__hint">
        Create the owner&apos;s account. The owner is an admin: they invite people and make API
        tokens.
      </p>
      <Field
        label="Your name"
        autoComplete="name"
        required
        value={name}
        onChange={setName}
        autoFocus
      />
      <Field
        label="Email"
        type="email"
        autoComplete="username"
        required
        value={email}
        onChange={setEmail}
      />
      <Field
        label={`Password (at least ${MIN_PASSWORD_LENGTH} characters)`}
        type="password"
        autoComplete="new-password"
        required
        minLength={MIN_PASSWORD_LENGTH}
        value={password}
        onChange={setPassword}
      />
      <FormFailure message={error} />
      <button type="submit" className="button button--primary button--block" disabled={busy}>
        {busy ? 'Creating…' : 'Create the owner account'}
      </button>
    </form>
  );
}
