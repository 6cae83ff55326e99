/**
 * dnd-kit's collision detection for the clustering board: the single most specific
 * target under the pointer (or, for the keyboard, under the dragged thing's centre), by
 * dragModel.ts `targetAt`, within the area the target is drawn in.
 *
 * It runs on every pointer move, so it reads no layout. dnd-kit measures the targets
 * once when a drag starts; their rectangles are read once into plain boxes, and later
 * moves only shift them by how far their area (tray or canvas) and the window have
 * scrolled since, from a {@link BoardFrame} kept up to date on scroll events. (Reading
 * dnd-kit's rectangles on every move walks their scroll containers each time, which
 * forces a layout per target: at 200 cards, most of a slow laptop's frame.)
 */
import type { CollisionDetection } from '@dnd-kit/core';
import type { Point } from '@hindsight/shared';
import {
  centre,
  targetAt,
  type AreaRects,
  type BoardArea,
  type DropData,
  type HitBox,
} from './dragModel.ts';

/** Where the board is on screen, measured when a drag starts and on every scroll. */
export interface BoardFrame {
  /** The tray's and the canvas's visible rectangles (their scrolling viewports). */
  readonly areas: AreaRects;
  /** The canvas's top-left corner (board 0,0) on screen. */
  readonly canvasOrigin: Point;
  /** How far each area, and the window, is scrolled. */
  readonly scroll: Readonly<Record<BoardArea | 'window', Point>>;
}

/**
 * `boxes`, measured in the frame `then`, as they are on screen in the frame `now`: a box
 * moves up as its area or the window scrolls down.
 */
export function shiftBoxes(
  boxes: readonly HitBox[],
  then: BoardFrame['scroll'],
  now: BoardFrame['scroll'],
): HitBox[] {
  const dx = (area: BoardArea) => now[area].x - then[area].x + now.window.x - then.window.x;
  const dy = (area: BoardArea) => now[area].y - then[area].y + now.window.y - then.window.y;
  const shift = {
    tray: { x: dx('tray'), y: dy('tray') },
    canvas: { x: dx('canvas'), y: dy('canvas') },
  };
  if (shift.tray.x === 0 && shift.tray.y === 0 && shift.canvas.x === 0 && shift.canvas.y === 0) {
    return [...boxes];
  }
  return boxes.map((box) => ({
    ...box,
    left: box.left - shift[box.area].x,
    top: box.top - shift[box.area].y,
  }));
}

/**
 * Keeps the board's frame during a drag: measured when the drag starts (or first asked
 * for), again on every scroll and resize, forgotten when the drag ends.
 */
export class FrameTracker {
  private frame: BoardFrame | null = null;
  private stop: (() => void) | null = null;

  constructor(private readonly measure: () => BoardFrame) {}

  /** The frame now (measuring it if nobody has yet). */
  readonly get = (): BoardFrame => {
    this.frame ??= this.measure();
    return this.frame;
  };

  /** Starts following scrolls and resizes, for one drag. */
  start(): void {
    this.end();
    const remeasure = () => {
      this.frame = this.measure();
    };
    remeasure();
    document.addEventListener('scroll', remeasure, { capture: true, passive: true });
    window.addEventListener('resize', remeasure);
    this.stop = () => {
      document.removeEventListener('scroll', remeasure, { capture: true });
      window.removeEventListener('resize', remeasure);
    };
  }

  /** Stops following, and forgets the frame. */
  end(): void {
    this.stop?.();
    this.stop = null;
    this.frame = null;
  }
}

/** The collision detection, reading the board's frame through `frame` (see above). */
export function boardCollision(frame: () => BoardFrame): CollisionDetection {
  let measured: unknown = null;
  let count = -1;
  let boxes: HitBox[] = [];
  let then: BoardFrame['scroll'] | null = null;

  return ({ droppableContainers, droppableRects, pointerCoordinates, collisionRect }) => {
    const now = frame();
    // dnd-kit hands a new map whenever it measured again (a target came or went).
    if (measured !== droppableRects || count !== droppableContainers.length || !then) {
      measured = droppableRects;
      count = droppableContainers.length;
      then = now.scroll;
      boxes = [];
      for (const container of droppableContainers) {
        const rect = droppableRects.get(container.id);
        const data = container.data.current as DropData | undefined;
        if (!rect || !data || container.disabled) continue;
        const { left, top, width, height } = rect;
        boxes.push({
          id: String(container.id),
          left,
          top,
          width,
          height,
          target: data.target,
          area: data.area,
        });
      }
    }
    const point = pointerCoordinates ?? centre(collisionRect);
    const hit = targetAt(point.x, point.y, shiftBoxes(boxes, then, now.scroll), now.areas);
    return hit ? [{ id: hit.id }] : [];
  };
}
