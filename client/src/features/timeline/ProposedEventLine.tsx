import { formatInstant, type ProposedEvent } from '@hindsight/shared';
import { KindChip } from './KindChip.tsx';

/** An event in one line: time, kind, text, source. */
export function ProposedEventLine({ event, timeZone }: { event: ProposedEvent; timeZone: string }) {
  return (
    <span className="proposal__event">
      <time dateTime={new Date(event.at).toISOString()}>
        {formatInstant(event.at, timeZone, { date: false })}
      </time>{' '}
      <KindChip kind={event.kind} /> <span className="proposal__text">{event.text}</span>
      {event.source && <span className="proposal__source"> ({event.source})</span>}
    </span>
  );
}
