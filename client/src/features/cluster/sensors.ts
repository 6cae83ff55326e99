/**
 * The ways to drag on the clustering board: a mouse or pen (drag starts after a few
 * pixels, so a click still ticks a box or focuses a name), a finger (press and hold, so
 * a swipe still scrolls the board), and the keyboard (Space, arrows, Space; see
 * dragModel.ts `keyboardMove`).
 */
import {
  KeyboardSensor,
  PointerSensor,
  TouchSensor,
  useSensor,
  useSensors,
  type KeyboardCoordinateGetter,
  type PointerSensorOptions,
  type SensorDescriptor,
  type SensorOptions,
} from '@dnd-kit/core';
import type { PointerEvent } from 'react';
import {
  keyboardMove,
  type AreaRects,
  type DragData,
  type DropData,
  type HitBox,
} from './dragModel.ts';

/** Whether a pointer-down may start a mouse or pen drag (touch waits for the TouchSensor). */
export function startsMouseDrag(
  event: Pick<globalThis.PointerEvent, 'pointerType' | 'isPrimary' | 'button'>,
): boolean {
  return event.pointerType !== 'touch' && event.isPrimary && event.button === 0;
}

/** PointerSensor for mouse and pen only: touch goes to the TouchSensor's press and hold. */
export class MouseAndPenSensor extends PointerSensor {
  static override activators = [
    {
      eventName: 'onPointerDown' as const,
      handler: ({ nativeEvent }: PointerEvent, { onActivation }: PointerSensorOptions) => {
        if (!startsMouseDrag(nativeEvent)) return false;
        onActivation?.({ event: nativeEvent });
        return true;
      },
    },
  ];
}

/** The arrow keys go from target to target (dragModel.ts), over what dnd-kit measured. */
const keyboardCoordinates =
  (areas: () => AreaRects): KeyboardCoordinateGetter =>
  (event, { active, context }) => {
    const dragged = context.collisionRect;
    const source = context.draggableNodes.get(active)?.data.current as DragData | undefined;
    if (!dragged || !source) return undefined;
    const boxes: HitBox[] = [];
    for (const container of context.droppableContainers.getEnabled()) {
      const rect = context.droppableRects.get(container.id);
      const data = container.data.current as DropData | undefined;
      if (!rect || !data) continue;
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
    const next = keyboardMove(event.code, dragged, source.source, boxes, areas());
    if (next) event.preventDefault();
    return next ?? undefined;
  };

/** The three sensors; `areas` says where the tray and the canvas are on screen. */
export function useBoardSensors(areas: () => AreaRects): SensorDescriptor<SensorOptions>[] {
  return useSensors(
    useSensor(MouseAndPenSensor, { activationConstraint: { distance: 6 } }),
    useSensor(TouchSensor, { activationConstraint: { delay: 220, tolerance: 8 } }),
    useSensor(KeyboardSensor, { coordinateGetter: keyboardCoordinates(areas) }),
  );
}
