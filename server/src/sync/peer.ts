import type { Role } from '@hindsight/shared';

/** One websocket connection as a room sees it. */
export interface Peer {
  /** The role its token granted. */
  readonly role: Role;
  /**
   * The registered member this connection speaks for (its member key's public id), or
   * null for a connection without a member key, which may read but has no presence.
   */
  readonly memberId: string | null;
  /**
   * The signed-in person behind it, if the browser came with a live session: presence
   * shows their account name, not the one the page claims.
   */
  readonly person?: { readonly name: string } | null;
  /** May this connection change the room's document? Decided once, from its role. */
  readonly canWrite: boolean;
  /** Sends one encoded message. Must not throw. */
  send(message: Uint8Array): void;
  /** Closes the connection with a close code from shared's CloseCode, or a standard one. */
  close(code: number, reason: string): void;
}

/** Raised while handling a message: the room closes that connection with `code`. */
export class PeerError extends Error {
  constructor(
    readonly code: number,
    message: string,
  ) {
    super(message);
    this.name = 'PeerError';
  }
}
