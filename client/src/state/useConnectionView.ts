import { useMemo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { connectionView, type ConnectionView } from '../lib/connectionView.ts';
import { useBoard } from './useBoard.ts';

/** The connection pill's state for the open board. */
export function useConnectionView(): ConnectionView {
  const facts = useBoard(
    useShallow(({ status, synced, everSynced, online, fatal, fatalCode }) => ({
      status,
      synced,
      everSynced,
      online,
      fatal,
      fatalCode,
    })),
  );
  return useMemo(() => connectionView(facts), [facts]);
}
