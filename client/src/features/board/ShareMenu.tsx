import type { Role } from '@hindsight/shared';
import { useEffect, useId, useRef, useState } from 'react';
import { rotateLinks } from '../../lib/api.ts';
import { shareLinks } from '../../lib/boardLinks.ts';
import { recallCreatedBoard, rememberRotatedLinks } from '../../state/createdBoards.ts';
import { useBoard } from '../../state/useBoard.ts';
import { useHashToken } from '../../state/useHashToken.ts';
import { SurveyLinkRow } from '../incident/SurveyLinkRow.tsx';
import { ShareLinkRow, type ReplaceLink } from './ShareLinkRow.tsx';

const ROWS: readonly { role: Role; title: string; hint: string }[] = [
  { role: 'participant', title: 'Participants', hint: 'Can add, edit and delete cards.' },
  { role: 'observer', title: 'Observers', hint: 'Can follow along, read-only.' },
  {
    role: 'facilitator',
    title: 'Facilitator (you)',
    hint: 'Keep this one to yourself. Replacing it reopens this page on the new one.',
  },
];

/** The facilitator's invite links, in a small popover. */
export function ShareMenu() {
  const boardId = useBoard((s) => s.boardId);
  const token = useHashToken();
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const rootRef = useRef<HTMLDivElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);

  const [created, setCreated] = useState(() => recallCreatedBoard(boardId));
  const links = created ? shareLinks(window.location.origin, created) : null;
  const [replacing, setReplacing] = useState<Role | null>(null);
  const [replaced, setReplaced] = useState<{ role: Role; message: string } | null>(null);

  /**
   * Replaces a role's link: the old one stops working, its sockets are closed. The
   * facilitator's own link too: this page then reopens on the new one.
   */
  const replaceFor = (role: Role): ReplaceLink | undefined => {
    const facilitatorToken = created?.tokens.facilitator ?? token;
    if (!facilitatorToken || (role !== 'facilitator' && !created)) return undefined;
    return {
      busy: replacing !== null,
      message: replaced?.role === role ? replaced.message : null,
      run: () => {
        setReplacing(role);
        rotateLinks(boardId, facilitatorToken, [role]).then(
          (rotated) => {
            if (created) setCreated(rememberRotatedLinks(created, rotated));
            const ownLink = rotated.links.facilitator;
            if (role === 'facilitator' && ownLink) {
              window.location.replace(ownLink);
              window.location.reload();
              return;
            }
            setReplaced({ role, message: 'New link ready. The old one no longer works.' });
            setReplacing(null);
          },
          (error: unknown) => {
            setReplaced({ role, message: error instanceof Error ? error.message : String(error) });
            setReplacing(null);
          },
        );
      },
    };
  };

  useEffect(() => {
    if (!open) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') {
        setOpen(false);
        buttonRef.current?.focus();
      }
    };
    const onPointer = (event: PointerEvent) => {
      if (!rootRef.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('keydown', onKey);
    document.addEventListener('pointerdown', onPointer);
    return () => {
      document.removeEventListener('keydown', onKey);
      document.removeEventListener('pointerdown', onPointer);
    };
  }, [open]);

  return (
    <div className="share" ref={rootRef}>
      <button
        ref={buttonRef}
        type="button"
        className="button button--primary button--small"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen((o) => !o)}
      >
        Share
      </button>
      {open && (
        <section id={panelId} className="share__panel" aria-label="Invite people">
          <h2 className="share__title">Invite people</h2>
          {links ? (
            <>
              {ROWS.map((row) => (
                <ShareLinkRow
                  key={row.role}
                  {...row}
                  link={links[row.role]}
                  replace={replaceFor(row.role)}
                />
              ))}
              <SurveyLinkRow participantLink={links.participant} />
            </>
          ) : (
            <>
              <p className="share__note">
                The participant and observer links were shown in the tab that created this board.
              </p>
              <ShareLinkRow
                role="facilitator"
                title="Facilitator (you)"
                hint="Keep this one to yourself. Replacing it reopens this page on the new one."
                link={window.location.href}
                replace={replaceFor('facilitator')}
              />
            </>
          )}
        </section>
      )}
    </div>
  );
}
