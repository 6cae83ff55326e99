import { useShallow } from 'zustand/react/shallow';
import { useBoard } from './useBoard.ts';
import { useBrainstorm } from './useBrainstorm.ts';

/** Names of the other people writing a card right now, by name. */
export function useWriters(): readonly string[] {
  const typing = useBrainstorm((s) => s.typingClients);
  return useBoard(
    useShallow((s) =>
      s.peers.filter((p) => !p.isSelf && typing.includes(p.clientId)).map((p) => p.name),
    ),
  );
}
