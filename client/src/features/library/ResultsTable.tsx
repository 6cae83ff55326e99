import type { PostmortemListItem } from '@hindsight/shared';
import type { KeyboardEvent } from 'react';
import { nextIndex } from './resultKeys.ts';
import { ResultRow } from './ResultRow.tsx';

/** Moves the focus between result links with the arrow keys, Home and End. */
function onKeyDown(e: KeyboardEvent<HTMLTableElement>) {
  const links = [...e.currentTarget.querySelectorAll<HTMLAnchorElement>('[data-result-link]')];
  const current = links.indexOf(document.activeElement as HTMLAnchorElement);
  const next = nextIndex(e.key, current, links.length);
  if (next === null || current < 0) return;
  e.preventDefault();
  links[next]?.focus();
}

/** The postmortems of a view, as a table a person reads across and moves down with arrows. */
export function ResultsTable({
  items,
  query,
  caption,
}: {
  items: readonly PostmortemListItem[];
  query: string;
  caption: string;
}) {
  return (
    <div className="lib-table-wrap">
      <table className="lib-table" onKeyDown={onKeyDown}>
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Postmortem</th>
            <th scope="col">Severity</th>
            <th scope="col">Status</th>
            <th scope="col">Incident</th>
            <th scope="col">Services</th>
            <th scope="col">Owner</th>
            <th scope="col">Actions</th>
          </tr>
        </thead>
        <tbody>
          {items.map((item) => (
            <ResultRow key={item.id} item={item} query={query} />
          ))}
        </tbody>
      </table>
    </div>
  );
}
