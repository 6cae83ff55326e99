/**
 * Where things sit on the clustering canvas, in board units (CSS pixels at zoom 1, from
 * the canvas's top-left corner). Pure and tested.
 *
 * The board has two parts. The tray holds the cards nobody has placed yet (placement
 * free with no position): it is a plain list the browser lays out, by column colour, so
 * it never overlaps and shrinks as cards leave it. The canvas holds clusters and the
 * free cards someone placed, at their stored positions, the same for everyone.
 *
 * Heights on the canvas are the browser's to decide (a card's text wraps); where this
 * module must know them (to find room for a new cluster, to tidy up) it estimates them
 * from the text, generously. Each browser draws the boxes pushed apart by the heights it
 * measures (`separate.ts`), so a wrong estimate never makes one cover another.
 */
import {
  BOARD_EXTENT,
  type ClusterCommand,
  type ClusterLayout,
  type ClusterView,
  type Point,
} from '@hindsight/shared';
import type { Box } from './separate.ts';

/** A card on the board, as drawn. Keep in step with cluster.css. */
export const CARD_WIDTH = 208;
/** A cluster's width: a card and the cluster's padding. Keep in step with cluster.css. */
export const CLUSTER_WIDTH = 236;
/** Room kept between things the board places itself. */
export const GAP = 24;
/** The canvas is at least this big, and this much bigger than what it holds. */
export const CANVAS_MIN = { width: 720, height: 560 } as const;
export const CANVAS_MARGIN = 320;

/** An axis-aligned rectangle on the canvas. */
export interface Rect {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** Characters on one line of a card, about, at the card's width. */
const CHARS_PER_LINE = 26;
const LINE_HEIGHT = 22;
const CARD_PADDING = 26;
/** The cluster's header (name, count, votes) and padding. */
const CLUSTER_CHROME = 74;
const CARD_SPACING = 8;

/** About how tall a card with this text is drawn. */
export function estimateCardHeight(text: string): number {
  const lines = text
    .split('\n')
    .reduce((n, line) => n + Math.max(1, Math.ceil(line.length / CHARS_PER_LINE)), 0);
  return CARD_PADDING + Math.min(lines, 24) * LINE_HEIGHT;
}

/** About how much room a cluster takes, from its position and its cards' texts. */
export function estimateClusterRect(
  cluster: Pick<ClusterView, 'at' | 'cardIds'>,
  textOf: (cardId: string) => string,
): Rect {
  const cards = cluster.cardIds.reduce(
    (h, id) => h + estimateCardHeight(textOf(id)) + CARD_SPACING,
    0,
  );
  return { x: cluster.at.x, y: cluster.at.y, width: CLUSTER_WIDTH, height: CLUSTER_CHROME + cards };
}

/** The id of a cluster's box on the canvas (see {@link canvasBoxes}). */
export const clusterBoxId = (clusterId: string) => `cluster:${clusterId}`;
/** The id of a placed free card's box on the canvas (see {@link canvasBoxes}). */
export const cardBoxId = (cardId: string) => `card:${cardId}`;

/**
 * What is on the canvas, every cluster and every placed free card, at its stored position
 * and as tall as `measured` says this browser draws it (by box id), else as estimated.
 */
export function canvasBoxes(
  layout: ClusterLayout,
  textOf: (cardId: string) => string,
  measured: ReadonlyMap<string, number> = new Map(),
): Box[] {
  const boxes: Box[] = layout.clusters.map((c) => {
    const id = clusterBoxId(c.id);
    const height = measured.get(id) ?? estimateClusterRect(c, textOf).height;
    return { id, at: c.at, width: CLUSTER_WIDTH, height };
  });
  for (const card of layout.free) {
    if (card.at === null) continue;
    const id = cardBoxId(card.cardId);
    const height = measured.get(id) ?? estimateCardHeight(textOf(card.cardId));
    boxes.push({ id, at: card.at, width: CARD_WIDTH, height });
  }
  return boxes;
}

/** What is on the canvas, as estimated at the stored positions. */
export function occupiedRects(layout: ClusterLayout, textOf: (cardId: string) => string): Rect[] {
  return canvasBoxes(layout, textOf).map(({ at, width, height }) => ({ ...at, width, height }));
}

const overlaps = (a: Rect, b: Rect) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/** Vertical step of the search for room, board units. */
const SCAN_STEP = 24;
/** The search gives up below this depth and stacks at the bottom instead. */
const SCAN_DEPTH = 40_000;

/**
 * The top-most, then left-most, spot in a grid of `columns` cluster-wide columns where
 * a thing of `size` fits with a {@link GAP} around it. Used for new clusters made from
 * tray cards, a selection or a suggestion, and for cards taken out of a cluster.
 */
export function findRoom(
  occupied: readonly Rect[],
  size: { readonly width: number; readonly height: number },
  columns: number,
): Point {
  const count = Math.max(1, Math.floor(columns));
  for (let y = GAP; y < SCAN_DEPTH; y += SCAN_STEP) {
    for (let col = 0; col < count; col++) {
      const x = GAP + col * (CLUSTER_WIDTH + GAP);
      const wanted = {
        x: x - GAP / 2,
        y: y - GAP / 2,
        width: size.width + GAP,
        height: size.height + GAP,
      };
      if (!occupied.some((r) => overlaps(r, wanted))) return { x, y };
    }
  }
  const bottom = occupied.reduce((max, r) => Math.max(max, r.y + r.height), 0);
  return { x: GAP, y: bottom + GAP };
}

/** How many cluster columns fit in a canvas this wide (at least two). */
export function columnsFor(width: number): number {
  return Math.max(2, Math.floor((width - GAP) / (CLUSTER_WIDTH + GAP)));
}

/** The canvas's size: what it holds plus a margin to drop into, at least the minimum. */
export function canvasSize(occupied: readonly Rect[]): { width: number; height: number } {
  let width = 0;
  let height = 0;
  for (const r of occupied) {
    width = Math.max(width, r.x + r.width);
    height = Math.max(height, r.y + r.height);
  }
  return {
    width: Math.max(CANVAS_MIN.width, width + CANVAS_MARGIN),
    height: Math.max(CANVAS_MIN.height, height + CANVAS_MARGIN),
  };
}

/** A drop position made storable: whole units, on the board, never left of or above it. */
export function boardPoint(x: number, y: number): Point {
  const clamp = (v: number) =>
    Math.min(BOARD_EXTENT, Math.max(0, Math.round(Number.isFinite(v) ? v : 0)));
  return { x: clamp(x), y: clamp(y) };
}

/**
 * "Tidy up": the clusters in `columns` columns, each to the shortest column so far, in
 * the order given; one move per cluster not already in its place. Free cards stay.
 */
export function tidyClusters(
  clusters: readonly ClusterView[],
  textOf: (cardId: string) => string,
  columns: number,
): ClusterCommand[] {
  const count = Math.max(1, Math.floor(columns));
  const heights = Array<number>(count).fill(GAP);
  const commands: ClusterCommand[] = [];
  for (const cluster of clusters) {
    const col = heights.indexOf(Math.min(...heights));
    const at = { x: GAP + col * (CLUSTER_WIDTH + GAP), y: heights[col]! };
    heights[col]! += estimateClusterRect(cluster, textOf).height + GAP;
    if (at.x !== cluster.at.x || at.y !== cluster.at.y) {
      commands.push({ type: 'moveCluster', clusterId: cluster.id, at });
    }
  }
  return commands;
}
