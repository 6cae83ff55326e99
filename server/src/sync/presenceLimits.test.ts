import { describe, expect, it } from 'vitest';
import { DEFAULT_SYNC_LIMITS } from './limits.ts';
import { maxPresenceMessageBytes, presenceRefusal } from './presenceLimits.ts';

const entry = (clientId: number, state: string) => ({ clientId, clock: 1, state });
const limits = { ...DEFAULT_SYNC_LIMITS, maxPresenceBytes: 100, maxClientIdsPerConnection: 2 };

describe('presence limits', () => {
  it('refuse a state above the cap, counted in UTF-8 bytes', () => {
    expect(presenceRefusal([entry(1, 'a'.repeat(100))], new Set(), limits)).toBeNull();
    expect(presenceRefusal([entry(1, 'a'.repeat(101))], new Set(), limits)?.reason).toBe(
      'presence state too large',
    );
    expect(presenceRefusal([entry(1, 'é'.repeat(51))], new Set(), limits)?.reason).toBe(
      'presence state too large',
    );
  });

  it('refuse more client ids than a connection may speak for, counting those it owns', () => {
    expect(presenceRefusal([entry(1, '{}'), entry(2, '{}')], new Set(), limits)).toBeNull();
    expect(presenceRefusal([entry(3, '{}')], new Set([1, 2]), limits)?.reason).toBe(
      'too many presence ids',
    );
    expect(presenceRefusal([entry(2, 'null')], new Set([1, 2]), limits)).toBeNull();
  });

  it('bound a whole presence message by every id at full size', () => {
    expect(maxPresenceMessageBytes(limits)).toBeGreaterThan(2 * 100);
    expect(maxPresenceMessageBytes(limits)).toBeLessThan(2 * 100 + 200);
  });
});
