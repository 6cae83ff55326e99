import { useBoard } from '../../state/useBoard.ts';
import { useBrainstorm } from '../../state/useBrainstorm.ts';
import { useFacilitation } from '../../state/useFacilitation.ts';

/** Banners about the board as a whole: read-only access, a newer doc, a refused change. */
export function BoardNotices() {
  const role = useBoard((s) => s.role);
  const schemaSupported = useBoard((s) => s.schemaSupported);
  const notice = useBoard((s) => s.notice);
  const sessionProblem = useFacilitation((s) => s.fatal ?? s.notice);
  const cardsProblem = useBrainstorm((s) => s.fatal ?? s.notice);

  return (
    <>
      {role === 'observer' && (
        <p className="banner banner--info">
          You are observing: you can follow the board as it changes, not edit it.
        </p>
      )}
      {!schemaSupported && (
        <p className="banner banner--warn" role="alert">
          This board was saved by a newer version of Hindsight. Reload the page to edit it.
        </p>
      )}
      {notice && (
        <p className="banner banner--warn" role="alert">
          {notice}
        </p>
      )}
      {sessionProblem && sessionProblem !== notice && (
        <p className="banner banner--warn" role="alert">
          The session could not sync: {sessionProblem}
        </p>
      )}
      {cardsProblem && cardsProblem !== notice && cardsProblem !== sessionProblem && (
        <p className="banner banner--warn" role="alert">
          Your cards could not sync: {cardsProblem}
        </p>
      )}
    </>
  );
}
