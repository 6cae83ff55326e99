import {
  DndContext,
  DragOverlay,
  MeasuringStrategy,
  type Announcements,
  type ClientRect,
  type DragEndEvent,
  type DragMoveEvent,
  type DragStartEvent,
} from '@dnd-kit/core';
import { resolveDrop, type DropTarget, type Point } from '@hindsight/shared';
import { useCallback, useEffect, useMemo, useState, type RefObject } from 'react';
import { useClusterCommands } from '../../state/useClusterCommands.ts';
import { useClusterState } from '../../state/useClusterState.ts';
import { usePlan } from '../../state/usePlan.ts';
import { useRevealedCardMap } from '../../state/useRevealedCardMap.ts';
import { BoardCanvas } from './BoardCanvas.tsx';
import {
  boardPoint,
  columnsFor,
  estimateClusterRect,
  findRoom,
  occupiedRects,
} from './boardLayout.ts';
import { CardTray } from './CardTray.tsx';
import { boardCollision, FrameTracker, type BoardFrame } from './collision.ts';
import {
  announceCancel,
  announceDrop,
  announceOver,
  announceStart,
  SCREEN_READER_INSTRUCTIONS,
  type DragData,
  type DropData,
} from './dragModel.ts';
import { DragPreview } from './DragPreview.tsx';
import { useBoardSensors } from './sensors.ts';

export interface BoardRefs {
  readonly tray: RefObject<HTMLDivElement | null>;
  readonly viewport: RefObject<HTMLDivElement | null>;
  readonly canvas: RefObject<HTMLDivElement | null>;
}

const rectOf = (node: HTMLElement | null) => {
  if (!node) return undefined;
  const { left, top, width, height } = node.getBoundingClientRect();
  return { left, top, width, height };
};

const scrollOf = (node: HTMLElement | null) => ({
  x: node?.scrollLeft ?? 0,
  y: node?.scrollTop ?? 0,
});

/** Where the board is on screen now: reads layout, so only on drag start and scrolls. */
function measureFrame(refs: BoardRefs): BoardFrame {
  const canvas = refs.canvas.current?.getBoundingClientRect();
  return {
    areas: { tray: rectOf(refs.tray.current), canvas: rectOf(refs.viewport.current) },
    canvasOrigin: { x: canvas?.left ?? 0, y: canvas?.top ?? 0 },
    scroll: {
      tray: scrollOf(refs.tray.current),
      canvas: scrollOf(refs.viewport.current),
      window: { x: window.scrollX, y: window.scrollY },
    },
  };
}

const dragOf = (data: unknown) => data as DragData;
const dropOf = (data: unknown) => (data ?? null) as DropData | null;

const announcements: Announcements = {
  onDragStart: ({ active }) => announceStart(dragOf(active.data.current)),
  onDragOver: ({ active, over }) =>
    announceOver(dragOf(active.data.current), dropOf(over?.data.current)),
  onDragEnd: ({ active, over }) =>
    announceDrop(dragOf(active.data.current), dropOf(over?.data.current)),
  onDragCancel: ({ active }) => announceCancel(dragOf(active.data.current)),
};

/**
 * The clustering board: the tray of cards nobody placed yet beside the canvas, in one
 * drag and drop context (mouse, touch, keyboard; announced to screen readers). A drop
 * becomes one command by shared `resolveDrop`, run under this tab's origin; the card in
 * flight is published in presence for others' ghosts.
 */
