import type { RestoreStack, VersionInfo } from '@hindsight/shared';
import { useState } from 'react';
import { restoreVersion, stepRestore } from '../../lib/api.ts';
import { versionTime } from './versionTime.ts';

interface Props {
  readonly boardId: string;
  readonly token: string;
  /** The version chosen in the list, if any. */
  readonly version: VersionInfo | null;
  readonly restores: RestoreStack;
  /** After a restore, an undo or a redo: the history has a new version. */
  readonly onDone: () => void;
  /** The moment "today" is judged from, ms. */
  readonly now: number;
}

type Step = 'restore' | 'undo' | 'redo';

/**
 * Restoring the chosen version, after a confirmation, and undoing or redoing the last
 * restore. Every browser on the board sees the change at once: the server makes it.
 */
export function RestoreControls({ boardId, token, version, restores, onDone, now }: Props) {
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState<Step | null>(null);
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);

  async function run(step: Step) {
    setBusy(step);
    setMessage(null);
    try {
      if (step === 'restore' && version) await restoreVersion(boardId, token, version.id);
      else if (step !== 'restore') await stepRestore(boardId, token, step);
      setMessage({ text: done(step, version, now), error: false });
      onDone();
    } catch (error) {
      setMessage({ text: error instanceof Error ? error.message : String(error), error: true });
    } finally {
      setBusy(null);
      setConfirming(false);
    }
  }

  return (
    <div className="history-actions">
      {confirming && version ? (
        <div className="history-confirm" role="group" aria-label="Confirm the restore">
          <p>
            Make the board what it was at {versionTime(version.takenAt, now)}? Everyone sees it at
            once; what is there now is kept as a version, and you can undo.
          </p>
          <button
            type="button"
            className="button button--primary button--small"
            disabled={busy !== null}
            onClick={() => void run('restore')}
          >
            {busy === 'restore' ? 'Restoring…' : 'Restore'}
          </button>
          <button
            type="button"
            className="button button--ghost button--small"
            onClick={() => setConfirming(false)}
          >
            Cancel
          </button>
        </div>
      ) : (
        <button
          type="button"
          className="button button--primary button--small"
          disabled={!version || busy !== null}
          onClick={() => setConfirming(true)}
        >
          Restore this version…
        </button>
      )}
      <span className="history-actions__steps">
        {(['undo', 'redo'] as const)
          .filter((step) => (step === 'undo' ? restores.canUndo : restores.canRedo))
          .map((step) => (
            <button
              key={step}
              type="button"
              className="button button--small"
              disabled={busy !== null}
              onClick={() => void run(step)}
            >
              {step === 'undo' ? 'Undo restore' : 'Redo restore'}
            </button>
          ))}
      </span>
      <p
        className={
          message?.error ? 'field-error history-actions__message' : 'history-actions__message'
        }
        role="status"
        data-testid="restore-status"
      >
        {message?.text}
      </p>
    </div>
  );
}

function done(step: Step, version: VersionInfo | null, now: number): string {
  if (step === 'undo') return 'Restore undone.';
  if (step === 'redo') return 'Restore redone.';
  return version ? `Restored the version of ${versionTime(version.takenAt, now)}.` : 'Restored.';
}
