import { describe, expect, it } from 'vitest';
import { Awareness } from 'y-protocols/awareness';
import * as Y from 'yjs';
import type { DragPosition } from '../state/clusterCommands.ts';
import { createDragSignal, DRAG_INTERVAL_MS, publishDragging, readDrags } from './dragSignal.ts';

/** Timers under the test's control. */
function fakeTimers() {
  let now = 0;
  let queue: { at: number; fn: () => void; id: number }[] = [];
  let ids = 0;
  return {
    timers: {
      now: () => now,
      setTimeout: (fn: () => void, ms: number) => {
        const id = ++ids;
        queue.push({ at: now + ms, fn, id });
        return id;
      },
      clearTimeout: (id: unknown) => {
        queue = queue.filter((t) => t.id !== id);
      },
    },
    advance(ms: number) {
      now += ms;
      const due = queue.filter((t) => t.at <= now);
      queue = queue.filter((t) => t.at > now);
      for (const t of due) t.fn();
    },
  };
}

const CARD = 'AAAAbbbbCCCCdddd';
const at = (x: number): DragPosition => ({ cardId: CARD, x, y: 10 });

describe('drag presence throttling', () => {
  it('sends the first move at once, then at most one per interval, always the latest', () => {
    const clock = fakeTimers();
    const sent: (DragPosition | null)[] = [];
    const signal = createDragSignal((d) => sent.push(d), DRAG_INTERVAL_MS, clock.timers);
    signal.move(at(1));
    // 60 pointer events a second for half a second.
    for (let i = 2; i <= 31; i++) {
      clock.advance(1000 / 60);
      signal.move(at(i));
    }
    clock.advance(DRAG_INTERVAL_MS);
    expect(sent[0]).toEqual(at(1));
    expect(sent.at(-1)).toEqual(at(31));
    // ~20 a second: 0.55 s of moves gives about 11 messages, not 31.
    expect(sent.length).toBeGreaterThanOrEqual(10);
    expect(sent.length).toBeLessThanOrEqual(12);
  });

  it('says the drag ended at once, drops a pending move, and says nothing when nothing was sent', () => {
    const clock = fakeTimers();
    const sent: (DragPosition | null)[] = [];
    const signal = createDragSignal((d) => sent.push(d), DRAG_INTERVAL_MS, clock.timers);
    signal.end();
    expect(sent).toEqual([]);
    signal.move(at(1));
    signal.move(at(2));
    signal.end();
    clock.advance(DRAG_INTERVAL_MS * 2);
    expect(sent).toEqual([at(1), null]);
  });

  it('publishes the field rounded, and reads only well-formed drags of other tabs', () => {
    const mine = new Awareness(new Y.Doc());
    publishDragging(mine, { cardId: CARD, x: 10.4, y: 20.6 });
    expect(mine.getLocalState()?.dragging).toEqual({ cardId: CARD, x: 10, y: 21 });
    expect(readDrags(mine)).toEqual([]); // its own drag is not a ghost
    mine.states.set(5, { dragging: { cardId: CARD, x: 1, y: 2 } });
    mine.states.set(6, { dragging: { cardId: 'not a card', x: 1, y: 2 } });
    mine.states.set(7, { dragging: { cardId: CARD, x: 1e12, y: 2 } });
    mine.states.set(8, { dragging: null });
    expect(readDrags(mine)).toEqual([{ clientId: 5, cardId: CARD, x: 1, y: 2 }]);
    mine.destroy();
  });
});
