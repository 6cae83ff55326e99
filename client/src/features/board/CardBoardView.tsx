import { BrainstormBoard } from '../brainstorm/BrainstormBoard.tsx';

/**
 * The card board as it stands: the view of phases that do not have their own yet, and
 * of the board before the session starts and after it ends. Cards are private until the
 * reveal here too.
 */
export function CardBoardView() {
  return <BrainstormBoard />;
}
