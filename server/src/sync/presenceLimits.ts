/**
 * Presence (awareness) limits: what one connection may publish. A presence state is
 * parsed, kept, re-encoded for every query and relayed to every peer, so its size and
 * the client ids one connection speaks for are bounded (docs/SECURITY.md, "Presence is
 * capped").
 */
import { CloseCode } from '@hindsight/shared';
import type { Refusal } from './budget.ts';
import type { SyncLimits } from './limits.ts';
import type { AwarenessEntry } from './protocol.ts';

type PresenceLimits = Pick<SyncLimits, 'maxPresenceBytes' | 'maxClientIdsPerConnection'>;

export const PRESENCE_TOO_LARGE: Refusal = {
  code: CloseCode.TooManyMessages,
  reason: 'presence state too large',
};
const TOO_MANY_IDS: Refusal = { code: CloseCode.TooManyMessages, reason: 'too many presence ids' };

/** Per entry: its client id and clock (varints) and the state's length prefix. */
const ENTRY_OVERHEAD = 3 * 10;

/** The largest presence message a connection may send: every id it may own, at full size. */
export function maxPresenceMessageBytes(limits: PresenceLimits): number {
  return limits.maxClientIdsPerConnection * (limits.maxPresenceBytes + ENTRY_OVERHEAD) + 16;
}

/**
 * Why a connection that owns `owned` may not publish `entries`, or null. A state larger
 * than the cap, or more client ids than a connection may speak for, is refused whole.
 */
export function presenceRefusal(
  entries: readonly AwarenessEntry[],
  owned: ReadonlySet<number>,
  limits: PresenceLimits,
): Refusal | null {
  let added = 0;
  for (const e of entries) {
    if (Buffer.byteLength(e.state) > limits.maxPresenceBytes) return PRESENCE_TOO_LARGE;
    if (!owned.has(e.clientId)) added++;
  }
  return owned.size + added > limits.maxClientIdsPerConnection ? TOO_MANY_IDS : null;
}
