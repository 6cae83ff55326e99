/**
 * The drag and drop model of the clustering board, without React or dnd-kit: what a
 * draggable and a drop target carry, which target a point is over, where the arrow keys
 * take a keyboard drag, and what a screen reader hears. Pure and tested; ClusterBoard
 * wires it to dnd-kit, and shared `resolveDrop` turns a drop into a command.
 */
import {
  resolveDrop,
  type ClusterCommand,
  type DragSource,
  type DropTarget,
} from '@hindsight/shared';

/** What a draggable carries (dnd-kit `data`): what it is, and how to say it. */
export interface DragData {
  readonly source: DragSource;
  /** "card “No alert on the pool”", "cluster “Alerting”". */
  readonly label: string;
}

/** The two scrolling parts of the board: the tray of unplaced cards, and the canvas. */
export type BoardArea = 'tray' | 'canvas';

/** What a drop target carries. */
export interface DropData {
  readonly target: DropTarget;
  readonly label: string;
  /** Where it is drawn: a target only counts where its area is on screen. */
  readonly area: BoardArea;
}

/** dnd-kit ids: one namespace for cards, clusters and the board. */
export const dndId = {
  card: (cardId: string) => `card:${cardId}`,
  cluster: (clusterId: string) => `cluster:${clusterId}`,
  board: 'board',
} as const;

const shorten = (text: string, max: number) => {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
};

/** How a card is named to a screen reader or in a menu. */
export function cardLabel(text: string): string {
  return `card “${shorten(text, 60)}”`;
}

/** How a cluster is named: its name, or its first card when it has none. */
export function clusterTitle(name: string, firstCardText: string | undefined): string {
  if (name.trim() !== '') return name.trim();
  return firstCardText === undefined
    ? 'Unnamed cluster'
    : `Unnamed: “${shorten(firstCardText, 40)}”`;
}

/** How a cluster is named to a screen reader: “cluster “Alerting””. */
export function clusterLabel(name: string, firstCardText: string | undefined): string {
  if (name.trim() !== '') return `cluster “${name.trim()}”`;
  return firstCardText === undefined
    ? 'an unnamed cluster'
    : `the unnamed cluster with ${cardLabel(firstCardText)}`;
}

export const BOARD_LABEL = 'the empty board';

/** A drop target as measured on screen, for the pure hit tests below. */
export interface HitBox {
  readonly id: string;
  readonly left: number;
  readonly top: number;
  readonly width: number;
  readonly height: number;
  readonly target: DropTarget;
  readonly area: BoardArea;
}

/** An area's visible rectangle on screen (its scrolling viewport), if it is shown. */
export type AreaRects = Readonly<
  Partial<Record<BoardArea, Omit<HitBox, 'id' | 'target' | 'area'>>>
>;

const PRIORITY: Record<DropTarget['kind'], number> = { card: 3, cluster: 2, board: 1 };

type Box = Pick<HitBox, 'left' | 'top' | 'width' | 'height'>;

const contains = (box: Box, x: number, y: number) =>
  x >= box.left && x <= box.left + box.width && y >= box.top && y <= box.top + box.height;

export const centre = (box: Box) => ({
  x: box.left + box.width / 2,
  y: box.top + box.height / 2,
});

/**
 * The target under a point: the most specific one containing it (a card before its
 * cluster, a cluster before the board), the nearest centre among equals. The pointer's
 * position for a mouse or a finger, the dragged thing's centre for the keyboard. A
 * target scrolled out of its area's viewport is not under anything.
 */
export function targetAt(
  x: number,
  y: number,
  boxes: readonly HitBox[],
  areas: AreaRects,
): HitBox | null {
  let best: HitBox | null = null;
  let bestDistance = Infinity;
  for (const box of boxes) {
    const area = areas[box.area];
    if (!contains(box, x, y) || !area || !contains(area, x, y)) continue;
    const c = centre(box);
    const distance = Math.hypot(c.x - x, c.y - y);
    const better =
      best === null ||
      PRIORITY[box.target.kind] > PRIORITY[best.target.kind] ||
      (PRIORITY[box.target.kind] === PRIORITY[best.target.kind] && distance < bestDistance);
    if (better) {
      best = box;
      bestDistance = distance;
    }
  }
  return best;
}

const DIRECTIONS: Record<string, { x: number; y: number }> = {
  ArrowRight: { x: 1, y: 0 },
  ArrowLeft: { x: -1, y: 0 },
  ArrowDown: { x: 0, y: 1 },
  ArrowUp: { x: 0, y: -1 },
};

/** How far an arrow key moves a keyboard drag when there is no target that way. */
export const KEYBOARD_STEP = 64;

/**
 * Where an arrow key takes a keyboard drag: the centre of the nearest target that way
 * (cards and clusters for a card, clusters for a cluster; never the dragged thing),
 * or one step that way over empty board. Only targets visible in their area count.
 * Returns the dragged thing's new top-left
 * corner, as dnd-kit's keyboard sensor wants it, or null for any other key.
 */
