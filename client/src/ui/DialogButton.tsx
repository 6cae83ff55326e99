import { useState, type ReactNode } from 'react';

interface Props {
  readonly label: string;
  /** The dialog, mounted while open; it calls `close` when it is done. */
  readonly dialog: (close: () => void) => ReactNode;
}

/** A top-bar button that opens a dialog, mounted only while it is open. */
export function DialogButton({ label, dialog }: Props) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button
        type="button"
        className="button button--small"
        aria-haspopup="dialog"
        onClick={() => setOpen(true)}
      >
        {label}
      </button>
      {open && dialog(() => setOpen(false))}
    </>
  );
}
