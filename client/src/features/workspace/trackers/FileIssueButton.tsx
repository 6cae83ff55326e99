import { useState } from 'react';
import { ApiRequestError } from '../../../lib/http.ts';
import { fileIssue } from './trackersApi.ts';
import './trackers.css';

interface Props {
  readonly actionId: string;
  readonly actionTitle: string;
  /** After the issue is filed (its link is on the action from then on). */
  onFiled?(): void;
}

/**
 * Files the action's issue in its postmortem's tracker. The server files it once however
 * often this is pressed; the link then shows wherever the action does.
 */
export function FileIssueButton({ actionId, actionTitle, onFiled }: Props) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const file = async () => {
    setBusy(true);
    setError(null);
    try {
      await fileIssue(actionId);
      onFiled?.();
    } catch (e) {
      setError(e instanceof ApiRequestError ? e.message : 'The issue could not be filed.');
    } finally {
      setBusy(false);
    }
  };
  return (
    <span className="file-issue">
      <button
        type="button"
        className="button button--ghost button--small"
        disabled={busy}
        aria-label={`File issue for “${actionTitle}”`}
        onClick={() => void file()}
      >
        {busy ? 'Filing…' : 'File issue'}
      </button>
      {error && (
        <span className="field-error" role="alert">
          {error}
        </span>
      )}
    </span>
  );
}
