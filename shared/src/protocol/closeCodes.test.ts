import { describe, expect, it } from 'vitest';
import { CloseCode, isFatalClose, savingPausedRetryMs } from './closeCodes.ts';

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
});
