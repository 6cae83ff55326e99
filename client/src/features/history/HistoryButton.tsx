import { DialogButton } from '../../ui/DialogButton.tsx';
import { HistoryDialog } from './HistoryDialog.tsx';

/** Opens the board's history; the facilitator's alone. */
export function HistoryButton() {
  return <DialogButton label="History" dialog={(close) => <HistoryDialog onClose={close} />} />;
}
