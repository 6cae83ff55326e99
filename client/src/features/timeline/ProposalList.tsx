import type { TimelineEvent, TimelineProposal } from '@hindsight/shared';
import { useId } from 'react';
import { ProposalItem } from './ProposalItem.tsx';

interface Props {
  readonly proposals: readonly TimelineProposal[];
  readonly events: readonly TimelineEvent[];
  readonly timeZone: string;
  readonly canDecide: boolean;
  readonly title: string;
  /** Said when there is nothing open. */
  readonly empty: string;
}

/** Open proposals first, then the decided ones folded away. */
export function ProposalList({ proposals, events, timeZone, canDecide, title, empty }: Props) {
  const headingId = useId();
  const open = proposals.filter((p) => p.status === 'open');
  const decided = proposals.filter((p) => p.status !== 'open').reverse();
  const item = (p: TimelineProposal) => (
    <li key={p.id}>
      <ProposalItem proposal={p} events={events} timeZone={timeZone} canDecide={canDecide} />
    </li>
  );
  return (
    <section className="proposals" aria-labelledby={headingId} data-testid="proposals">
      <h3 id={headingId} className="proposals__title">
        {title} {open.length > 0 && <span className="proposals__count">{open.length}</span>}
      </h3>
      {open.length === 0 ? (
        <p className="proposals__empty">{empty}</p>
      ) : (
        <ul className="proposals__list">{open.map(item)}</ul>
      )}
      {decided.length > 0 && (
        <details className="proposals__decided">
          <summary>Decided ({decided.length})</summary>
          <ul className="proposals__list">{decided.map(item)}</ul>
        </details>
      )}
    </section>
  );
}
