import { keepsBoardReadOnly } from '@hindsight/shared';
import { useEffect, useState } from 'react';
import { useBoard } from '../../state/useBoard.ts';
import { useBoardTitle } from '../../state/useBoardTitle.ts';
import { FullPageMessage } from '../../ui/FullPageMessage.tsx';
import { BoardNotices } from './BoardNotices.tsx';
import { NameDialog } from './NameDialog.tsx';
import { SessionLayout } from '../session/SessionLayout.tsx';
import { TopBar } from './TopBar.tsx';
import { usePublishPresence } from './usePublishPresence.ts';

/** The open board: top bar, notices, the session (agenda, phase, view), the name dialog. */
export function BoardScreen() {
  const fatal = useBoard((s) => s.fatal);
  const fatalCode = useBoard((s) => s.fatalCode);
  const title = useBoardTitle();
  const [editingName, setEditingName] = useState(false);
  usePublishPresence();

  useEffect(() => {
    document.title = `${title} · Hindsight`;
  }, [title]);

  if (fatal !== null && !(fatalCode !== null && keepsBoardReadOnly(fatalCode))) {
    return (
      <FullPageMessage title="Disconnected from this board">
        <p>{fatal}</p>
      </FullPageMessage>
    );
  }
  return (
    <div className="board">
      <TopBar onEditName={() => setEditingName(true)} />
      <BoardNotices />
      <SessionLayout />
      <NameDialog editing={editingName} onDone={() => setEditingName(false)} />
    </div>
  );
}
