import { useEffect, type ReactNode } from 'react';
import { Link } from 'wouter';
import { Logo } from '../../ui/Logo.tsx';
import { FormFailure } from './FormFailure.tsx';
import { SignedOut } from './people/SignedOut.tsx';
import './people/people.css';

interface Props {
  /** The page's heading, and its tab title. */
  readonly title: string;
  /** Why the page's data could not be read. */
  readonly error: string | null;
  /** The session ended while the page was open: it says so instead. */
  readonly signedOut: boolean;
  readonly children: ReactNode;
}

/** The frame of the workspace's admin pages (people, API tokens): header, heading, error. */
export function AdminPageFrame({ title, error, signedOut, children }: Props) {
  useEffect(() => {
    document.title = `${title} · Hindsight`;
  }, [title]);
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
        <h1>{title}</h1>
        <FormFailure message={error} />
        {children}
      </main>
    </div>
  );
}
