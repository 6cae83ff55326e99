import { useEffect } from 'react';
import { useBoardCommands } from '../../state/useBoardCommands.ts';
import { useIdentity } from '../../state/useIdentity.ts';

/** Keeps this tab's name and colour published in presence. */
export function usePublishPresence(): void {
  const commands = useBoardCommands();
  const { name, color } = useIdentity();
  useEffect(() => {
    if (name !== null) commands.setUser({ name, color });
  }, [commands, name, color]);
}
