import { BrainstormBoard } from './BrainstormBoard.tsx';

/** Brainstorm: everyone writes cards in the plan's columns, hidden until the reveal. */
export function BrainstormView() {
  return <BrainstormBoard />;
}
