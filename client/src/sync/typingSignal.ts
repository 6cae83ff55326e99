/**
 * "Who is still writing": a presence field `typing: true` on the board doc's awareness,
 * set while this person types a card and cleared after a few idle seconds. It says that
 * someone writes, never what: the text stays in the browser until it is a card in the
 * private doc. Awareness states come from other browsers: only a literal `true` counts.
 */
import type { Awareness } from 'y-protocols/awareness';

/** Quiet this long and the person no longer counts as writing, ms. */
export const TYPING_IDLE_MS = 4000;

export interface TypingSignal {
  /** A keystroke: says "writing" (once) and restarts the idle countdown. */
  activity(): void;
  /** Says "not writing" now (once). */
  stop(): void;
}

interface Timers {
  readonly setTimeout: (fn: () => void, ms: number) => unknown;
  readonly clearTimeout: (handle: unknown) => void;
}

const realTimers: Timers = {
  setTimeout: (fn, ms) => setTimeout(fn, ms),
  clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

/**
 * Calls `publish` only when the state changes, so a keystroke does not become a network
 * message; the idle timer turns it off.
 */
export function createTypingSignal(
  publish: (typing: boolean) => void,
  idleMs = TYPING_IDLE_MS,
  timers: Timers = realTimers,
): TypingSignal {
  let typing = false;
  let timer: unknown = null;
  const stop = () => {
    if (timer !== null) timers.clearTimeout(timer);
    timer = null;
    if (!typing) return;
    typing = false;
    publish(false);
  };
  return {
    activity() {
      if (timer !== null) timers.clearTimeout(timer);
      timer = timers.setTimeout(stop, idleMs);
      if (typing) return;
      typing = true;
      publish(true);
    },
    stop,
  };
}

/** Sets or clears this tab's `typing` field; sends nothing when it would not change. */
export function publishTyping(awareness: Awareness, typing: boolean): void {
  const current = awareness.getLocalState();
  if (current === null || (current.typing === true) === typing) return;
  awareness.setLocalStateField('typing', typing);
}

/** Client ids of the tabs that say their person is writing, ascending. */
export function readTypingClients(awareness: Awareness): number[] {
  const ids: number[] = [];
  awareness.getStates().forEach((state, clientId) => {
    if ((state as { typing?: unknown }).typing === true) ids.push(clientId);
  });
  return ids.sort((a, b) => a - b);
}
