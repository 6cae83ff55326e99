/**
 * Estimating this client's clock offset from the server's, NTP style: for each sample
 * the server's time is assumed to be read halfway through the round trip, and the
 * sample with the shortest round trip is the most trustworthy.
 */

export interface ClockSample {
  /** Client time the request was sent, ms. */
  readonly sentAt: number;
  /** Server time in the answer, ms. */
  readonly serverTime: number;
  /** Client time the answer arrived, ms. */
  readonly receivedAt: number;
}

export interface ClockOffset {
  /** Add to the client's clock to get the server's, ms. */
  readonly offsetMs: number;
  /** Round trip of the sample used; the offset is good to about half of it. */
  readonly roundTripMs: number;
}

export function estimateOffset(samples: readonly ClockSample[]): ClockOffset | null {
  let best: ClockOffset | null = null;
  for (const s of samples) {
    const roundTripMs = s.receivedAt - s.sentAt;
    if (roundTripMs < 0) continue;
    const offsetMs = s.serverTime - (s.sentAt + roundTripMs / 2);
    if (!best || roundTripMs < best.roundTripMs) best = { offsetMs, roundTripMs };
  }
  return best;
}
