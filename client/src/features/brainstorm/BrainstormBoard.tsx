import { Columns } from '../board/Columns.tsx';
import { BrainstormStatus } from './BrainstormStatus.tsx';
import './brainstorm.css';

/**
 * The card board: where the brainstorm stands (hidden or revealed, how many cards, who is
 * writing, named cards), then the columns. Before the reveal each person sees only their
 * own cards; after it everyone sees every card.
 */
export function BrainstormBoard() {
  return (
    <div className="brainstorm">
      <BrainstormStatus />
      <Columns />
    </div>
  );
}
