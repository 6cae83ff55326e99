import {
  FLAG_PROBLEM_LABELS,
  proposalEffect,
  type ProposalEffect,
  type TimelineEvent,
  type TimelineProposal,
} from '@hindsight/shared';
import { showToast } from '../../state/toastStore.ts';
import { useIncidentCommands } from '../../state/useIncidentCommands.ts';
import { ProposedEventLine } from './ProposedEventLine.tsx';

const ACCEPT_LABELS: Record<ProposalEffect, string> = {
  add: 'Accept and add',
  edit: 'Accept correction',
  remove: 'Accept and remove event',
  acknowledge: 'Acknowledge',
};

const STATUS_LABELS: Record<TimelineProposal['status'], string> = {
  open: 'Waiting for the facilitator',
  accepted: 'Accepted',
  rejected: 'Rejected',
};

interface Props {
  readonly proposal: TimelineProposal;
  /** The timeline, to show the event a flag is about. */
  readonly events: readonly TimelineEvent[];
  readonly timeZone: string;
  /** True for the facilitator's tab (a UI rule; see timelineProposal.ts in shared). */
  readonly canDecide: boolean;
}

/** One flag or proposed event; the facilitator accepts or rejects it here. */
export function ProposalItem({ proposal, events, timeZone, canDecide }: Props) {
  const commands = useIncidentCommands();
  const flagged =
    proposal.type === 'flag' ? events.find((e) => e.id === proposal.eventId) : undefined;
  const title =
    proposal.type === 'add' ? proposal.event.text : (flagged?.text ?? 'a removed event');
  const who = [proposal.author, proposal.via === 'survey' ? 'in the survey' : null]
    .filter(Boolean)
    .join(', ');

  function accept() {
    const result = commands.acceptProposal(proposal.id);
    if (result.ok) return;
    showToast({
      message:
        result.reason === 'event-gone'
          ? 'That event was deleted since; reject the correction, or add the event again.'
          : 'Someone already decided on this proposal.',
    });
  }

  return (
    <article
      className={`proposal proposal--${proposal.status}`}
      aria-label={`${proposal.type === 'add' ? 'Proposed event' : 'Flag'}: ${title}`}
      data-testid="proposal"
      data-status={proposal.status}
    >
      <header className="proposal__head">
        <span className={`proposal__type proposal__type--${proposal.type}`}>
          {proposal.type === 'add'
            ? 'Missing event'
            : `Flagged: ${FLAG_PROBLEM_LABELS[proposal.problem].toLowerCase()}`}
        </span>
        <span className="proposal__status">{STATUS_LABELS[proposal.status]}</span>
      </header>
      {proposal.type === 'add' ? (
        <ProposedEventLine event={proposal.event} timeZone={timeZone} />
      ) : flagged ? (
        <ProposedEventLine event={flagged} timeZone={timeZone} />
      ) : (
        <p className="proposal__gone">The flagged event is no longer on the timeline.</p>
      )}
      {proposal.reason && <p className="proposal__reason">“{proposal.reason}”</p>}
      {proposal.type === 'flag' && proposal.correction && (
        <p className="proposal__correction">
          <span className="proposal__correction-label">Should read: </span>
          <ProposedEventLine event={proposal.correction} timeZone={timeZone} />
        </p>
      )}
      {who && <p className="proposal__who">{who}</p>}
      {canDecide && proposal.status === 'open' && (
        <div className="proposal__actions">
          <button type="button" className="button button--primary button--small" onClick={accept}>
            {ACCEPT_LABELS[proposalEffect(proposal)]}
          </button>
          <button
            type="button"
            className="button button--ghost button--small"
            onClick={() => commands.rejectProposal(proposal.id)}
          >
            Reject
          </button>
        </div>
      )}
    </article>
  );
}
