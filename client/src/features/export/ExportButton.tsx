import { useState } from 'react';
import { ExportDialog } from './ExportDialog.tsx';

/** Opens the export dialog; for every role, at any time. */
export function ExportButton() {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button
        type="button"
        className="button button--small"
        aria-haspopup="dialog"
        onClick={() => setOpen(true)}
      >
        Export
      </button>
      {open && <ExportDialog open={open} onClose={() => setOpen(false)} />}
    </>
  );
}
