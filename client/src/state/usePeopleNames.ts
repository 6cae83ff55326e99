import { useShallow } from 'zustand/react/shallow';
import { useBoard } from './useBoard.ts';

/**
 * The names of the people on the board now (presence), each once, by name: the choices
 * for an owner, and the names the blame check knows are people.
 */
export function usePeopleNames(): readonly string[] {
  return useBoard(
    useShallow((s) => [...new Set(s.peers.map((p) => p.name))].sort((a, b) => a.localeCompare(b))),
  );
}
