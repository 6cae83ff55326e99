import { useState } from 'react';
import type { PublicLinkStatus } from '@hindsight/shared';
import { ApiRequestError } from '../../lib/http.ts';
import { CopyButton } from '../../ui/CopyButton.tsx';
import { createPublicLink, revokePublicLink } from './publishedApi.ts';

interface Props {
  readonly boardId: string;
  readonly initial: PublicLinkStatus;
  /** The person may make and revoke the link (members and admins). */
  readonly canShare: boolean;
}

const DATE = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

const message = (e: unknown) =>
  e instanceof ApiRequestError ? e.message : 'Something went wrong. Try again.';

/**
 * Whether the postmortem has a public link, and for those who may, making, copying and
 * revoking it. The link is shown once, to whoever made it: the server keeps only its hash.
 */
export function PublicLinkPanel({ boardId, initial, canShare }: Props) {
  const [status, setStatus] = useState(initial);
  const [url, setUrl] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [said, setSaid] = useState('');

  async function run(action: () => Promise<void>) {
    setBusy(true);
    setError(null);
    try {
      await action();
    } catch (e) {
      setError(message(e));
    } finally {
      setBusy(false);
    }
  }

  const make = () =>
    run(async () => {
      const made = await createPublicLink(boardId);
      setStatus(made.status);
      setUrl(made.url);
      setSaid('Public link made. Copy it now: it is shown only this once.');
    });
  const revoke = () =>
    run(async () => {
      await revokePublicLink(boardId);
      setStatus({ exists: false, createdAt: null, createdBy: null });
      setUrl(null);
      setSaid('Public link revoked. It no longer opens this postmortem.');
    });

  return (
    <section className="published__share" aria-labelledby="public-link-title">
      <h2 id="public-link-title">Public link</h2>
      {status.exists ? (
        <p data-testid="public-link-state">
          A public link exists
          {status.createdBy ? `, made by ${status.createdBy}` : ''}
          {status.createdAt !== null ? ` on ${DATE.format(status.createdAt)}` : ''}. Anyone who has
          it reads this page without signing in.
        </p>
      ) : (
        <p data-testid="public-link-state">
          No public link: only people of the workspace can read this postmortem.
        </p>
      )}
      {url && (
        <div className="published__link">
          <label htmlFor="public-link-url">Public link</label>
          <input id="public-link-url" readOnly value={url} onFocus={(e) => e.target.select()} />
          <CopyButton text={url} label="Copy public link" />
        </div>
      )}
      {status.exists && !url && canShare && (
        <p className="published__note">
          The link is shown once, when it is made. Make a new one to copy it; the old one stops
          working.
        </p>
      )}
      {canShare && (
        <div className="published__share-actions">
          <button type="button" className="button button--small" disabled={busy} onClick={make}>
            {status.exists ? 'Make a new public link' : 'Make a public link'}
          </button>
          {status.exists && (
            <button
              type="button"
              className="button button--small button--ghost"
              disabled={busy}
              onClick={revoke}
            >
              Revoke public link
            </button>
          )}
        </div>
      )}
      <p className="published__said" role="status">
        {said}
      </p>
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
    </section>
  );
}
