/**
 * Websocket close codes the sync endpoint uses, beyond the standard ones.
 * Documented in the README; a client must not reconnect after a {@link isFatalClose} one.
 */
export const CloseCode = {
  /** The room name is not a board id or `<board id>/<doc>`. */
  BadRoom: 4400,
  /** The token is missing, wrong for this board, or has been rotated away. */
  Unauthorized: 4401,
  /**
   * The board was opened from the workspace (no link) and that access ended: the person's
   * role was lowered, they were deactivated, or they signed out everywhere.
   */
  AccessEnded: 4402,
  /** The connection sent a document update its role may not make; it was dropped. */
  Forbidden: 4403,
  /** No board with that id exists. */
  UnknownBoard: 4404,
  /**
   * The board has as many members of this role as it takes (a new member key was
   * refused); the facilitator can remove strays. Reconnecting will not help.
   */
  MemberLimit: 4409,
  /** The facilitator removed this member from the board: its key is refused. */
  MemberRemoved: 4410,
  /** The outgoing queue grew past the limit: the client does not read fast enough. */
  SlowConsumer: 4413,
  /** A message could not be decoded as the y-websocket protocol. */
  Malformed: 4422,
  /**
   * The page runs another version of Hindsight than the server (its `schema` parameter
   * names another layout of the doc): it must reload before it may read or write.
   */
  VersionMismatch: 4426,
  /** The connection sent messages faster than the limit. */
  TooManyMessages: 4429,
  /**
   * The socket was refused at the door: its address opens sockets too fast, or its
   * address, member, board or the whole server has as many open as it takes (the reason
   * says which). The client shows it and reconnects after {@link admissionRetryMs}.
   */
  TooManyConnections: 4430,
  /**
   * The change would make the document or the board larger than the server's limit
   * (MAX_UPDATE_BYTES, MAX_DOC_BYTES, MAX_BOARD_BYTES): it was not applied, nobody else
   * saw it. The page stays read-only and does not reconnect: sending it again cannot fit.
   */
  BoardFull: 4431,
  /** The server failed while opening the connection. Reconnecting may succeed. */
  ServerError: 4500,
  /**
   * The room could not be loaded (the store failed, its stored state could not be read
   * or migrated). Nothing was changed; the board stays read-only in the browser, which
   * does not retry on its own.
   */
  Unavailable: 4503,
  /**
   * The server cannot store changes right now (its disk is nearly full or its database
   * cannot write): the connection's last change was not applied, so nobody else saw it.
   * The client keeps its changes and reconnects later; they are sent again then.
   */
  SavingPaused: 4507,
  /**
   * Standard 1009: a message larger than the server reads (the update limit and a little
   * framing), refused from its header. Sending it again cannot fit: like {@link BoardFull}.
   */
  MessageTooBig: 1009,
  /** Standard 1012: the server is restarting; reconnect with backoff. */
  Restarting: 1012,
} as const;
export type CloseCode = (typeof CloseCode)[keyof typeof CloseCode];

const FATAL: ReadonlySet<number> = new Set([
  CloseCode.BadRoom,
  CloseCode.Unauthorized,
  CloseCode.AccessEnded,
  CloseCode.UnknownBoard,
  CloseCode.MemberLimit,
  CloseCode.MemberRemoved,
  CloseCode.VersionMismatch,
  CloseCode.Unavailable,
  CloseCode.BoardFull,
  CloseCode.MessageTooBig,
]);

/** Closes after which reconnecting with the same link cannot help. */
export function isFatalClose(code: number): boolean {
  return FATAL.has(code);
}

/**
 * How long a client waits before it reconnects after its `attempt`-th {@link
 * CloseCode.SavingPaused} in a row (0 for the first), ms: a second, doubling to ten.
 * Reconnecting sends its kept edits again; an immediate retry would only be refused
 * again, and y-websocket's own backoff restarts at each sync.
 */
export function savingPausedRetryMs(attempt: number): number {
  return Math.min(1000 * 2 ** Math.max(0, attempt), 10_000);
}

/**
 * How long a client waits before it reconnects after its `attempt`-th {@link
 * CloseCode.TooManyConnections} in a row (0 for the first), ms: about half a second,
 * doubling to fifteen, each spread over half to the whole of it by `random` (0 to 1), so
 * that a room refused together does not knock again together. y-websocket's own backoff
 * restarts at each open socket, and a refused socket did open.
 */
export function admissionRetryMs(attempt: number, random: number): number {
  const ceiling = Math.min(500 * 2 ** Math.max(0, attempt), 15_000);
  return Math.round(ceiling * (0.5 + 0.5 * Math.min(1, Math.max(0, random))));
}

/**
 * Fatal closes after which the page keeps showing what it has, read-only: the link is
 * good, but the board cannot be changed from this page (for now).
 */
export function keepsBoardReadOnly(code: number): boolean {
  return (
    code === CloseCode.VersionMismatch ||
    code === CloseCode.Unavailable ||
    code === CloseCode.BoardFull ||
    code === CloseCode.MessageTooBig
  );
}

/** The reason of the 4401 that closes the sockets of a link the facilitator replaced. */
export const LINK_REPLACED_REASON = 'link replaced';

/** A sentence for the person in front of the screen; `reason` is the close frame's. */
export function describeClose(code: number, reason?: string): string {
  if (code === CloseCode.Unauthorized && reason === LINK_REPLACED_REASON) {
    return 'This link was replaced: the facilitator made a new one, and this one no longer opens the board. Ask them for the new link.';
  }
  switch (code) {
    case CloseCode.BadRoom:
    case CloseCode.UnknownBoard:
      return 'This board does not exist. Check the link you were given.';
    case CloseCode.Unauthorized:
      return 'This link is not valid for this board (it may have been replaced). Ask the facilitator for a new one.';
    case CloseCode.AccessEnded:
      return 'Your access to this board through the workspace ended (your role changed, or you were signed out). Go back to the home page.';
    case CloseCode.MemberLimit:
      return 'This board is full: it has as many people as it takes. Ask the facilitator to remove someone who left.';
    case CloseCode.MemberRemoved:
      return 'The facilitator removed you from this board. Ask them if that was a mistake.';
    case CloseCode.Forbidden:
      return 'Your role cannot change this board; your last change was not saved.';
    case CloseCode.Malformed:
      return 'The connection sent something the server could not read.';
    case CloseCode.SlowConsumer:
    case CloseCode.TooManyMessages:
      return 'The connection was too busy. Reconnecting.';
    case CloseCode.TooManyConnections:
      return 'The server is letting people in a few at a time (too many connections at once from this network or to this board). Retrying shortly.';
    case CloseCode.VersionMismatch:
      return 'Hindsight was updated while this page was open. Reload the page to keep working.';
    case CloseCode.ServerError:
      return 'The server could not open this board. Retrying.';
    case CloseCode.BoardFull:
    case CloseCode.MessageTooBig:
      return 'This board is full; ask the facilitator. Your last change was not saved.';
    case CloseCode.SavingPaused:
      return 'Saving is paused: the server cannot store changes right now. Your edits are kept on this page and will be saved when it can.';
    case CloseCode.Unavailable:
      return 'The server could not load this board, so it is read-only here. Reload the page later, or tell whoever runs Hindsight.';
    default:
      return 'Connection lost. Reconnecting.';
  }
}
