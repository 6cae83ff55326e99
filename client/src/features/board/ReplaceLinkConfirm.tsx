import { useEffect, useId, useRef } from 'react';
import { replaceWarning, type NewLinkKind } from './replaceLink.ts';

interface Props {
  readonly kind: NewLinkKind;
  readonly busy: boolean;
  readonly onConfirm: () => void;
  readonly onCancel: () => void;
}

/** "Make a new … link?": what stops working, then confirm or cancel. Focus starts on Cancel. */
export function ReplaceLinkConfirm({ kind, busy, onConfirm, onCancel }: Props) {
  const titleId = useId();
  const textId = useId();
  const cancelRef = useRef<HTMLButtonElement>(null);
  useEffect(() => cancelRef.current?.focus(), [kind]);
  return (
    <div
      className="share__confirm"
      role="group"
      aria-labelledby={titleId}
      aria-describedby={textId}
    >
      <p id={titleId} className="share__confirm-title">
        <strong>Make a new {kind} link?</strong>
      </p>
      <p id={textId} className="share__note">
        {replaceWarning(kind)}
      </p>
      <div className="share__field">
        <button
          type="button"
          className="button button--primary button--small"
          disabled={busy}
          onClick={onConfirm}
        >
          Make new link
        </button>
        <button
          ref={cancelRef}
          type="button"
          className="button button--ghost button--small"
          onClick={onCancel}
        >
          Cancel
        </button>
      </div>
    </div>
  );
}
