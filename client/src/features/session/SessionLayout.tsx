import { useEffect, useId, useRef } from 'react';
import { useNarrowScreen } from '../../state/useNarrowScreen.ts';
import { useRailOpen } from '../../state/useRailOpen.ts';
import { AgendaRail } from './AgendaRail.tsx';
import { PhaseHeader } from './PhaseHeader.tsx';
import { PhaseStage } from './PhaseStage.tsx';
import { usePhaseChangeFocus } from './usePhaseChangeFocus.ts';

/**
 * The session screen: the agenda rail on the left (a drawer on narrow screens), then the
 * phase header and the phase's view.
 */
export function SessionLayout() {
  const railId = useId();
  const [railOpen, setRailOpen] = useRailOpen();
  const narrow = useNarrowScreen();
  const drawer = narrow && railOpen;
  const stage = useRef<HTMLDivElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  usePhaseChangeFocus(stage, heading);

  useEffect(() => {
    if (!drawer) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') setRailOpen(false);
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [drawer, setRailOpen]);

  return (
    <div
      className={`session${railOpen ? ' session--rail-open' : ''}${drawer ? ' session--drawer' : ''}`}
    >
      {railOpen && <AgendaRail id={railId} onClose={() => setRailOpen(false)} />}
      {drawer && (
        <div className="session__scrim" aria-hidden="true" onClick={() => setRailOpen(false)} />
      )}
      <div className="stage" ref={stage}>
        <PhaseHeader
          heading={heading}
          railId={railId}
          railOpen={railOpen}
          onOpenRail={() => setRailOpen(true)}
        />
        <PhaseStage />
      </div>
    </div>
  );
}
