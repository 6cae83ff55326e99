import { CloseCode, describeClose } from '@hindsight/shared';

/**
 * What the connection pill says. A pure function of the sync facts in the board store so
 * the rules (offline beats reconnecting, a fatal close beats everything) are tested.
 */

export type SyncStatus = 'connecting' | 'connected' | 'disconnected';

export interface ConnectionFacts {
  /** The websocket's state, as the provider reports it. */
  readonly status: SyncStatus;
  /** True once the current connection has exchanged state with the server. */
  readonly synced: boolean;
  /** True once any connection in this page's life has synced. */
  readonly everSynced: boolean;
  /** `navigator.onLine`. */
  readonly online: boolean;
  /** Set after a close that reconnecting cannot fix (see `isFatalClose`). */
  readonly fatal: string | null;
  /** The code of that close; null while there was none. */
  readonly fatalCode: number | null;
  /**
   * The server said it cannot store changes now (4507) and saving has not held since:
   * the page keeps its edits and sends them again later.
   */
  readonly savingPaused: boolean;
}

export type ConnectionKind =
  'connecting' | 'live' | 'paused' | 'reconnecting' | 'offline' | 'closed';

export interface ConnectionView {
  readonly kind: ConnectionKind;
  /** Short text for the pill. */
  readonly label: string;
  /** A sentence for the tooltip and screen readers. */
  readonly detail: string;
}

export function connectionView(facts: ConnectionFacts): ConnectionView {
  if (facts.fatal !== null) {
    return { kind: 'closed', label: 'Disconnected', detail: facts.fatal };
  }
  if (!facts.online) {
    return {
      kind: 'offline',
      label: 'Offline',
      detail: 'You are offline. Your changes are kept and will sync when you are back.',
    };
  }
  if (facts.savingPaused) {
    return {
      kind: 'paused',
      label: 'Saving paused',
      detail: describeClose(CloseCode.SavingPaused),
    };
  }
  if (facts.status === 'connected' && facts.synced) {
    return { kind: 'live', label: 'Live', detail: 'Connected. Changes appear for everyone.' };
  }
  if (facts.everSynced) {
    return {
      kind: 'reconnecting',
      label: 'Reconnecting…',
      detail: 'Connection lost. Reconnecting; your changes are kept.',
    };
  }
  return { kind: 'connecting', label: 'Connecting…', detail: 'Connecting to the board.' };
}
