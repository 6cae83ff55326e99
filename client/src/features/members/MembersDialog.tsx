import { memberTotals, type BoardMember } from '@hindsight/shared';
import { useEffect, useId, useRef, useState } from 'react';
import { removeMember } from '../../lib/api.ts';
import { useBoard } from '../../state/useBoard.ts';
import { useHashToken } from '../../state/useHashToken.ts';
import { useMembers } from './useMembers.ts';
import './members.css';

interface Props {
  readonly onClose: () => void;
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** What a member did, in words. */
function activity(member: BoardMember): string {
  const did = [member.wrote && 'wrote cards', member.voted && 'voted'].filter(Boolean);
  const here = member.present ? 'here now' : 'not here';
  return [did.length > 0 ? did.join(', ') : 'wrote nothing yet', here].join(' · ');
}

/**
 * The board's members for the facilitator: one per browser that joined, with whether it
 * wrote, voted and is here, against how many people are here — so a link used to mint
 * voters shows — and removing a stray, whose cards and dots then stop counting.
 */
export function MembersDialog({ onClose }: Props) {
  const dialogRef = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const boardId = useBoard((s) => s.boardId);
  const token = useHashToken();
  const { list, error, reload } = useMembers(boardId, token);
  const [status, setStatus] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    const dialog = dialogRef.current;
    if (dialog && !dialog.open) dialog.showModal();
  }, []);

  const members = list?.members ?? [];
  const totals = memberTotals(members);
  const remove = (member: BoardMember, label: string) => {
    if (!token) return;
    setBusy(true);
    removeMember(boardId, token, member.id).then(
      () => {
        setStatus(`${label} was removed; their cards and dots no longer count.`);
        setBusy(false);
        reload();
      },
      (err: unknown) => {
        setStatus(err instanceof Error ? err.message : String(err));
        setBusy(false);
      },
    );
  };

  return (
    <dialog
      ref={dialogRef}
      className="dialog members-dialog"
      aria-labelledby={titleId}
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
    >
      <div className="dialog__head">
        <h2 id={titleId}>People</h2>
        <button type="button" className="button button--ghost button--small" onClick={onClose}>
          Close
        </button>
      </div>
      <p className="dialog__hint">
        Everyone who joined this board, one per browser. Cards and dots count once per member:
        remove a member nobody recognises and theirs stop counting.
      </p>
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
      {list && (
        <p className="members-dialog__totals" data-testid="member-totals">
          {plural(totals.wrote, 'member', 'members')} wrote, {totals.voted} voted;{' '}
          {plural(totals.present, 'person', 'people')} here now ({members.length} joined).
        </p>
      )}
      {list === null ? (
        <p>Loading the members…</p>
      ) : (
        <ul className="members-list">
          {members.map((member, index) => {
            const label = member.name ?? `Unnamed member ${index + 1}`;
            return (
              <li key={member.id} className="members-list__item" data-testid="member-row">
                <span className="members-list__who">
                  <strong>{label}</strong> <span className="members-list__role">{member.role}</span>
                </span>
                <span className="members-list__activity">{activity(member)}</span>
                {member.role !== 'facilitator' && (
                  <button
                    type="button"
                    className="button button--ghost button--small"
                    aria-label={`Remove ${label}`}
                    disabled={busy}
                    onClick={() => remove(member, label)}
                  >
                    Remove
                  </button>
                )}
              </li>
            );
          })}
        </ul>
      )}
      {status && (
        <p className="members-dialog__status" role="status">
          {status}
        </p>
      )}
    </dialog>
  );
}
