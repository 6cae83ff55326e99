import { TIMELINE_KINDS, TIMELINE_KIND_HINTS, type TimelineEvent } from '@hindsight/shared';
import { KIND_COLORS } from './kindColors.ts';

/** The colours of the kinds the timeline uses, in the pickers' order. */
export function KindLegend({ events }: { events: readonly TimelineEvent[] }) {
  const used = new Set(events.map((e) => e.kind));
  const kinds = TIMELINE_KINDS.filter((kind) => used.has(kind));
  if (kinds.length === 0) return null;
  return (
    <ul className="tl-legend" aria-label="Event kinds">
      {kinds.map((kind) => (
        <li key={kind} className="tl-legend__item" title={TIMELINE_KIND_HINTS[kind]}>
          <span
            className="tl-legend__swatch"
            style={{ background: KIND_COLORS[kind] }}
            aria-hidden="true"
          />
          {kind}
        </li>
      ))}
    </ul>
  );
}
