/**
 * Where each thing on the clustering canvas is drawn, so that nothing covers anything
 * else. Pure and tested.
 *
 * Positions are shared, heights are not: a cluster is as tall as this viewer draws it
 * (the vote bar, "Yours" badges, names that wrap), so boxes placed apart on one screen
 * can meet on another. Each viewer therefore draws the stored positions pushed apart by
 * its own measured heights: boxes are taken top to bottom (then left to right), and one
 * that would meet a box already drawn moves down below it, until it is clear. Only ever
 * down, so columns stay columns and the order reads the same for everyone.
 */
import type { Point } from '@hindsight/shared';

/** A thing on the canvas at its stored position, with the size this viewer draws. */
export interface Box {
  readonly id: string;
  readonly at: Point;
  readonly width: number;
  readonly height: number;
}

/** Room kept between two boxes pushed apart, board units. */
export const SEPARATION = 12;

/** Whether `box` drawn at `a` covers any of `b`. Touching edges do not. */
const covers = (a: Point, box: Box, b: Box) =>
  a.x < b.at.x + b.width &&
  b.at.x < a.x + box.width &&
  a.y < b.at.y + b.height &&
  b.at.y < a.y + box.height;

/**
 * Where to draw each box (by id): its stored position when it covers nothing drawn
 * before it, else lower down, `gap` below the box it would cover. An unmoved box keeps
 * its `at` object, so memoised views of it do not redraw.
 */
export function separate(boxes: readonly Box[], gap = SEPARATION): Map<string, Point> {
  const order = [...boxes].sort(
    (a, b) => a.at.y - b.at.y || a.at.x - b.at.x || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
  const drawn: Box[] = [];
  const shown = new Map<string, Point>();
  for (const box of order) {
    let at = box.at;
    // Each step moves below a drawn box, so it ends within `drawn.length` steps.
    for (let hit = drawn.find((d) => covers(at, box, d)); hit;) {
      at = { x: at.x, y: hit.at.y + hit.height + gap };
      hit = drawn.find((d) => covers(at, box, d));
    }
    drawn.push({ ...box, at });
    shown.set(box.id, at);
  }
  return shown;
}
