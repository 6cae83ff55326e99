import { useEffect, useId, useRef, useState } from 'react';
import { useBoard } from '../../state/useBoard.ts';
import { useHashToken } from '../../state/useHashToken.ts';
import { SharePanel } from './SharePanel.tsx';

/** The facilitator's invite links, in a small popover. */
export function ShareMenu() {
  const boardId = useBoard((s) => s.boardId);
  const token = useHashToken();
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const rootRef = useRef<HTMLDivElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (!open) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') {
        setOpen(false);
        buttonRef.current?.focus();
      }
    };
    const onPointer = (event: PointerEvent) => {
      if (!rootRef.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('keydown', onKey);
    document.addEventListener('pointerdown', onPointer);
    return () => {
      document.removeEventListener('keydown', onKey);
      document.removeEventListener('pointerdown', onPointer);
    };
  }, [open]);

  return (
    <div className="share" ref={rootRef}>
      <button
        ref={buttonRef}
        type="button"
        className="button button--primary button--small"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen((o) => !o)}
      >
        Share
      </button>
      {open && (
        <section id={panelId} className="share__panel" aria-label="Invite people">
          <h2 className="share__title">Invite people</h2>
          {token && <SharePanel boardId={boardId} pageToken={token} />}
        </section>
      )}
    </div>
  );
}
