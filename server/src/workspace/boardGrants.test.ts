import { describe, expect, it } from 'vitest';
import { boardGrant, grantedRole, isBoardGrant } from './boardGrants.ts';

const SESSION = 'session-token-of-one-browser';

describe('board grants', () => {
  it('names its role for the session and board it was made for', () => {
    const grant = boardGrant(SESSION, 'board1', 'participant');
    expect(isBoardGrant(grant)).toBe(true);
    expect(grantedRole(grant, SESSION, 'board1')).toBe('participant');
  });

  it('is worth nothing with another session, on another board, or with its role changed', () => {
    const grant = boardGrant(SESSION, 'board1', 'participant');
    expect(grantedRole(grant, 'another-session', 'board1')).toBeNull();
    expect(grantedRole(grant, SESSION, 'board2')).toBeNull();
    expect(grantedRole(grant.replace('participant', 'facilitator'), SESSION, 'board1')).toBeNull();
    expect(grantedRole('w1.admin.xyz', SESSION, 'board1')).toBeNull();
    expect(grantedRole('w1.observer', SESSION, 'board1')).toBeNull();
  });

  it('is never mistaken for a link token, which is base64url', () => {
    expect(isBoardGrant('AbC-_123')).toBe(false);
  });
});
