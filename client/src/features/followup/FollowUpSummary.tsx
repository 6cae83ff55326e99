import type { FollowUp } from '@hindsight/shared';
import { useActionItems } from '../../state/useActionItems.ts';
import { DownloadInviteButton } from './DownloadInviteButton.tsx';
import { followUpText, reviewScopeText } from './schedule.ts';

/** The scheduled review, the open actions it will check, and the invite download. */
export function FollowUpSummary({ followUp }: { followUp: FollowUp | null }) {
  const actions = useActionItems();
  return (
    <section
      className="followup-card"
      aria-labelledby="followup-when"
      data-testid="followup-summary"
    >
      <svg className="followup-card__icon" viewBox="0 0 24 24" aria-hidden="true">
        <rect x="3.5" y="5" width="17" height="15" rx="2.5" />
        <path d="M3.5 10h17M8 3v4M16 3v4" />
      </svg>
      <div className="followup-card__text">
        <h3 id="followup-when" className="followup-card__title">
          {followUp ? 'Follow-up review' : 'No follow-up review yet'}
        </h3>
        <p className="followup-card__when" data-testid="followup-when">
          {followUp
            ? followUpText(followUp)
            : 'Pick a date when the team checks the actions together.'}
        </p>
        <p className="pm-muted">{reviewScopeText(actions)}</p>
      </div>
      {followUp && <DownloadInviteButton followUp={followUp} />}
    </section>
  );
}
