import { useEffect, useId, useRef, useState } from 'react';
import { useClusters } from '../../state/useClusters.ts';
import { useRevealedCardMap } from '../../state/useRevealedCardMap.ts';
import { clusterTitle } from './dragModel.ts';

/**
 * "Move to cluster…": a button that opens the list of clusters, each a button, for
 * keyboards and fingers alike. Escape or a click elsewhere closes it.
 */
export function MoveToClusterMenu({
  disabled,
  onPick,
}: {
  disabled: boolean;
  onPick: (clusterId: string) => void;
}) {
  const clusters = useClusters();
  const cards = useRevealedCardMap();
  const [open, setOpen] = useState(false);
  const listId = useId();
  const root = useRef<HTMLDivElement>(null);
  const toggle = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (!open) return;
    root.current?.querySelector<HTMLButtonElement>('[role="menuitem"]')?.focus();
    const onDown = (event: PointerEvent) => {
      if (!root.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', onDown);
    return () => document.removeEventListener('pointerdown', onDown);
  }, [open]);

  const close = () => {
    setOpen(false);
    toggle.current?.focus();
  };

  return (
    <div
      ref={root}
      className="move-menu"
      onKeyDown={(event) => {
        if (event.key === 'Escape' && open) {
          event.stopPropagation();
          close();
        }
        if (!open || (event.key !== 'ArrowDown' && event.key !== 'ArrowUp')) return;
        event.preventDefault();
        const items = [
          ...(root.current?.querySelectorAll<HTMLButtonElement>('[role="menuitem"]') ?? []),
        ];
        const at = items.indexOf(document.activeElement as HTMLButtonElement);
        const next = (at + (event.key === 'ArrowDown' ? 1 : -1) + items.length) % items.length;
        items[next]?.focus();
      }}
    >
      <button
        ref={toggle}
        type="button"
        className="button button--small"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? listId : undefined}
        disabled={disabled || clusters.length === 0}
        onClick={() => setOpen((o) => !o)}
      >
        Move to cluster…
      </button>
      {open && (
        <ul id={listId} role="menu" aria-label="Clusters" className="move-menu__list">
          {clusters.map((cluster) => (
            <li key={cluster.id} role="none">
              <button
                type="button"
                role="menuitem"
                className="move-menu__item"
                onClick={() => {
                  onPick(cluster.id);
                  close();
                }}
              >
                {clusterTitle(cluster.name, cards.get(cluster.cardIds[0] ?? '')?.text)}
                <span className="move-menu__count">{cluster.cardIds.length}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
