import { describe, expect, it } from 'vitest';
import {
  admissionRetryMs,
  CloseCode,
  describeClose,
  isFatalClose,
  LINK_REPLACED_REASON,
  savingPausedRetryMs,
} from './closeCodes.ts';

describe('close codes', () => {
  it('4507 is not fatal: the client keeps its edits and comes back', () => {
    expect(isFatalClose(CloseCode.SavingPaused)).toBe(false);
  });

  it('after 4507 the client waits a second, then doubling to ten, never less', () => {
    expect([0, 1, 2, 3, 4, 10].map(savingPausedRetryMs)).toEqual([
      1000, 2000, 4000, 8000, 10_000, 10_000,
    ]);
    expect(savingPausedRetryMs(-1)).toBe(1000);
  });

  it('4430 is not fatal, and says the client is let in shortly', () => {
    expect(isFatalClose(CloseCode.TooManyConnections)).toBe(false);
    expect(describeClose(CloseCode.TooManyConnections)).toMatch(/few at a time.*Retrying/);
  });

  it('after 4430 the client waits half a second doubling to fifteen, spread over its upper half', () => {
    expect([0, 1, 2, 3, 5, 10].map((a) => admissionRetryMs(a, 1))).toEqual([
      500, 1000, 2000, 4000, 15_000, 15_000,
    ]);
    expect([0, 3, 10].map((a) => admissionRetryMs(a, 0))).toEqual([250, 2000, 7500]);
    expect(admissionRetryMs(-1, 2)).toBe(500);
    expect(admissionRetryMs(0, -1)).toBe(250);
  });

  it('4401 from a link the facilitator replaced says so; any other 4401 says the link is not valid', () => {
    expect(describeClose(CloseCode.Unauthorized, LINK_REPLACED_REASON)).toMatch(
      /^This link was replaced/,
    );
    expect(describeClose(CloseCode.Unauthorized, 'invalid token')).toMatch(/not valid/);
    expect(describeClose(CloseCode.Unauthorized)).toMatch(/not valid/);
  });
});
