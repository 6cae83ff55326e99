import { CloseCode, describeClose } from '@hindsight/shared';
import { useHashToken } from '../../state/useHashToken.ts';
import { FullPageMessage } from '../../ui/FullPageMessage.tsx';
import { BoardView } from './BoardView.tsx';
import { useAccountName } from './useAccountName.ts';
import { useBoardInfo } from './useBoardInfo.ts';

/** `/b/:id#token=…`: checks the link, then opens the board. */
export function BoardPage({ boardId }: { boardId: string }) {
  const token = useHashToken();
  const [state, retry] = useBoardInfo(boardId, token);
  useAccountName();

  if (token === null) {
    return (
      <FullPageMessage title="This link is incomplete">
        <p>
          Board links carry an access key after the <code>#</code>. Open the whole link you were
          given, or ask the facilitator to send it again.
        </p>
      </FullPageMessage>
    );
  }
  if (state.kind === 'loading') {
    return (
      <FullPageMessage title="Opening the board…" tone="neutral">
        <p>Checking your link.</p>
      </FullPageMessage>
    );
  }
  if (state.kind === 'failed') {
    if (state.status === 403) {
      return (
        <FullPageMessage title="Your access to this board ended">
          <p>{describeClose(CloseCode.AccessEnded)}</p>
        </FullPageMessage>
      );
    }
    if (state.status === 401) {
      return (
        <FullPageMessage title="This link is not valid, or was replaced">
          <p>{describeClose(CloseCode.Unauthorized)}</p>
        </FullPageMessage>
      );
    }
    if (state.status === 404) {
      return (
        <FullPageMessage title="Board not found">
          <p>{describeClose(CloseCode.UnknownBoard)}</p>
        </FullPageMessage>
      );
    }
    return (
      <FullPageMessage
        title="Cannot open this board"
        actions={
          <button type="button" className="button button--primary" onClick={retry}>
            Try again
          </button>
        }
      >
        <p>{state.message}</p>
      </FullPageMessage>
    );
  }
  return <BoardView info={state.info} token={token} />;
}
