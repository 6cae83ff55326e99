import { boardLink, type FollowUp } from '@hindsight/shared';
import { useState } from 'react';
import { recallTokens } from '../../state/knownLinks.ts';
import { useHashToken } from '../../state/useHashToken.ts';
import { useActionItems } from '../../state/useActionItems.ts';
import { useBoard } from '../../state/useBoard.ts';
import { useBoardTitle } from '../../state/useBoardTitle.ts';
import { useBoardSession } from '../../state/useBoardSession.ts';
import { saveFile } from '../export/exportApi.ts';
import { problemOf } from '../../lib/problem.ts';
import { inviteFileName, inviteIcs, inviteToken } from './invite.ts';

/**
 * "Download invite (.ics)": the calendar file is made here, in the browser, from the
 * stored review and the open actions, and saved through a blob link. Its board link is
 * one the readers can open with no more than a participant's rights (`inviteToken`); a
 * facilitator whose tab has no participant link is asked to make one in Share first.
 */
export function DownloadInviteButton({ followUp }: { followUp: FollowUp }) {
  const boardId = useBoard((s) => s.boardId);
  const role = useBoard((s) => s.role);
  const title = useBoardTitle();
  const actions = useActionItems();
  const { clock } = useBoardSession();
  const pageToken = useHashToken();
  const [error, setError] = useState<string | null>(null);

  function download() {
    const token = inviteToken(role, pageToken, recallTokens(boardId).participant);
    if (token === null) {
      setError(
        'This tab has no participant link to put in the invite. In Share, make a new participant link, then download the invite again.',
      );
      return;
    }
    try {
      const text = inviteIcs({
        boardId,
        host: window.location.host,
        title,
        followUp,
        boardUrl: boardLink(window.location.origin, boardId, token),
        actions,
        now: clock.now(),
      });
      saveFile({
        text,
        fileName: inviteFileName(title),
        contentType: 'text/calendar;charset=utf-8',
      });
      setError(null);
    } catch (e) {
      setError(problemOf(e));
    }
  }

  return (
    <div className="followup-card__download">
      <button type="button" className="button button--primary" onClick={download}>
        <svg className="button__icon" viewBox="0 0 20 20" aria-hidden="true">
          <path
            d="M10 3.5v9m-3.5-3.5L10 12.5 13.5 9M4 15.5h12"
            fill="none"
            stroke="currentColor"
            strokeWidth="1.8"
            strokeLinecap="round"
            strokeLinejoin="round"
          />
        </svg>
        Download invite (.ics)
      </button>
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