export function ClusterBoard({ canEdit, refs }: { canEdit: boolean; refs: BoardRefs }) {
  const layout = useClusterState((s) => s.layout);
  const cardMap = useRevealedCardMap();
  const { columns } = usePlan();
  const commands = useClusterCommands();
  const [active, setActive] = useState<DragData | null>(null);

  const [tracker] = useState(() => new FrameTracker(() => measureFrame(refs)));
  const areas = useCallback(() => tracker.get().areas, [tracker]);
  const sensors = useBoardSensors(areas);
  const collision = useMemo(() => boardCollision(tracker.get), [tracker]);

  const endDrag = () => {
    tracker.end();
    commands.dragEnd();
    setActive(null);
  };
  const textOf = useCallback((id: string) => cardMap.get(id)?.text ?? '', [cardMap]);

  const tray = useMemo(() => {
    const rank = new Map(columns.map((c, i) => [c.id, i]));
    const column = (id: string) => rank.get(cardMap.get(id)?.column ?? '') ?? columns.length;
    // Stable sort: within a column the cards keep their (random) reveal order.
    return layout.free
      .filter((f) => f.at === null)
      .sort((a, b) => column(a.cardId) - column(b.cardId));
  }, [layout.free, cardMap, columns]);

  /** A screen rectangle's top-left corner in board coordinates. */
  const toBoard = (rect: ClientRect | null): Point | null => {
    const { canvasOrigin } = tracker.get();
    return rect ? boardPoint(rect.left - canvasOrigin.x, rect.top - canvasOrigin.y) : null;
  };

  const onDragStart = ({ active: a }: DragStartEvent) => {
    tracker.start();
    setActive(dragOf(a.data.current));
  };

  const onDragMove = ({ active: a }: DragMoveEvent) => {
    const { source } = dragOf(a.data.current);
    const at = toBoard(a.rect.current.translated);
    if (source.kind === 'card' && at) commands.dragMove({ cardId: source.cardId, ...at });
  };

  const onDragEnd = ({ active: a, over }: DragEndEvent) => {
    const drag = dragOf(a.data.current);
    const drop = dropOf(over?.data.current);
    const at = toBoard(a.rect.current.translated);
    endDrag();
    if (!drop || !at) return;
    let target: DropTarget = drop.target;
    if (drop.area === 'tray') {
      // A cluster is only ever placed on the canvas.
      if (drag.source.kind === 'cluster' || target.kind !== 'card') return;
      // Two tray cards make a cluster in the first room on the canvas.
      const size = estimateClusterRect(
        { at: { x: 0, y: 0 }, cardIds: [target.cardId, drag.source.cardId] },
        textOf,
      );
      const width = refs.viewport.current?.clientWidth ?? 0;
      target = { ...target, at: findRoom(occupiedRects(layout, textOf), size, columnsFor(width)) };
    }
    const command = resolveDrop(drag.source, target, at);
    if (command.type !== 'none') commands.run(command);
  };

  const onDragCancel = endDrag;
  // A drag cut short by leaving the view leaves no listener behind.
  useEffect(() => () => tracker.end(), [tracker]);

  return (
    <DndContext
      id="cluster-board"
      sensors={sensors}
      collisionDetection={collision}
      // Scroll only near the very edge, so a drop near the bottom of the window lands
      // where it was aimed.
      autoScroll={{ threshold: { x: 0.1, y: 0.1 } }}
      measuring={{ droppable: { strategy: MeasuringStrategy.WhileDragging } }}
      accessibility={{
        announcements,
        screenReaderInstructions: { draggable: SCREEN_READER_INSTRUCTIONS },
      }}
      onDragStart={onDragStart}
      onDragMove={onDragMove}
      onDragEnd={onDragEnd}
      onDragCancel={onDragCancel}
    >
      <div className="cluster-board">
        <CardTray
          cards={tray}
          cardMap={cardMap}
          columns={columns}
          canEdit={canEdit}
          scrollRef={refs.tray}
        />
        <BoardCanvas
          layout={layout}
          cardMap={cardMap}
          columns={columns}
          canEdit={canEdit}
          viewportRef={refs.viewport}
          canvasRef={refs.canvas}
        />
      </div>
      <DragOverlay dropAnimation={null}>
        {active ? <DragPreview data={active} cards={cardMap} columns={columns} /> : null}
      </DragOverlay>
    </DndContext>
  );
}
