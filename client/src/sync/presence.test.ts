import { describe, expect, it } from 'vitest';
import { Awareness } from 'y-protocols/awareness';
import * as Y from 'yjs';
import { publishUser, readPeers } from './presence.ts';

describe('presence', () => {
  it('lists this tab first, then others by name', () => {
    const awareness = new Awareness(new Y.Doc());
    publishUser(awareness, { name: 'Zoe', color: '#3b5bdb' });
    awareness.states.set(11, { user: { name: 'Bo', color: '#2f9e44' } });
    awareness.states.set(12, { user: { name: 'Al', color: '#c2255c' } });
    expect(readPeers(awareness).map((p) => [p.name, p.isSelf])).toEqual([
      ['Zoe', true],
      ['Al', false],
      ['Bo', false],
    ]);
    awareness.destroy();
  });

  it('leaves out states that are not a well-formed user (they come from other browsers)', () => {
    const awareness = new Awareness(new Y.Doc());
    awareness.states.set(21, {});
    awareness.states.set(22, { user: { name: '', color: '#2f9e44' } });
    awareness.states.set(23, { user: { name: 'Eve', color: 'red;background:url(x)' } });
    awareness.states.set(24, { user: { name: 'x'.repeat(500), color: '#2f9e44' } });
    expect(readPeers(awareness)).toEqual([]);
    awareness.destroy();
  });
});
