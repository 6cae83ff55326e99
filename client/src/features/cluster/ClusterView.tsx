import { useMemo, useRef, useState } from 'react';
import { useBrainstorm } from '../../state/useBrainstorm.ts';
import { useCanEdit } from '../../state/useCanEdit.ts';
import { useClusterCommands } from '../../state/useClusterCommands.ts';
import { useClusterState } from '../../state/useClusterState.ts';
import { usePlan } from '../../state/usePlan.ts';
import { useRevealedCardMap } from '../../state/useRevealedCardMap.ts';
import { useVoting } from '../../state/useVoting.ts';
import { VotingBar } from '../voting/VotingBar.tsx';
import { columnsFor, estimateClusterRect, findRoom, occupiedRects } from './boardLayout.ts';
import { ClusterBoard, type BoardRefs } from './ClusterBoard.tsx';
import { ClusterToolbar } from './ClusterToolbar.tsx';
import { SuggestPanel } from './SuggestPanel.tsx';
import { freshSuggestions, suggestFor, type Suggestion } from './suggestions.ts';
import { useUndoShortcuts } from './useUndoShortcuts.ts';
import './cluster.css';

/**
 * Cluster: the revealed cards on a board the team groups into named clusters, by
 * dragging or by ticking cards; then the dot vote that orders the discussion. While
 * voting is open the clusters keep their cards, so no dot lands on a cluster that is
 * about to be merged away; Tidy up, which only moves them, still works.
 */
export function ClusterView() {
  const revealedCount = useBrainstorm((s) => s.revealedCards.length);
  const writer = useCanEdit();
  const { status } = useVoting();
  const canEdit = writer && status !== 'open';
  const layout = useClusterState((s) => s.layout);
  const cards = useRevealedCardMap();
  const { columns } = usePlan();
  const commands = useClusterCommands();
  const tray = useRef<HTMLDivElement>(null);
  const viewport = useRef<HTMLDivElement>(null);
  const canvas = useRef<HTMLDivElement>(null);
  const boardRefs: BoardRefs = useMemo(() => ({ tray, viewport, canvas }), []);
  const [suggestions, setSuggestions] = useState<Suggestion[] | null>(null);
  useUndoShortcuts(canEdit);

  const columnCount = () => columnsFor(boardRefs.viewport.current?.clientWidth ?? 0);
  const textOf = (id: string) => cards.get(id)?.text ?? '';
  const shown = suggestions && freshSuggestions(suggestions, layout);

  const accept = (s: Suggestion) => {
    const fresh = shown?.find((x) => x.key === s.key);
    if (!fresh) return;
    const size = estimateClusterRect({ at: { x: 0, y: 0 }, cardIds: fresh.cardIds }, textOf);
    const at = findRoom(occupiedRects(layout, textOf), size, columnCount());
    commands.group(fresh.cardIds, { name: fresh.label.slice(0, 80), at });
    setSuggestions((list) => list?.filter((x) => x.key !== s.key) ?? null);
  };

  return (
    <div className="cluster-view" data-testid="cluster-view">
      <VotingBar />
      {revealedCount === 0 ? (
        <p className="cluster-view__empty">
          No cards were revealed. Cards written in the brainstorm show here once revealed.
        </p>
      ) : (
        <>
          {writer && (
            <ClusterToolbar
              canEdit={canEdit}
              canTidy={writer}
              columns={columnCount}
              onSuggest={() => setSuggestions(suggestFor(layout, (id) => cards.get(id)))}
            />
          )}
          {shown && (
            <SuggestPanel
              suggestions={shown}
              cards={cards}
              columns={columns}
              canEdit={canEdit}
              onAccept={accept}
              onDismiss={(s) =>
                setSuggestions((list) => list?.filter((x) => x.key !== s.key) ?? null)
              }
              onClose={() => setSuggestions(null)}
            />
          )}
          <ClusterBoard canEdit={canEdit} refs={boardRefs} />
        </>
      )}
    </div>
  );
}
