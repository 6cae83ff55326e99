import { useId, useState } from 'react';
import { ModalDialog } from '../../ui/ModalDialog.tsx';
import { useBoard } from '../../state/useBoard.ts';
import { useHashToken } from '../../state/useHashToken.ts';
import { RestoreControls } from './RestoreControls.tsx';
import { useVersions } from './useVersions.ts';
import { VersionList } from './VersionList.tsx';
import { VersionPreview } from './VersionPreview.tsx';
import { versionTime } from './versionTime.ts';
import './history.css';

interface Props {
  readonly onClose: () => void;
}

/**
 * The board's history for the facilitator: the versions the server kept, each with
 * what changed, a read-only preview of the chosen one, and restoring it.
 */
export function HistoryDialog({ onClose }: Props) {
  const titleId = useId();
  const boardId = useBoard((s) => s.boardId);
  const token = useHashToken();
  const { list, error, reload } = useVersions(boardId, token);
  const [chosen, setChosen] = useState<string | null>(null);
  /** "Today" for the times shown: the day the history was opened. */
  const [now] = useState(() => Date.now());
  const versions = list?.versions ?? [];
  const selected = versions.find((v) => v.id === chosen) ?? versions[0] ?? null;

  return (
    <ModalDialog titleId={titleId} className="dialog dialog--wide history-dialog" onClose={onClose}>
      <div className="dialog__head">
        <h2 id={titleId}>History</h2>
        <button type="button" className="button button--ghost button--small" onClick={onClose}>
          Close
        </button>
      </div>
      <p className="dialog__hint">
        Versions the server kept of the board: at each phase, before the reveal, every few minutes
        of edits and before each restore. Restoring one changes the board for everyone and keeps
        what is there now as a version.
      </p>
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
      {list === null ? (
        <p className="history-preview__empty">Loading the history…</p>
      ) : versions.length === 0 ? (
        <p className="history-preview__empty" data-testid="history-empty">
          No versions yet. The first is kept when the session moves to another phase, or a few
          minutes after the first edits.
        </p>
      ) : (
        <div className="history-dialog__body">
          <VersionList
            versions={versions}
            selected={selected?.id ?? null}
            onSelect={setChosen}
            now={now}
          />
          <div className="history-preview">
            <VersionPreview
              boardId={boardId}
              token={token}
              versionId={selected?.id ?? null}
              title={
                selected
                  ? `The board at ${versionTime(selected.takenAt, now)}, read-only`
                  : 'Version preview'
              }
            />
          </div>
        </div>
      )}
      {token && list && (
        <RestoreControls
          boardId={boardId}
          token={token}
          version={selected}
          restores={list.restores}
          now={now}
          onDone={reload}
        />
      )}
    </ModalDialog>
  );
}
