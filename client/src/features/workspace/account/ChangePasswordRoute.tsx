import { useEffect } from 'react';
import { Link } from 'wouter';
import { LinkPageLayout } from '../invite/LinkPageLayout.tsx';
import { SignedInRoute } from '../SignedInRoute.tsx';
import { ChangePasswordForm } from './ChangePasswordForm.tsx';

/** `/account/password`: the signed-in person changes their password. */
export function ChangePasswordRoute() {
  useEffect(() => {
    document.title = 'Change password · Hindsight';
  }, []);
  return (
    <SignedInRoute what="Your account">
      {(person) => (
        <LinkPageLayout title="Change password">
          <p className="link-page__lead">
            For <strong>{person.email}</strong>.
          </p>
          {person.hasPassword ? (
            <ChangePasswordForm />
          ) : (
            <p className="link-page__lead">
              You sign in with single sign-on: your account has no password here to change.
            </p>
          )}
          <Link href="/" className="button button--ghost button--block">
            Back to postmortems
          </Link>
        </LinkPageLayout>
      )}
    </SignedInRoute>
  );
}
