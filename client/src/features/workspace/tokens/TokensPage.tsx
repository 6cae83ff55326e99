import { useEffect } from 'react';
import { Link } from 'wouter';
import { Logo } from '../../../ui/Logo.tsx';
import { SignedOut } from '../people/SignedOut.tsx';
import '../people/people.css';
import { CreateTokenForm } from './CreateTokenForm.tsx';
import { TokenRow } from './TokenRow.tsx';
import { useTokensData } from './useTokensData.ts';

/** `/tokens` (admins): make API tokens for scripts, see when they were last used, revoke them. */
export function TokensPage() {
  const { tokens, fetchedAt, error, signedOut, reload } = useTokensData();
  useEffect(() => {
    document.title = 'API tokens · Hindsight';
  }, []);
  if (signedOut) return <SignedOut />;

  return (
    <div className="people-page">
      <header className="people-page__header">
        <Logo />
        <Link href="/" className="button button--ghost button--small">
          Back to postmortems
        </Link>
      </header>
      <main className="people-page__main">
        <h1>API tokens</h1>
        {error && (
          <p className="field-error" role="alert">
            {error}
          </p>
        )}
        <section aria-labelledby="create-token-title" className="people-page__section">
          <h2 id="create-token-title">Create a token</h2>
          <CreateTokenForm onCreated={reload} />
        </section>
        <section aria-labelledby="tokens-title" className="people-page__section">
          <h2 id="tokens-title">Tokens</h2>
          {tokens === null && !error && (
            <p className="people-page__hint" role="status">
              Loading…
            </p>
          )}
          {tokens?.length === 0 && <p className="people-page__hint">No token yet.</p>}
          <ul className="people-list">
            {tokens?.map((token) => (
              <TokenRow key={token.id} token={token} now={fetchedAt} onChanged={reload} />
            ))}
          </ul>
        </section>
      </main>
    </div>
  );
}
