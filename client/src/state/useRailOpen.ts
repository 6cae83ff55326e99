import { useCallback } from 'react';
import { useNarrowScreen } from './useNarrowScreen.ts';
import { useSessionUi } from './useSessionUi.ts';
import { useSessionUiStore } from './useSessionUiStore.ts';

/**
 * Whether the agenda rail shows, and the function that opens or closes it. Until the
 * person chooses, it follows the screen: open beside the board, folded on narrow screens.
 */
export function useRailOpen(): [open: boolean, setOpen: (open: boolean) => void] {
  const narrow = useNarrowScreen();
  const chosen = useSessionUi((s) => s.railOpen);
  const ui = useSessionUiStore();
  const setOpen = useCallback((open: boolean) => ui.setState({ railOpen: open }), [ui]);
  return [chosen ?? !narrow, setOpen];
}
