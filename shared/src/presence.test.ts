import { describe, expect, it } from 'vitest';
import { DISPLAY_NAME_MAX, presenceName, readPresence } from './presence.ts';
import { ID_PATTERN, idSchema, randomId } from './ids.ts';

const user = { name: 'Alex', color: '#112233' };

describe('presence', () => {
  it('reads a published state: user, role, ready and person', () => {
    expect(
      readPresence({ user, role: 'facilitator', ready: 'timeline', person: 'p3rs0n-Id_1' }),
    ).toEqual({ user, role: 'facilitator', ready: 'timeline', person: 'p3rs0n-Id_1' });
  });

  it('is nobody without a valid user; a bad role, ready or person counts as none', () => {
    expect(readPresence({ role: 'facilitator' })).toBeNull();
    expect(readPresence(null)).toBeNull();
    expect(readPresence({ user: { name: 'Alex', color: 'red' } })).toBeNull();
    expect(readPresence({ user: { name: '  ', color: '#112233' } })).toBeNull();
    expect(readPresence({ user, role: 'admin', ready: 'Not A Phase', person: 'a b' })).toEqual({
      user,
      role: null,
      ready: null,
      person: null,
    });
  });

  it('has one display-name rule: trimmed, 1 to 60 characters', () => {
    expect(DISPLAY_NAME_MAX).toBe(60);
    const longest = 'n'.repeat(DISPLAY_NAME_MAX);
    expect(presenceName({ user: { name: ` ${longest} ` } })).toBe(longest);
    expect(presenceName({ user: { name: `${longest}n` } })).toBeNull();
    expect(readPresence({ user: { ...user, name: `${longest}n` } })).toBeNull();
    expect(presenceName({ user: { name: 42 } })).toBeNull();
    expect(presenceName('Alex')).toBeNull();
  });
});

describe('ids', () => {
  it('accepts every id randomId makes and refuses what is not one', () => {
    for (let i = 0; i < 50; i++) expect(randomId()).toMatch(ID_PATTERN);
    for (const bad of ['short12', 'x'.repeat(33), 'has-dash-1234', 'has space 1234', '']) {
      expect(ID_PATTERN.test(bad)).toBe(false);
    }
    expect(idSchema('a card id').safeParse('bad').error?.issues[0]?.message).toBe('not a card id');
  });
});
