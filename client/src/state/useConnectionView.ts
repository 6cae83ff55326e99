import { useMemo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { connectionView, type ConnectionView } from '../lib/connectionView.ts';
import { useBoard } from './useBoard.ts';
import { useBrainstorm } from './useBrainstorm.ts';
import { useFacilitation } from './useFacilitation.ts';

/**
 * The connection pill's state for the open board: the board doc's connection, and saving
 * paused when any of the board's docs was told so (most often the private one, with cards).
 */
export function useConnectionView(): ConnectionView {
  const facts = useBoard(
    useShallow(({ status, synced, everSynced, online, fatal, fatalCode, savingPaused }) => ({
      status,
      synced,
      everSynced,
      online,
      fatal,
      fatalCode,
      savingPaused,
    })),
  );
  const sessionPaused = useFacilitation((s) => s.savingPaused);
  const cardsPaused = useBrainstorm((s) => s.savingPaused);
  const savingPaused = facts.savingPaused || sessionPaused || cardsPaused;
  return useMemo(() => connectionView({ ...facts, savingPaused }), [facts, savingPaused]);
}
