/**
 * "3 of 5 done": how many participants marked the current phase done. Only participants
 * count (the facilitator runs the session, observers only watch); the role and the ready
 * flag come from presence.
 */
import type { Role } from '@hindsight/shared';

export interface ReadinessPeer {
  readonly clientId: number;
  readonly name: string;
  readonly role: Role | null;
  readonly ready: string | null;
}

export interface Readiness {
  readonly done: number;
  readonly total: number;
  /** Names of the participants done, then of those still working; for the facilitator. */
  readonly doneNames: readonly string[];
  readonly waitingNames: readonly string[];
}

const byName = (a: string, b: string) => a.localeCompare(b);

export function readiness(peers: readonly ReadinessPeer[], phaseId: string | null): Readiness {
  const participants = peers.filter((p) => p.role === 'participant');
  const done = participants.filter((p) => phaseId !== null && p.ready === phaseId);
  const waiting = participants.filter((p) => !done.includes(p));
  return {
    done: done.length,
    total: participants.length,
    doneNames: done.map((p) => p.name).sort(byName),
    waitingNames: waiting.map((p) => p.name).sort(byName),
  };
}

/** "3 of 5 done", or a sentence when there is nobody to count. */
export function readinessText({ done, total }: Readiness): string {
  return total === 0 ? 'No participants yet' : `${done} of ${total} done`;
}
