import { useContext } from 'react';
import { BoardContext, type BoardSession } from './boardContext.ts';

/** The open board's store and commands; only valid under a board page. */
export function useBoardSession(): BoardSession {
  const session = useContext(BoardContext);
  if (!session) throw new Error('useBoardSession is only valid under a board page');
  return session;
}
