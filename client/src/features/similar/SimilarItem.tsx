import type { SimilarPostmortem } from '@hindsight/shared';
import { actionsDone, actionsTone, whyPicked } from './similarText.ts';

const DAY = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' });

/** One similar past postmortem: what it found, whether its actions were done, why it is here. */
export function SimilarItem({ item }: { item: SimilarPostmortem }) {
  return (
    <li className="similar__item" data-testid="similar-item">
      <div className="similar__line">
        {/* A new tab: the meeting keeps its place. */}
        <a
          href={`/postmortems/${encodeURIComponent(item.id)}`}
          target="_blank"
          rel="noopener"
          className="similar__link"
        >
          {item.title}
        </a>
        <span className="similar__meta">
          {item.severity && <span>{item.severity}</span>}
          <time dateTime={item.incidentAt}>{DAY.format(new Date(item.incidentAt))}</time>
        </span>
      </div>
      {item.rootCauses.length > 0 ? (
        <ul className="similar__causes" aria-label="Root causes">
          {item.rootCauses.map((cause, i) => (
            <li key={i}>{cause}</li>
          ))}
        </ul>
      ) : (
        <p className="similar__none">No root cause marked.</p>
      )}
      <p className="similar__foot">
        <span className={`similar__actions similar__actions--${actionsTone(item.actions)}`}>
          {actionsDone(item.actions)}
        </span>
        <span className="similar__why">{whyPicked(item.why)}</span>
      </p>
    </li>
  );
}
