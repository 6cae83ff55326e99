import { useEffect, useRef, type ReactNode } from 'react';

interface Props {
  /** The id of the heading that names the dialog. */
  readonly titleId: string;
  readonly className: string;
  /** Escape, or whatever else cancels the dialog. */
  readonly onClose: () => void;
  readonly testId?: string;
  readonly children: ReactNode;
}

/**
 * A modal `<dialog>`, open while mounted: the browser keeps focus inside and the page
 * behind inert; Escape calls `onClose` instead of closing it behind the caller's back.
 */
export function ModalDialog({ titleId, className, onClose, testId, children }: Props) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
  }, []);
  return (
    <dialog
      ref={ref}
      className={className}
      aria-labelledby={titleId}
      data-testid={testId}
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
    >
      {children}
    </dialog>
  );
}
