import { useEffect, useState } from 'react';
import { Link } from 'wouter';
import { loadSession, useSession } from '../../../lib/session.ts';
import { FullPageMessage } from '../../../ui/FullPageMessage.tsx';
import { HomeShell } from '../../home/HomeShell.tsx';
import { takeHashToken } from './hashToken.ts';
import { NotSetUp } from './NotSetUp.tsx';
import { SetPasswordForm } from './SetPasswordForm.tsx';
import { SetupForm } from './SetupForm.tsx';

/** `/setup#token`: the first start's link, which creates the owner. */
export function SetupPage() {
  const [token] = useState(takeHashToken);
  const session = useSession();
  useEffect(() => {
    document.title = 'Set up · Hindsight';
    void loadSession();
  }, []);
  if (session.kind === 'loading') return null;
  if (session.kind !== 'needs-setup') {
    return (
      <FullPageMessage
        title="This workspace is set up"
        tone="neutral"
        homeLink={false}
        actions={
          <Link href="/" className="button button--primary">
            Go to the workspace
          </Link>
        }
      >
        <p>Its owner exists already; the setup link is no longer needed.</p>
      </FullPageMessage>
    );
  }
  if (!token) return <NotSetUp />;
  return (
    <HomeShell>
      <SetupForm token={token} />
    </HomeShell>
  );
}

/** `/set-password#token`: a one-time link from `hindsight user create`. */
export function SetPasswordPage() {
  const [token] = useState(takeHashToken);
  useEffect(() => {
    document.title = 'Choose your password · Hindsight';
  }, []);
  if (!token) {
    return (
      <FullPageMessage title="This link is incomplete" homeLink={false}>
        <p>Open the whole link you were given, including the part after #.</p>
      </FullPageMessage>
    );
  }
  return (
    <HomeShell>
      <SetPasswordForm token={token} />
    </HomeShell>
  );
}
