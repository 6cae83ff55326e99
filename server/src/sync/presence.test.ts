import { describe, expect, it } from 'vitest';
import { DISPLAY_NAME_MAX } from '@hindsight/shared';
import { nameKey, stampPresence, uniqueName } from './presence.ts';

describe('presence stamping', () => {
  it('sets the role the token granted, whatever the client claimed', () => {
    const claimed = JSON.stringify({
      user: { name: 'Eve', color: '#112233' },
      role: 'facilitator',
    });
    expect(JSON.parse(stampPresence(claimed, 'observer', new Set()))).toEqual({
      user: { name: 'Eve', color: '#112233' },
      role: 'observer',
    });
  });

  it('tells apart a name another member already shows', () => {
    const taken = new Set(['alex', 'alex (2)'].map(nameKey));
    const state = JSON.stringify({ user: { name: ' ALEX ', color: '#112233' } });
    expect(JSON.parse(stampPresence(state, 'participant', taken)).user.name).toBe('ALEX (3)');
    expect(uniqueName('Sam', taken)).toBe('Sam');
    expect(
      uniqueName('x'.repeat(DISPLAY_NAME_MAX), new Set([nameKey('x'.repeat(DISPLAY_NAME_MAX))])),
    ).toHaveLength(DISPLAY_NAME_MAX);
  });

  it('shows a signed-in person’s account name, not the one their page claims', () => {
    const claimed = JSON.stringify({ user: { name: 'Mallory', color: '#112233' } });
    expect(JSON.parse(stampPresence(claimed, 'participant', new Set(), 'Ana Lima'))).toEqual({
      user: { name: 'Ana Lima', color: '#112233' },
      role: 'participant',
    });
    const bare = JSON.parse(stampPresence('{}', 'observer', new Set(), 'Ana Lima'));
    expect(bare.user.name).toBe('Ana Lima');
    // Too long for presence: cut to its limit, like any name.
    const long = JSON.parse(stampPresence(claimed, 'participant', new Set(), 'y'.repeat(80)));
    expect(long.user.name).toHaveLength(DISPLAY_NAME_MAX);
  });

  it('sets the member’s presence id as its person, and drops a person the page claimed', () => {
    const claimed = JSON.stringify({ user: { name: 'Eve', color: '#112233' }, person: 'alice-id' });
    expect(
      JSON.parse(stampPresence(claimed, 'participant', new Set(), null, 'eve-pres-id')),
    ).toEqual({
      user: { name: 'Eve', color: '#112233' },
      role: 'participant',
      person: 'eve-pres-id',
    });
    expect(JSON.parse(stampPresence(claimed, 'participant', new Set()))).toEqual({
      user: { name: 'Eve', color: '#112233' },
      role: 'participant',
    });
  });

  it('passes leaving and non-object states unchanged, and refuses text that is not JSON', () => {
    expect(stampPresence('null', 'participant', new Set())).toBe('null');
    expect(stampPresence('[1]', 'participant', new Set())).toBe('[1]');
    expect(() => stampPresence('{nope', 'participant', new Set())).toThrow();
  });
});
