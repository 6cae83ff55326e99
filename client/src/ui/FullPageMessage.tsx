import type { ReactNode } from 'react';
import { Link } from 'wouter';

interface Props {
  readonly title: string;
  readonly children: ReactNode;
  /** Extra actions (buttons) under the message. */
  readonly actions?: ReactNode;
  readonly tone?: 'neutral' | 'problem';
  /** The way back to the home page; off where the home page is the one speaking. */
  readonly homeLink?: boolean;
}

/** A whole-page explanation: bad link, unknown board, lost access. */
export function FullPageMessage({
  title,
  children,
  actions,
  tone = 'problem',
  homeLink = true,
}: Props) {
  return (
    <main className={`full-page full-page--${tone}`} data-testid="full-page-message">
      <div className="full-page__card">
        <div className="full-page__icon" aria-hidden="true">
          {tone === 'problem' ? '!' : '…'}
        </div>
        <h1>{title}</h1>
        <div className="full-page__body">{children}</div>
        <div className="full-page__actions">
          {actions}
          {homeLink && (
            <Link href="/" className="button button--ghost">
              Start a new postmortem
            </Link>
          )}
        </div>
      </div>
    </main>
  );
}
