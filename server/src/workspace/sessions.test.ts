import { describe, expect, it } from 'vitest';
import { SESSION_ABSOLUTE_MS, SESSION_IDLE_MS, sessionLive } from './sessions.ts';

const session = { id: 's', hash: 'h', personId: 'p', createdAt: 0, lastSeenAt: 0 };

describe('session expiry', () => {
  it('ends a session idle for the idle limit', () => {
    expect(sessionLive(session, SESSION_IDLE_MS - 1)).toBe(true);
    expect(sessionLive(session, SESSION_IDLE_MS)).toBe(false);
  });

  it('ends a session at the absolute limit however recently it was used', () => {
    const used = { ...session, lastSeenAt: SESSION_ABSOLUTE_MS - 1 };
    expect(sessionLive(used, SESSION_ABSOLUTE_MS - 1)).toBe(true);
    expect(sessionLive(used, SESSION_ABSOLUTE_MS)).toBe(false);
  });
});
