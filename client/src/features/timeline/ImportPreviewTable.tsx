import { formatInstant } from '@hindsight/shared';
import { KindChip } from './KindChip.tsx';
import type { PreviewRow } from './importPreview.ts';

/** The events an import would add, and the ones it would skip as already there. */
export function ImportPreviewTable({
  rows,
  timeZone,
}: {
  rows: readonly PreviewRow[];
  timeZone: string;
}) {
  return (
    <div className="tl-import__table-wrap">
      <table className="tl-table tl-table--compact" data-testid="import-preview">
        <caption className="sr-only">Events in this import</caption>
        <thead>
          <tr>
            <th scope="col">Time</th>
            <th scope="col">Kind</th>
            <th scope="col">What happened</th>
            <th scope="col">Source</th>
            <th scope="col">Will be</th>
          </tr>
        </thead>
        <tbody>
          {rows.map(({ event, duplicate }, i) => (
            <tr
              key={`${i}-${event.at}`}
              className={duplicate ? 'tl-table__row is-duplicate' : 'tl-table__row'}
              data-testid="import-preview-row"
            >
              <td className="tl-table__time">{formatInstant(event.at, timeZone)}</td>
              <td>
                <KindChip kind={event.kind} />
              </td>
              <td className="tl-table__text">{event.text}</td>
              <td className="tl-table__source">{event.source ?? ''}</td>
              <td>{duplicate ? 'Skipped: already there' : 'Added'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
