import { leavesNoAdmin, type PersonAdminInfo } from '@hindsight/shared';
import { useEffect } from 'react';
import { Link } from 'wouter';
import { Logo } from '../../../ui/Logo.tsx';
import { InvitationRow } from './InvitationRow.tsx';
import { InviteForm } from './InviteForm.tsx';
import { PersonRow } from './PersonRow.tsx';
import { SignedOut } from './SignedOut.tsx';
import { usePeopleData } from './usePeopleData.ts';
import './people.css';

const activity = (p: PersonAdminInfo) => ({ role: p.role, active: p.deactivatedAt === null });

interface Props {
  /** The signed-in admin's person id. */
  readonly selfId: string;
}

/** `/people` (admins): invite people, see and revoke open invitations, manage everyone. */
export function PeoplePage({ selfId }: Props) {
  const { people, invitations, error, signedOut, reload } = usePeopleData();
  useEffect(() => {
    document.title = 'People · Hindsight';
  }, []);
  const mailConfigured = invitations?.mailConfigured ?? false;
  if (signedOut) return <SignedOut />;
  const everyone = (people ?? []).map(activity);

  return (
    <div className="people-page">
      <header className="people-page__header">
        <Logo />
        <Link href="/" className="button button--ghost button--small">
          Back to postmortems
        </Link>
      </header>
      <main className="people-page__main">
        <h1>People</h1>
        {error && (
          <p className="field-error" role="alert">
            {error}
          </p>
        )}
        <section aria-labelledby="invite-title" className="people-page__section">
          <h2 id="invite-title">Invite someone</h2>
          <InviteForm mailConfigured={mailConfigured} onInvited={reload} />
        </section>
        <section aria-labelledby="invitations-title" className="people-page__section">
          <h2 id="invitations-title">Open invitations</h2>
          {invitations && invitations.invitations.length === 0 && (
            <p className="people-page__hint">No invitation is waiting.</p>
          )}
          <ul className="people-list">
            {invitations?.invitations.map((invitation) => (
              <InvitationRow
                key={invitation.id}
                invitation={invitation}
                mailConfigured={mailConfigured}
                onChanged={reload}
              />
            ))}
          </ul>
        </section>
        <section aria-labelledby="people-title" className="people-page__section">
          <h2 id="people-title">Everyone</h2>
          {people === null && !error && (
            <p className="people-page__hint" role="status">
              Loading…
            </p>
          )}
          <ul className="people-list">
            {people?.map((person) => (
              <PersonRow
                key={person.id}
                person={person}
                isSelf={person.id === selfId}
                isLastAdmin={leavesNoAdmin(activity(person), { active: false }, everyone)}
                onChanged={reload}
              />
            ))}
          </ul>
        </section>
      </main>
    </div>
  );
}
