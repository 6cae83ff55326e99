import { useState } from 'react';
import { Link } from 'wouter';
import { signIn } from '../../../lib/session.ts';
import { Field } from '../Field.tsx';
import { FormFailure } from '../FormFailure.tsx';
import { useSubmit } from '../useSubmit.ts';
import { SsoSignIn } from '../sso/SsoSignIn.tsx';

/** Email and password; on success the session store says who is signed in. */
export function SignInForm() {
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const { error, busy, submit } = useSubmit(() => signIn(email, password));
  return (
    <form className="new-board" onSubmit={submit} aria-labelledby="sign-in-title">
      <h2 id="sign-in-title">Sign in</h2>
      <p className="new-board__hint">
        Sign in to start postmortems. Joining a board from its link needs no account.
      </p>
      <Field
        label="Email"
        type="email"
        autoComplete="username"
        required
        value={email}
        onChange={setEmail}
        autoFocus
      />
      <Field
        label="Password"
        type="password"
        autoComplete="current-password"
        required
        value={password}
        onChange={setPassword}
      />
      <FormFailure message={error} />
      <button type="submit" className="button button--primary button--block" disabled={busy}>
        {busy ? 'Signing in…' : 'Sign in'}
      </button>
      <p className="new-board__hint">
        <Link href="/forgot-password">Forgot password?</Link>
      </p>
      <SsoSignIn />
    </form>
  );
}
