import { describe, expect, it } from 'vitest';
import { shiftBoxes } from './collision.ts';
import type { HitBox } from './dragModel.ts';

const still = { tray: { x: 0, y: 0 }, canvas: { x: 0, y: 0 }, window: { x: 0, y: 0 } };
const inTray: HitBox = {
  id: 'card:t',
  left: 10,
  top: 100,
  width: 200,
  height: 80,
  target: { kind: 'card', cardId: 't', clusterId: null },
  area: 'tray',
};
const onCanvas: HitBox = {
  ...inTray,
  id: 'board',
  left: 300,
  top: 50,
  target: { kind: 'board' },
  area: 'canvas',
};

describe('hit boxes between measurements', () => {
  it('stay where they were measured while nothing scrolls', () => {
    expect(shiftBoxes([inTray, onCanvas], still, still)).toEqual([inTray, onCanvas]);
  });

  it('move up with their own area’s scroll only, and all with the window’s', () => {
    const scrolled = { ...still, canvas: { x: 40, y: 120 } };
    const [tray, canvas] = shiftBoxes([inTray, onCanvas], still, scrolled);
    expect(tray).toMatchObject({ left: 10, top: 100 });
    expect(canvas).toMatchObject({ left: 260, top: -70 });
    const windowDown = { ...still, window: { x: 0, y: 30 } };
    expect(shiftBoxes([inTray], still, windowDown)[0]).toMatchObject({ top: 70 });
  });
});
