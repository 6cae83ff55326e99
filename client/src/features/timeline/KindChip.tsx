import { TIMELINE_KIND_HINTS, type TimelineKind } from '@hindsight/shared';
import { KIND_COLORS } from './kindColors.ts';

/** An event's kind, written out with its colour. */
export function KindChip({ kind }: { kind: TimelineKind }) {
  return (
    <span className="tl-kind" title={TIMELINE_KIND_HINTS[kind]}>
      <span className="tl-kind__dot" style={{ background: KIND_COLORS[kind] }} aria-hidden="true" />
      {kind}
    </span>
  );
}
