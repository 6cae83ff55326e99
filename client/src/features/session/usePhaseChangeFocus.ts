import { useEffect, useRef, type RefObject } from 'react';
import { useCurrentPhase } from '../../state/useCurrentPhase.ts';
import { useSessionState } from '../../state/useSessionState.ts';

/**
 * A new phase opens at its top: the page and the phase's view scroll back up (a phone kept
 * the old position and landed mid-page), and the phase's heading takes focus, so a screen
 * reader says where everyone is now. Only when focus was on the stage or lost with the
 * view just left: a person in the top bar, a menu or a dialog keeps their place.
 */
export function usePhaseChangeFocus(
  stage: RefObject<HTMLElement | null>,
  heading: RefObject<HTMLHeadingElement | null>,
): void {
  const { status } = useSessionState();
  const phaseId = useCurrentPhase()?.id;
  const key = `${status}:${phaseId ?? ''}`;
  const shown = useRef(key);

  useEffect(() => {
    if (shown.current === key) return;
    shown.current = key;
    const focused = document.activeElement;
    const onStage = !focused || focused === document.body || !!stage.current?.contains(focused);
    window.scrollTo({ top: 0 });
    const view = stage.current?.querySelector('.board__main');
    if (view) view.scrollTop = 0;
    if (onStage) heading.current?.focus({ preventScroll: true });
  }, [key, stage, heading]);
}
