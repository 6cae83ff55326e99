import type { BoardInfo } from '../../lib/api.ts';
import { BoardContext } from '../../state/boardContext.ts';
import { useBoardSync } from '../../sync/useBoardSync.ts';
import { BoardScreen } from './BoardScreen.tsx';

/** Connects to the board for as long as it is on screen and provides its store. */
export function BoardView({ info, token }: { info: BoardInfo; token: string }) {
  const session = useBoardSync(
    { boardId: info.id, role: info.role, title: info.title, template: info.template },
    token,
  );
  return (
    <BoardContext.Provider value={session}>
      <BoardScreen />
    </BoardContext.Provider>
  );
}
