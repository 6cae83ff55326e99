import { useEffect, useRef } from 'react';

interface Props {
  /** What is moved, for the buttons' names ("Move Timeline up"). */
  readonly label: string;
  readonly index: number;
  readonly count: number;
  readonly onMove: (delta: -1 | 1) => void;
}

/**
 * Up and down buttons for a row. Focus follows the row to its new place, so a keyboard
 * user can press the same button again to keep moving it.
 */
export function MoveButtons({ label, index, count, onMove }: Props) {
  const up = useRef<HTMLButtonElement>(null);
  const down = useRef<HTMLButtonElement>(null);
  const pending = useRef<-1 | 1 | null>(null);

  useEffect(() => {
    const delta = pending.current;
    if (delta === null) return;
    pending.current = null;
    const canUp = index > 0;
    const canDown = index < count - 1;
    const target = delta === -1 ? (canUp ? up : down) : canDown ? down : up;
    target.current?.focus();
  }, [index, count]);

  function move(delta: -1 | 1) {
    pending.current = delta;
    onMove(delta);
  }

  return (
    <div className="move-buttons">
      <button
        ref={up}
        type="button"
        className="icon-button"
        aria-label={`Move ${label} up`}
        title="Move up"
        disabled={index === 0}
        onClick={() => move(-1)}
      >
        <svg viewBox="0 0 20 20" aria-hidden="true">
          <path d="M10 15V5m-4 4l4-4 4 4" />
        </svg>
      </button>
      <button
        ref={down}
        type="button"
        className="icon-button"
        aria-label={`Move ${label} down`}
        title="Move down"
        disabled={index === count - 1}
        onClick={() => move(1)}
      >
        <svg viewBox="0 0 20 20" aria-hidden="true">
          <path d="M10 5v10m-4-4l4 4 4-4" />
        </svg>
      </button>
    </div>
  );
}
