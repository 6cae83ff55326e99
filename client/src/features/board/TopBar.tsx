import { useBoard } from '../../state/useBoard.ts';
import { useBoardTitle } from '../../state/useBoardTitle.ts';
import { Logo } from '../../ui/Logo.tsx';
import { FollowUpTab } from '../after/FollowUpTab.tsx';
import { ExportButton } from '../export/ExportButton.tsx';
import { HistoryButton } from '../history/HistoryButton.tsx';
import { MembersButton } from '../members/MembersButton.tsx';
import { ConnectionPill } from './ConnectionPill.tsx';
import { PresenceList } from './PresenceList.tsx';
import { RoleBadge } from './RoleBadge.tsx';
import { ShareMenu } from './ShareMenu.tsx';

/** Board title, connection, who is here, and (for the facilitator) the share menu. */
export function TopBar({ onEditName }: { onEditName: () => void }) {
  const title = useBoardTitle();
  const role = useBoard((s) => s.role);
  return (
    <header className="topbar">
      <div className="topbar__start">
        <Logo compact />
        <h1 className="topbar__title" data-testid="board-title">
          {title}
        </h1>
        <RoleBadge role={role} />
      </div>
      <div className="topbar__end">
        <ConnectionPill />
        <PresenceList onEditSelf={onEditName} />
        <FollowUpTab />
        <ExportButton />
        {role === 'facilitator' && <MembersButton />}
        {role === 'facilitator' && <HistoryButton />}
        {role === 'facilitator' && <ShareMenu />}
      </div>
    </header>
  );
}
