import { describe, expect, it } from 'vitest';
import { parseRoom, roomName } from './rooms.ts';

describe('room names', () => {
  it('round-trip for every doc kind', () => {
    expect(parseRoom(roomName('AbCdEfGh12345678'))).toEqual({ boardId: 'AbCdEfGh12345678', kind: 'board' });
    expect(parseRoom(roomName('AbCdEfGh12345678', 'facilitation'))).toEqual({
      boardId: 'AbCdEfGh12345678',
      kind: 'facilitation',
    });
  });

  it.each(['', 'short', 'AbCdEfGh12345678/board', 'AbCdEfGh12345678/other', 'AbCdEfGh12345678/facilitation/x', '../../etc/passwd', 'AbCdEfGh-1234567'])(
    'refuses %j',
    (name) => expect(parseRoom(name)).toBeNull(),
  );
});
