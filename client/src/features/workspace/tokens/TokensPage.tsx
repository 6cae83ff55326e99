import { AdminPageFrame } from '../AdminPageFrame.tsx';
import { CreateTokenForm } from './CreateTokenForm.tsx';
import { TokenRow } from './TokenRow.tsx';
import { useTokensData } from './useTokensData.ts';

/** `/tokens` (admins): make API tokens for scripts, see when they were last used, revoke them. */
export function TokensPage() {
  const { tokens, fetchedAt, error, signedOut, reload } = useTokensData();

  return (
    <AdminPageFrame title="API tokens" error={error} signedOut={signedOut}>
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
    </AdminPageFrame>
  );
}
