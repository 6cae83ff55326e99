import { useId } from 'react';
import { useSession } from '../../lib/session.ts';
import { useBoard } from '../../state/useBoard.ts';
import { useIncident } from '../../state/useIncident.ts';
import { SimilarItem } from './SimilarItem.tsx';
import { useSimilar } from './useSimilar.ts';
import './similar.css';

/**
 * "Have we seen this before?": the past postmortems most like this board's, for people
 * who may read the workspace. Someone on the board from a link has no session: the
 * panel is not there at all.
 */
export function SimilarPanel() {
  const session = useSession();
  if (session.kind !== 'signed-in') return null;
  return <SimilarList />;
}

function SimilarList() {
  const id = useId();
  const boardId = useBoard((s) => s.boardId);
  // The services are what a new postmortem is first similar by: ask again when they change.
  const services = useIncident().services.join('\n');
  const [state, refresh] = useSimilar(boardId, services);
  if (state.kind === 'hidden') return null;

  return (
    <section className="similar" aria-labelledby={`${id}-title`} data-testid="similar-panel">
      <header className="similar__head">
        <h3 id={`${id}-title`} className="similar__title">
          Have we seen this before?
        </h3>
        <button type="button" className="button button--ghost button--small" onClick={refresh}>
          Refresh
        </button>
      </header>
      {state.kind === 'loading' && (
        <p className="similar__note" role="status">
          Looking for similar postmortems…
        </p>
      )}
      {state.kind === 'failed' && (
        <p className="similar__note" role="alert">
          Similar postmortems could not be loaded: {state.message}
        </p>
      )}
      {state.kind === 'ready' && state.items.length === 0 && (
        <p className="similar__note">
          Nothing similar yet. Past postmortems on the same services or with the same causes show
          here.
        </p>
      )}
      {state.kind === 'ready' && state.items.length > 0 && (
        <ol className="similar__items">
          {state.items.map((item) => (
            <SimilarItem key={item.id} item={item} />
          ))}
        </ol>
      )}
    </section>
  );
}
