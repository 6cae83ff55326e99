import { useState, type Dispatch, type SetStateAction } from 'react';

type Measure = (node: HTMLElement | null) => void;
type Heights = ReadonlyMap<string, number>;

/**
 * One ResizeObserver for many nodes, each under an id, reporting border-box heights into
 * `setHeights` (a new map only when a height changed). `measure(id)` is the same ref
 * callback every time for the same id; it stops watching a node React lets go of.
 */
function createMeasurer(setHeights: Dispatch<SetStateAction<Heights>>) {
  const ids = new WeakMap<Element, string>();
  const refs = new Map<string, Measure>();
  const observer =
    typeof ResizeObserver === 'undefined'
      ? null
      : new ResizeObserver((entries) =>
          setHeights((prev) => {
            let next: Map<string, number> | null = null;
            for (const { target } of entries) {
              const id = ids.get(target);
              const height = (target as HTMLElement).offsetHeight;
              if (id === undefined || !target.isConnected || prev.get(id) === height) continue;
              next ??= new Map(prev);
              next.set(id, height);
            }
            return next ?? prev;
          }),
        );
  return (id: string): Measure => {
    let ref = refs.get(id);
    if (!ref) {
      let current: HTMLElement | null = null;
      ref = (node) => {
        if (current) observer?.unobserve(current);
        current = node;
        if (!node) return;
        ids.set(node, id);
        observer?.observe(node);
      };
      refs.set(id, ref);
    }
    return ref;
  };
}

/**
 * How tall this browser draws each thing on the canvas (border box, CSS pixels), by id,
 * kept current as text wraps, badges and vote bars come and go. `measure(id)` is a ref
 * callback, the same function for the same id, so memoised views keep their props.
 * Absent until first drawn.
 */
export function useMeasuredHeights(): { heights: Heights; measure: (id: string) => Measure } {
  const [heights, setHeights] = useState<Heights>(() => new Map());
  const [measure] = useState(() => createMeasurer(setHeights));
  return { heights, measure };
}
