import type { DragSource, DropTarget } from '@hindsight/shared';
import { describe, expect, it } from 'vitest';
import {
  announceCancel,
  announceDrop,
  announceOver,
  announceStart,
  cardLabel,
  clusterLabel,
  clusterTitle,
  KEYBOARD_STEP,
  keyboardMove,
  targetAt,
  type AreaRects,
  type DragData,
  type DropData,
  type HitBox,
} from './dragModel.ts';

const box = (
  id: string,
  left: number,
  top: number,
  width: number,
  height: number,
  target: DropTarget,
  area: HitBox['area'] = 'canvas',
): HitBox => ({ id, left, top, width, height, target, area });

const SCREEN: AreaRects = {
  tray: { left: 0, top: 0, width: 200, height: 800 },
  canvas: { left: 200, top: 0, width: 1000, height: 800 },
};

const board = box('board', 200, 0, 3000, 3000, { kind: 'board' });
const clusterA = box('cluster:A', 300, 100, 236, 300, { kind: 'cluster', clusterId: 'A' });
const inA = box('card:a1', 310, 150, 208, 80, { kind: 'card', cardId: 'a1', clusterId: 'A' });
const free = box('card:f', 700, 100, 208, 80, {
  kind: 'card',
  cardId: 'f',
  clusterId: null,
  at: { x: 500, y: 100 },
});
const trayCard = box(
  'card:t',
  10,
  20,
  180,
  80,
  { kind: 'card', cardId: 't', clusterId: null },
  'tray',
);
const boxes = [board, clusterA, inA, free, trayCard];

describe('drop targets', () => {
  it('picks the most specific target under the point: card, then cluster, then board', () => {
    expect(targetAt(320, 160, boxes, SCREEN)?.id).toBe('card:a1');
    expect(targetAt(320, 350, boxes, SCREEN)?.id).toBe('cluster:A');
    expect(targetAt(1100, 600, boxes, SCREEN)?.id).toBe('board');
    expect(targetAt(50, 50, boxes, SCREEN)?.id).toBe('card:t');
  });

  it('ignores targets scrolled out of their area, such as canvas under the tray', () => {
    const underTray = box('cluster:B', 0, 0, 300, 300, { kind: 'cluster', clusterId: 'B' });
    expect(targetAt(100, 500, [underTray, board], SCREEN)).toBeNull();
    expect(targetAt(320, 160, boxes, { tray: SCREEN.tray })).toBeNull();
  });
});

describe('keyboard drag', () => {
  const cardA1: DragSource = { kind: 'card', cardId: 'a1', clusterId: 'A' };
  const size = { width: 200, height: 80 };

  it('goes to the nearest card that way, never to itself, centring on it', () => {
    const from = { left: 310, top: 150, ...size };
    const moved = keyboardMove('ArrowRight', from, cardA1, boxes, SCREEN);
    // The free card's centre is (804, 140).
    expect(moved).toEqual({ x: 804 - 100, y: 140 - 40 });
  });

  it('steps over empty board when there is nothing that way, and ignores other keys', () => {
    const from = { left: 700, top: 100, ...size };
    const source: DragSource = { kind: 'card', cardId: 'f', clusterId: null };
    expect(keyboardMove('ArrowDown', from, source, boxes, SCREEN)).toEqual({
      x: 700,
      y: 100 + KEYBOARD_STEP,
    });
    expect(keyboardMove('KeyA', from, source, boxes, SCREEN)).toBeNull();
  });

  it('takes a cluster to other clusters only', () => {
    const other = box('cluster:B', 800, 100, 236, 200, { kind: 'cluster', clusterId: 'B' });
    const source: DragSource = { kind: 'cluster', clusterId: 'A' };
    const from = { left: 300, top: 100, width: 236, height: 300 };
    const moved = keyboardMove('ArrowRight', from, source, [...boxes, other], SCREEN);
    expect(moved).toEqual({ x: 918 - 118, y: 200 - 150 });
  });
});

describe('announcements', () => {
  const drag: DragData = {
    source: { kind: 'card', cardId: 'f', clusterId: null },
    label: cardLabel('Pool too small'),
  };
  const onCard: DropData = {
    target: { kind: 'card', cardId: 'g', clusterId: null },
    label: cardLabel('No pool alert'),
    area: 'tray',
  };
  const onCluster: DropData = {
    target: { kind: 'cluster', clusterId: 'A' },
    label: 'cluster “Alerting”',
    area: 'canvas',
  };

  it('say the card text and the target, and what a drop there would do', () => {
    expect(announceStart(drag)).toContain('Picked up card “Pool too small”');
    expect(announceOver(drag, onCard)).toBe(
      'Card “Pool too small” is over card “No pool alert”: drop to start a cluster with card “No pool alert”.',
    );
    expect(announceOver(drag, onCluster)).toContain('drop to add it to cluster “Alerting”');
    expect(announceOver(drag, null)).toBe('Card “Pool too small” is over no card or cluster.');
  });

  it('say what the drop did, or that a cancel changed nothing', () => {
    expect(announceDrop(drag, onCluster)).toBe(
      'Dropped card “Pool too small” into cluster “Alerting”.',
    );
    const cluster: DragData = {
      source: { kind: 'cluster', clusterId: 'B' },
      label: 'cluster “DB”',
    };
    expect(announceDrop(cluster, onCluster)).toBe('Merged cluster “DB” into cluster “Alerting”.');
    expect(announceCancel(drag)).toBe('Cancelled. Card “Pool too small” stays where it was.');
  });

  it('name an unnamed cluster by its first card, and shorten long texts', () => {
    expect(clusterTitle('  ', 'The first card')).toBe('Unnamed: “The first card”');
    expect(clusterTitle('Alerting', 'x')).toBe('Alerting');
    expect(cardLabel('x'.repeat(100)).length).toBeLessThan(70);
  });
});

describe('announcements at the start of a drag', () => {
  it('say nothing over the dragged card itself, so the instructions are heard', () => {
    const drag: DragData = {
      source: { kind: 'card', cardId: 'f', clusterId: null },
      label: cardLabel('Alone'),
    };
    const itself: DropData = {
      target: { kind: 'card', cardId: 'f', clusterId: null },
      label: cardLabel('Alone'),
      area: 'tray',
    };
    expect(announceOver(drag, itself)).toBeUndefined();
  });
});

describe('cluster labels', () => {
  it('say the name, or the first card of an unnamed cluster', () => {
    expect(clusterLabel(' Alerting ', 'x')).toBe('cluster “Alerting”');
    expect(clusterLabel('', 'Pool too small')).toBe(
      'the unnamed cluster with card “Pool too small”',
    );
  });
});

describe('keyboard drag onto clusters', () => {
  it('takes a card to a cluster that way, as cards in clusters are not targets themselves', () => {
    const cluster = box('cluster:B', 800, 100, 236, 200, { kind: 'cluster', clusterId: 'B' });
    const source: DragSource = { kind: 'card', cardId: 't', clusterId: null };
    const from = { left: 10, top: 100, width: 200, height: 80 };
    expect(keyboardMove('ArrowRight', from, source, [board, trayCard, cluster], SCREEN)).toEqual({
      x: 918 - 100,
      y: 200 - 40,
    });
  });
});