export function keyboardMove(
  key: string,
  dragged: {
    readonly left: number;
    readonly top: number;
    readonly width: number;
    readonly height: number;
  },
  source: DragSource,
  boxes: readonly HitBox[],
  areas: AreaRects,
): { x: number; y: number } | null {
  const dir = DIRECTIONS[key];
  if (!dir) return null;
  const from = centre(dragged);
  let best: { x: number; y: number } | null = null;
  let bestScore = Infinity;
  for (const box of boxes) {
    const t = box.target;
    const area = areas[box.area];
    const c = centre(box);
    // Only targets one can see: not those scrolled out of their area.
    if (!area || !contains(area, c.x, c.y)) continue;
    if (
      source.kind === 'card' &&
      (t.kind === 'board' || (t.kind === 'card' && t.cardId === source.cardId))
    )
      continue;
    if (source.kind === 'cluster' && (t.kind !== 'cluster' || t.clusterId === source.clusterId))
      continue;
    const along = (c.x - from.x) * dir.x + (c.y - from.y) * dir.y;
    const across = Math.abs((c.x - from.x) * dir.y - (c.y - from.y) * dir.x);
    // That way means within about 60° of the arrow, not merely a little that way.
    if (along < 8 || across > 2 * along) continue;
    const score = along + 2 * across;
    if (score < bestScore) {
      bestScore = score;
      best = c;
    }
  }
  const to = best ?? { x: from.x + dir.x * KEYBOARD_STEP, y: from.y + dir.y * KEYBOARD_STEP };
  return { x: to.x - dragged.width / 2, y: to.y - dragged.height / 2 };
}

const ORIGIN = { x: 0, y: 0 };

/** What a drop of `drag` on `over` would do, as a sentence's end ("drop to …"). */
function outcome(drag: DragData, over: DropData): { command: ClusterCommand; says: string } {
  const command = resolveDrop(drag.source, over.target, ORIGIN);
  switch (command.type) {
    case 'none':
      return { command, says: 'dropping it here changes nothing' };
    case 'groupCards':
      return { command, says: `drop to start a cluster with ${over.label}` };
    case 'moveCardToCluster':
      return { command, says: `drop to add it to ${over.label}` };
    case 'removeCardFromCluster':
      return { command, says: 'drop to take it out of its cluster, onto the board' };
    case 'moveFreeCard':
      return { command, says: 'drop to place it here on the board' };
    case 'moveCluster':
      return { command, says: 'drop to move the cluster here' };
    case 'mergeClusters':
      return { command, says: `drop to merge it into ${over.label}` };
  }
}

/** Screen-reader text when a drag starts. */
export function announceStart(drag: DragData): string {
  return `Picked up ${drag.label}. Arrow keys move it to the next card or cluster, Space drops it, Escape cancels.`;
}

/** Whether `over` is the dragged card or cluster itself (as every drag starts). */
function overItself({ source }: DragData, { target }: DropData): boolean {
  if (source.kind === 'card') return target.kind === 'card' && target.cardId === source.cardId;
  return target.kind === 'cluster' && target.clusterId === source.clusterId;
}

/**
 * Screen-reader text when the drag moves over a target, or off every target; nothing
 * over the dragged thing itself, so the start's instructions are not cut short.
 */
export function announceOver(drag: DragData, over: DropData | null): string | undefined {
  if (over === null) return `${capitalise(drag.label)} is over no card or cluster.`;
  if (overItself(drag, over)) return undefined;
  return `${capitalise(drag.label)} is over ${over.label}: ${outcome(drag, over).says}.`;
}

/** Screen-reader text when the drag ends. */
export function announceDrop(drag: DragData, over: DropData | null): string {
  if (over === null) return `Dropped ${drag.label} where nothing is: it stays where it was.`;
  const { command } = outcome(drag, over);
  const done: Record<ClusterCommand['type'], string> = {
    none: `Dropped ${drag.label}: nothing changed.`,
    groupCards: `Dropped ${drag.label} on ${over.label}: they start a new cluster.`,
    moveCardToCluster: `Dropped ${drag.label} into ${over.label}.`,
    removeCardFromCluster: `Dropped ${drag.label} on the board, out of its cluster.`,
    moveFreeCard: `Dropped ${drag.label} on the board.`,
    moveCluster: `Moved ${drag.label}.`,
    mergeClusters: `Merged ${drag.label} into ${over.label}.`,
  };
  return done[command.type];
}

export function announceCancel(drag: DragData): string {
  return `Cancelled. ${capitalise(drag.label)} stays where it was.`;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Instructions read when a draggable card or cluster gets focus. */
export const SCREEN_READER_INSTRUCTIONS =
  'To move it, press Space. Then use the arrow keys to go to another card or cluster, ' +
  'press Space again to drop it there, or Escape to cancel. ' +
  'You can also tick cards and use Group or Move to cluster.';
