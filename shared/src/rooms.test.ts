import { describe, expect, it } from 'vitest';
import { memberIdOf, newMemberKey } from './member.ts';
import { parseRoom, privateRoomName, roomName } from './rooms.ts';

describe('room names', () => {
  it('round-trip for every doc kind', () => {
    expect(parseRoom(roomName('AbCdEfGh12345678'))).toEqual({
      boardId: 'AbCdEfGh12345678',
      kind: 'board',
    });
    expect(parseRoom(roomName('AbCdEfGh12345678', 'facilitation'))).toEqual({
      boardId: 'AbCdEfGh12345678',
      kind: 'facilitation',
    });
  });

  it.each([
    '',
    'short',
    'AbCdEfGh12345678/board',
    'AbCdEfGh12345678/other',
    'AbCdEfGh12345678/facilitation/x',
    '../../etc/passwd',
    'AbCdEfGh-1234567',
  ])('refuses %j', (name) => expect(parseRoom(name)).toBeNull());
});

describe('private rooms', () => {
  it('carry a member id and round-trip', () => {
    const memberId = memberIdOf(newMemberKey());
    expect(parseRoom(privateRoomName('AbCdEfGh12345678', memberId))).toEqual({
      boardId: 'AbCdEfGh12345678',
      kind: 'private',
      memberId,
    });
  });

  it.each([
    'AbCdEfGh12345678/private-',
    'AbCdEfGh12345678/private-short',
    'AbCdEfGh12345678/private',
  ])('refuse %j', (name) => expect(parseRoom(name)).toBeNull());
});

describe('member ids', () => {
  it('are a stable hash of the key that does not reveal it', () => {
    const key = newMemberKey();
    expect(key).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(memberIdOf(key)).toBe(memberIdOf(key));
    expect(memberIdOf(key)).toMatch(/^[A-Za-z0-9_-]{22}$/);
    expect(key.startsWith(memberIdOf(key))).toBe(false);
    expect(memberIdOf(newMemberKey())).not.toBe(memberIdOf(key));
  });

  it('are the first 16 bytes of SHA-256 (FIPS 180-2 test vector "abc")', () => {
    expect(memberIdOf('abc')).toBe('ungWv48Bz-pBQUDeXa4iIw');
  });
});
