import { DialogButton } from '../../ui/DialogButton.tsx';
import { MembersDialog } from './MembersDialog.tsx';

/** Opens the board's members; the facilitator's alone. */
export function MembersButton() {
  return <DialogButton label="People" dialog={(close) => <MembersDialog onClose={close} />} />;
}
