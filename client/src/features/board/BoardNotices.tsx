import { CloseCode, describeClose, describeUnreadable } from '@hindsight/shared';
import { useBoard } from '../../state/useBoard.ts';
import { useBrainstorm } from '../../state/useBrainstorm.ts';
import { useFacilitation } from '../../state/useFacilitation.ts';

/** Saving paused reads the same whichever doc it stopped: it needs no "could not sync" before it. */
const SAVING_PAUSED = describeClose(CloseCode.SavingPaused);
const about = (prefix: string, problem: string) =>
  problem === SAVING_PAUSED ? problem : `${prefix} ${problem}`;

/**
 * Banners about the board as a whole: read-only access, a board that stays read-only
 * (another version, or one the server cannot load), a refused change, and for the
 * facilitator, entries on the board that no reader could use and the server's own writes
 * waiting for its store.
 */
export function BoardNotices() {
  const role = useBoard((s) => s.role);
  const stopped = useBoard((s) => s.fatal);
  const unreadable = useBoard((s) => describeUnreadable(s.unreadable));
  const notice = useBoard((s) => s.notice);
  const sessionProblem = useFacilitation((s) => s.fatal ?? s.notice);
  const cardsProblem = useBrainstorm((s) => s.fatal ?? s.notice);
  const writesWaiting = useFacilitation((s) => s.writesWaiting);

  return (
    <>
      {role === 'observer' && (
        <p className="banner banner--info">
          You are observing: you can follow the board as it changes, not edit it.
        </p>
      )}
      {stopped && (
        <p className="banner banner--warn" role="alert" data-testid="board-read-only">
          {stopped}
        </p>
      )}
      {unreadable && (
        <p className="banner banner--info" data-testid="board-unreadable">
          {unreadable}. They are left out of the board and the export; a broken or hand-made change
          wrote them.
        </p>
      )}
      {writesWaiting && (
        <p className="banner banner--warn" role="status" data-testid="writes-waiting">
          The server cannot save right now: the session’s own changes (the reveal, the tally,
          versions) wait until its storage works again. Nothing is lost; this notice goes once they
          are saved.
        </p>
      )}
      {notice && (
        <p className="banner banner--warn" role="alert">
          {notice}
        </p>
      )}
      {sessionProblem && sessionProblem !== notice && (
        <p className="banner banner--warn" role="alert">
          {about('The session could not sync:', sessionProblem)}
        </p>
      )}
      {cardsProblem && cardsProblem !== notice && cardsProblem !== sessionProblem && (
        <p className="banner banner--warn" role="alert">
          {about('Your cards could not sync:', cardsProblem)}
        </p>
      )}
    </>
  );
}
