import type { BoardInfo } from '@hindsight/shared';
import { BoardContext } from '../../state/boardContext.ts';
import { useBoardSync } from '../../sync/useBoardSync.ts';
import { SurveyScreen } from '../incident/SurveyScreen.tsx';
import { useLinkView } from '../incident/useLinkView.ts';
import { BoardScreen } from './BoardScreen.tsx';

/** Connects to the board for as long as it is on screen and provides its store. */
export function BoardView({ info, token }: { info: BoardInfo; token: string }) {
  const session = useBoardSync(
    {
      boardId: info.id,
      role: info.role,
      title: info.title,
      template: info.template,
      defaultDocumentTemplate: info.defaultDocumentTemplate,
    },
    token,
  );
  // The survey link (`#token=…&view=survey`) opens the survey instead of the session.
  const view = useLinkView();
  return (
    <BoardContext.Provider value={session}>
      {view === 'survey' ? <SurveyScreen /> : <BoardScreen />}
    </BoardContext.Provider>
  );
}
