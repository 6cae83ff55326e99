import { formatInstant, zoneShortName, type TimelineEvent } from '@hindsight/shared';
import { Fragment, type ReactNode } from 'react';
import { KindChip } from './KindChip.tsx';

interface Props {
  readonly events: readonly TimelineEvent[];
  readonly timeZone: string;
  /** Buttons for a row (flag, edit…); none for readers. */
  readonly actions?: (event: TimelineEvent) => ReactNode;
  /** Shown under a row, across the table (a flag form, an inline editor). */
  readonly below?: (event: TimelineEvent) => ReactNode;
  /** Replaces a row (an event being edited). */
  readonly replace?: (event: TimelineEvent) => ReactNode;
  readonly caption?: string;
}

/** The events as a table, by time: the chart's content for everyone, readable and printable. */
export function TimelineTable({ events, timeZone, actions, below, replace, caption }: Props) {
  const columns = actions ? 5 : 4;
  return (
    <table className="tl-table" data-testid="timeline-table">
      <caption className={caption ? 'tl-table__caption' : 'sr-only'}>
        {caption ?? 'Timeline events'}
      </caption>
      <thead>
        <tr>
          <th scope="col">Time ({zoneShortName(events[0]?.at ?? 0, timeZone)})</th>
          <th scope="col">Kind</th>
          <th scope="col">What happened</th>
          <th scope="col">Source</th>
          {actions && (
            <th scope="col">
              <span className="sr-only">Actions</span>
            </th>
          )}
        </tr>
      </thead>
      <tbody>
        {events.length === 0 && (
          <tr>
            <td colSpan={columns} className="tl-table__empty">
              No events yet.
            </td>
          </tr>
        )}
        {events.map((event) => {
          const replaced = replace?.(event);
          const extra = below?.(event);
          return (
            <Fragment key={event.id}>
              {replaced ? (
                <tr className="tl-table__row tl-table__row--editing">
                  <td colSpan={columns}>{replaced}</td>
                </tr>
              ) : (
                <tr className="tl-table__row" data-testid="timeline-row">
                  <td className="tl-table__time">
                    <time dateTime={new Date(event.at).toISOString()}>
                      {formatInstant(event.at, timeZone, { date: false, zoneName: false })}
                    </time>
                    <span className="tl-table__date">
                      {formatInstant(event.at, timeZone, { zoneName: false }).slice(0, 10)}
                    </span>
                  </td>
                  <td>
                    <KindChip kind={event.kind} />
                  </td>
                  <td className="tl-table__text">{event.text}</td>
                  <td className="tl-table__source">{event.source ?? ''}</td>
                  {actions && <td className="tl-table__actions">{actions(event)}</td>}
                </tr>
              )}
              {extra && (
                <tr className="tl-table__below">
                  <td colSpan={columns}>{extra}</td>
                </tr>
              )}
            </Fragment>
          );
        })}
      </tbody>
    </table>
  );
}
