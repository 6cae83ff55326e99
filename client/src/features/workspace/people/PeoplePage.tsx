import { leavesNoAdmin, type PersonAdminInfo } from '@hindsight/shared';
import { AdminPageFrame } from '../AdminPageFrame.tsx';
import { InvitationRow } from './InvitationRow.tsx';
import { InviteForm } from './InviteForm.tsx';
import { PersonRow } from './PersonRow.tsx';
import { usePeopleData } from './usePeopleData.ts';

const activity = (p: PersonAdminInfo) => ({ role: p.role, active: p.deactivatedAt === null });

interface Props {
  /** The signed-in admin's person id. */
  readonly selfId: string;
}

/** `/people` (admins): invite people, see and revoke open invitations, manage everyone. */
export function PeoplePage({ selfId }: Props) {
  const { people, invitations, error, signedOut, reload } = usePeopleData();
  const mailConfigured = invitations?.mailConfigured ?? false;
  const everyone = (people ?? []).map(activity);

  return (
    <AdminPageFrame title="People" error={error} signedOut={signedOut}>
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
    </AdminPageFrame>
  );
}
