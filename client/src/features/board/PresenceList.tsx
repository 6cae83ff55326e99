import { useMemo } from 'react';
import type { Role } from '@hindsight/shared';
import { usePeers } from '../../state/usePeers.ts';
import { Avatar } from '../../ui/Avatar.tsx';
import { onePerPerson } from './onePerPerson.ts';

/** What the avatar row says of a role beside the name: participants are the rule, unsaid. */
const ROLE_NOTE: Record<Role, string> = {
  facilitator: ', facilitator',
  participant: '',
  observer: ', observer',
};

/** Show this many avatars, then "+N". */
const MAX_SHOWN = 6;

/** Who is on the board now, one avatar per person. Your own avatar is a button that changes your name. */
export function PresenceList({ onEditSelf }: { onEditSelf: () => void }) {
  const tabs = usePeers();
  const peers = useMemo(() => onePerPerson(tabs), [tabs]);
  const shown = peers.slice(0, MAX_SHOWN);
  const hidden = peers.slice(MAX_SHOWN);

  return (
    <ul className="presence" aria-label={`People here: ${peers.length}`} data-testid="presence">
      {shown.map((peer) => (
        <li
          key={peer.clientId}
          className="presence__item"
          data-testid="presence-peer"
          data-name={peer.name}
          data-role={peer.role ?? undefined}
        >
          {peer.isSelf ? (
            <button type="button" className="presence__self" onClick={onEditSelf}>
              {/* Named by its text, not over it (aria-label): the initials show. */}
              <Avatar
                name={peer.name}
                color={peer.color}
                isSelf
                hollow={peer.role === 'observer'}
                label={`${peer.name} (you). Change your name`}
              />
            </button>
          ) : (
            <Avatar
              name={peer.name}
              color={peer.color}
              note={note(peer.role)}
              hollow={peer.role === 'observer'}
            />
          )}
        </li>
      ))}
      {hidden.length > 0 && (
        <li className="presence__item">
          <span
            className="avatar avatar--more"
            title={hidden.map((p) => `${p.name}${note(p.role)}`).join('; ')}
          >
            +{hidden.length}
          </span>
        </li>
      )}
    </ul>
  );
}

const note = (role: Role | null) => (role ? ROLE_NOTE[role] : '');
