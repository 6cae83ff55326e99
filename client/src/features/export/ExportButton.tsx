import { DialogButton } from '../../ui/DialogButton.tsx';
import { ExportDialog } from './ExportDialog.tsx';

/** Opens the export dialog; for every role, at any time. */
export function ExportButton() {
  return <DialogButton label="Export" dialog={(close) => <ExportDialog open onClose={close} />} />;
}
