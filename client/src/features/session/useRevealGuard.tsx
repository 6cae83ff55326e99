import { phaseById, reduceSession, wouldReveal, type SessionCommand } from '@hindsight/shared';
import { useState, type ReactNode } from 'react';
import type { FacilitatorCommands } from '../../state/facilitatorCommands.ts';
import { usePlan } from '../../state/usePlan.ts';
import { useSessionState } from '../../state/useSessionState.ts';
import { RevealDialog } from '../brainstorm/RevealDialog.tsx';

interface Pending {
  readonly command: SessionCommand;
  /** The phase the command goes to, by title. */
  readonly to: string;
  /** Where focus was, to give it back when the dialog closes. */
  readonly from: HTMLElement | null;
}

/**
 * Moving on from the brainstorm reveals the cards, for good: a command that would (Next,
 * a jump on the agenda) asks first in the reveal dialog and runs only when confirmed.
 * Anything else runs at once. Render `dialog` beside the controls that call `run`.
 */
export function useRevealGuard(commands: FacilitatorCommands | null): {
  run: (command: SessionCommand) => void;
  dialog: ReactNode;
} {
  const plan = usePlan();
  const session = useSessionState();
  const [pending, setPending] = useState<Pending | null>(null);

  const run = (command: SessionCommand) => {
    if (!commands) return;
    if (!wouldReveal(plan, session, command)) return commands.run(command);
    const next = reduceSession(plan, session, command, 0);
    const to = phaseById(plan, next.phaseId)?.title ?? 'the next phase';
    const from = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    setPending({ command, to, from });
  };

  const dialog = pending && commands && (
    <RevealDialog
      goingTo={pending.to}
      onReveal={() => commands.run(pending.command)}
      onClose={() => {
        setPending(null);
        requestAnimationFrame(() => {
          if (pending.from?.isConnected) pending.from.focus();
        });
      }}
    />
  );
  return { run, dialog };
}
