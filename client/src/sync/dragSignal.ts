/**
 * "Who is dragging what, where": a presence field `dragging: { cardId, x, y }` on the
 * board doc's awareness while this tab drags a card (board coordinates), and null once
 * it drops or cancels. Others draw a ghost of the card in the dragger's colour.
 *
 * A pointer moves at 60+ events a second; each awareness change is a message to every
 * peer, so moves are throttled to one per {@link DRAG_INTERVAL_MS} (~20 a second), the
 * last position always sent. Awareness states come from other browsers: a state that
 * does not parse is no drag.
 */
import { BOARD_EXTENT, PlacedCardIdSchema } from '@hindsight/shared';
import type { Awareness } from 'y-protocols/awareness';
import { z } from 'zod';
import type { DragPosition } from '../state/clusterCommands.ts';
import type { RemoteDrag } from '../state/clusterStore.ts';

/** At most one drag position per this many ms goes out. */
export const DRAG_INTERVAL_MS = 50;

export interface DragSignal {
  /** The drag moved: sent now if the last send was long enough ago, else soon after. */
  move(drag: DragPosition): void;
  /** The drag is over: says so now, dropping any position still waiting. */
  end(): void;
}

interface Timers {
  readonly now: () => number;
  readonly setTimeout: (fn: () => void, ms: number) => unknown;
  readonly clearTimeout: (handle: unknown) => void;
}

const realTimers: Timers = {
  now: () => performance.now(),
  setTimeout: (fn, ms) => setTimeout(fn, ms),
  clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

/**
 * Leading and trailing throttle: the first move goes out at once, then at most one per
 * `intervalMs`, and the latest position is never lost. `publish(null)` only follows a
 * drag that was published.
 */
export function createDragSignal(
  publish: (drag: DragPosition | null) => void,
  intervalMs = DRAG_INTERVAL_MS,
  timers: Timers = realTimers,
): DragSignal {
  let lastSent = -Infinity;
  let pending: DragPosition | null = null;
  let timer: unknown = null;
  let dragging = false;

  const flush = () => {
    timer = null;
    if (pending === null) return;
    const drag = pending;
    pending = null;
    lastSent = timers.now();
    dragging = true;
    publish(drag);
  };

  return {
    move(drag) {
      pending = drag;
      if (timer !== null) return;
      const wait = lastSent + intervalMs - timers.now();
      if (wait <= 0) flush();
      else timer = timers.setTimeout(flush, wait);
    },
    end() {
      if (timer !== null) timers.clearTimeout(timer);
      timer = null;
      pending = null;
      lastSent = -Infinity;
      if (!dragging) return;
      dragging = false;
      publish(null);
    },
  };
}

const coordinate = z.number().finite().min(-BOARD_EXTENT).max(BOARD_EXTENT);
const DraggingSchema = z.object({ cardId: PlacedCardIdSchema, x: coordinate, y: coordinate });

/** Sets or clears this tab's `dragging` field (only once it has a presence state). */
export function publishDragging(awareness: Awareness, drag: DragPosition | null): void {
  if (awareness.getLocalState() === null) return;
  awareness.setLocalStateField(
    'dragging',
    drag === null ? null : { cardId: drag.cardId, x: Math.round(drag.x), y: Math.round(drag.y) },
  );
}

/** Other tabs' drags in progress, by client id; this tab's own is left out. */
export function readDrags(awareness: Awareness): RemoteDrag[] {
  const drags: RemoteDrag[] = [];
  awareness.getStates().forEach((state, clientId) => {
    if (clientId === awareness.clientID) return;
    const parsed = DraggingSchema.safeParse((state as { dragging?: unknown }).dragging);
    if (parsed.success) drags.push({ clientId, ...parsed.data });
  });
  return drags.sort((a, b) => a.clientId - b.clientId);
}
