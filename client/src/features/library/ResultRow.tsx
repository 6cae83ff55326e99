import { publishedPath, type PostmortemListItem } from '@hindsight/shared';
import { Link } from 'wouter';
import { Snippet } from './Snippet.tsx';

const DAY = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' });

/** One postmortem in the library: its title opens the published page with the hits marked. */
export function ResultRow({ item, query }: { item: PostmortemListItem; query: string }) {
  return (
    <tr className="lib-row" data-testid="library-row" data-id={item.id}>
      <td className="lib-row__main">
        <Link href={publishedPath(item.id, query)} className="lib-row__title" data-result-link="">
          {item.title}
        </Link>
        <Snippet parts={item.snippet} where={item.where} />
        {item.tags.length > 0 && (
          <ul className="lib-tags" aria-label="Tags">
            {item.tags.map((tag) => (
              <li key={tag} className="lib-tag">
                {tag}
              </li>
            ))}
          </ul>
        )}
      </td>
      <td>
        {item.severity ? (
          <span className={`lib-sev lib-sev--${item.severity.toLowerCase()}`}>{item.severity}</span>
        ) : (
          <span className="lib-none">—</span>
        )}
      </td>
      <td>
        <span className={`lib-status lib-status--${item.status.replace(' ', '-')}`}>
          {item.status}
        </span>
      </td>
      <td className="lib-row__date" data-label="Incident">
        <time dateTime={item.incidentAt}>{DAY.format(new Date(item.incidentAt))}</time>
      </td>
      <td className="lib-row__services" data-label="Services">
        {item.services.length > 0 ? item.services.join(', ') : <span className="lib-none">—</span>}
      </td>
      <td data-label="Owner">{item.owner ?? <span className="lib-none">Not agreed</span>}</td>
      <td className="lib-row__actions" data-label="Actions">
        <span>{item.openActions} open</span>
        {item.overdueActions > 0 && (
          <span className="lib-overdue">{item.overdueActions} overdue</span>
        )}
      </td>
    </tr>
  );
}
