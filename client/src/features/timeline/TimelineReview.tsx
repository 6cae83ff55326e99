import type { Incident, ProposalVia, TimelineEvent } from '@hindsight/shared';
import { useState } from 'react';
import { FlagEventForm } from './FlagEventForm.tsx';
import { ProposeEventForm } from './ProposeEventForm.tsx';
import { TimelineTable } from './TimelineTable.tsx';

interface Props {
  readonly incident: Incident;
  readonly events: readonly TimelineEvent[];
  readonly via: ProposalVia;
  readonly author: string | undefined;
  /** False for readers: the table without buttons or forms. */
  readonly canWrite: boolean;
}

/**
 * The timeline for participants to check: each event can be flagged as wrong or
 * incomplete, and missing events proposed. Nothing here changes the timeline itself;
 * the facilitator decides.
 */
export function TimelineReview({ incident, events, via, author, canWrite }: Props) {
  const [flagging, setFlagging] = useState<string | null>(null);
  const [sentFor, setSentFor] = useState<string | null>(null);
  const zone = incident.timeZone;
  const last = events.at(-1);

  return (
    <div className="tl-review">
      <TimelineTable
        events={events}
        timeZone={zone}
        actions={
          canWrite
            ? (event) =>
                sentFor === event.id ? (
                  <span className="tl-review__sent">Flag sent</span>
                ) : (
                  <button
                    type="button"
                    className="button button--ghost button--small"
                    aria-expanded={flagging === event.id}
                    aria-label={`Flag event: ${event.text}`}
                    onClick={() => setFlagging(flagging === event.id ? null : event.id)}
                  >
                    Flag
                  </button>
                )
            : undefined
        }
        below={(event) =>
          flagging === event.id ? (
            <FlagEventForm
              event={event}
              timeZone={zone}
              via={via}
              author={author}
              onDone={(sent) => {
                setFlagging(null);
                if (sent) setSentFor(event.id);
              }}
            />
          ) : null
        }
      />
      {canWrite && (
        <ProposeEventForm
          timeZone={zone}
          suggestedAt={last ? last.at : incident.startedAt}
          via={via}
          author={author}
        />
      )}
    </div>
  );
}
