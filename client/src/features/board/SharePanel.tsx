import { boardLink, surveyLink, type Role } from '@hindsight/shared';
import { useState } from 'react';
import { rotateLinks } from '../../lib/api.ts';
import { recallTokens, rememberTokens } from '../../state/knownLinks.ts';
import { MissingLinkRow } from './MissingLinkRow.tsx';
import { ReplaceLinkConfirm } from './ReplaceLinkConfirm.tsx';
import { roleOf, type NewLinkKind } from './replaceLink.ts';
import { ShareLinkRow } from './ShareLinkRow.tsx';

const ROWS: readonly { role: Role; title: string; hint: string }[] = [
  { role: 'participant', title: 'Participants', hint: 'Can add, edit and delete cards.' },
  { role: 'observer', title: 'Observers', hint: 'Can follow along, read-only.' },
  {
    role: 'facilitator',
    title: 'Facilitator (you)',
    hint: 'Keep this one to yourself. Replacing it reopens this page on the new one.',
  },
];

const SURVEY = {
  title: 'Survey link',
  hint: 'Before the meeting: invitees add notes and timeline suggestions.',
};

/**
 * The invite links this tab has, and for each role a way to make a new one (after saying
 * what stops working): from any facilitator session, the tab that created the board or not.
 */
export function SharePanel({ boardId, pageToken }: { boardId: string; pageToken: string }) {
  const origin = window.location.origin;
  const [known, setKnown] = useState(() => recallTokens(boardId));
  const [confirming, setConfirming] = useState<NewLinkKind | null>(null);
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState<{ kind: NewLinkKind; message: string } | null>(null);
  const linkOf = (role: Role) => {
    const token = role === 'facilitator' ? (known.facilitator ?? pageToken) : known[role];
    return token ? boardLink(origin, boardId, token) : null;
  };

  const make = (kind: NewLinkKind) => {
    const role = roleOf(kind);
    setBusy(true);
    rotateLinks(boardId, known.facilitator ?? pageToken, [role]).then(
      (rotated) => {
        setKnown(rememberTokens(boardId, rotated.tokens));
        const ownLink = rotated.links.facilitator;
        if (role === 'facilitator' && ownLink) {
          window.location.replace(ownLink);
          window.location.reload();
          return;
        }
        setConfirming(null);
        setBusy(false);
        setDone({ kind, message: 'New link ready. The old one no longer works.' });
      },
      (error: unknown) => {
        setConfirming(null);
        setBusy(false);
        setDone({ kind, message: error instanceof Error ? error.message : String(error) });
      },
    );
  };
  const messageFor = (kind: NewLinkKind) => (done?.kind === kind ? done.message : null);
  const offer = (kind: NewLinkKind) => ({
    busy,
    message: messageFor(kind),
    run: () => {
      setDone(null);
      setConfirming(kind);
    },
  });
  const participantLink = linkOf('participant');

  return (
    <>
      {ROWS.map(({ role, title, hint }) => {
        const link = linkOf(role);
        const kind = role as NewLinkKind;
        return link ? (
          <ShareLinkRow
            key={role}
            role={role}
            title={title}
            hint={hint}
            link={link}
            replace={offer(kind)}
          />
        ) : (
          <MissingLinkRow
            key={role}
            kind={role}
            title={title}
            hint={hint}
            busy={busy}
            message={messageFor(kind)}
            onMake={offer(kind).run}
          />
        );
      })}
      {participantLink ? (
        <ShareLinkRow
          role="survey"
          title={SURVEY.title}
          hint={SURVEY.hint}
          link={surveyLink(participantLink)}
          replace={offer('survey')}
        />
      ) : (
        <MissingLinkRow
          kind="survey"
          title={SURVEY.title}
          hint={`${SURVEY.hint} It is the participant link's survey view.`}
          busy={busy}
          message={messageFor('survey')}
          onMake={offer('survey').run}
        />
      )}
      {confirming && (
        <ReplaceLinkConfirm
          kind={confirming}
          busy={busy}
          onConfirm={() => make(confirming)}
          onCancel={() => setConfirming(null)}
        />
      )}
    </>
  );
}
