import { describe, expect, it } from 'vitest';
import { Awareness } from 'y-protocols/awareness';
import * as Y from 'yjs';
import { publishReady, publishUser, readPeers, samePeers } from './presence.ts';

describe('presence', () => {
  it('lists this tab first, then others by name', () => {
    const awareness = new Awareness(new Y.Doc());
    publishUser(awareness, { name: 'Zoe', color: '#3b5bdb' }, 'facilitator');
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
    awareness.setLocalState(null);
    awareness.states.set(21, {});
    awareness.states.set(22, { user: { name: '', color: '#2f9e44' } });
    awareness.states.set(23, { user: { name: 'Eve', color: 'red;background:url(x)' } });
    awareness.states.set(24, { user: { name: 'x'.repeat(500), color: '#2f9e44' } });
    expect(readPeers(awareness)).toEqual([]);
    awareness.destroy();
  });

  it('reads the person the server stamped, this tab’s from what the server told it, and a bad one as none', () => {
    const awareness = new Awareness(new Y.Doc());
    publishUser(awareness, { name: 'Fran', color: '#3b5bdb' }, 'facilitator');
    const user = { name: 'Fran', color: '#3b5bdb' };
    awareness.states.set(41, { user, person: 'fran-presence-1' });
    awareness.states.set(42, { user, person: '<script>' });
    const people = readPeers(awareness, 'fran-presence-1').map((p) => [p.clientId, p.person]);
    expect(people).toEqual([
      [awareness.clientID, 'fran-presence-1'],
      [41, 'fran-presence-1'],
      [42, null],
    ]);
    expect(readPeers(awareness)[0]?.person).toBeNull();
    awareness.destroy();
  });

  it('reads the role and the ready flag, and treats bad ones as none', () => {
    const awareness = new Awareness(new Y.Doc());
    awareness.setLocalState(null);
    const user = { name: 'Pat', color: '#2f9e44' };
    awareness.states.set(31, { user, role: 'participant', ready: 'brainstorm' });
    awareness.states.set(32, { user: { ...user, name: 'Rex' }, role: 'admin', ready: '<b>' });
    expect(readPeers(awareness).map((p) => [p.name, p.role, p.ready])).toEqual([
      ['Pat', 'participant', 'brainstorm'],
      ['Rex', null, null],
    ]);
    awareness.destroy();
  });

  it('publishes the ready flag with the user, and sends nothing when it does not change', () => {
    const awareness = new Awareness(new Y.Doc());
    publishUser(awareness, { name: 'Pat', color: '#2f9e44' }, 'participant');
    let updates = 0;
    awareness.on('update', () => updates++);
    publishReady(awareness, 'goal');
    publishReady(awareness, 'goal');
    expect(readPeers(awareness)[0]).toMatchObject({ role: 'participant', ready: 'goal' });
    publishReady(awareness, null);
    expect(readPeers(awareness)[0]?.ready).toBeNull();
    expect(updates).toBe(2);
    awareness.destroy();
  });

  it('are the same people while only other fields change, such as a drag in progress', () => {
    const awareness = new Awareness(new Y.Doc());
    publishUser(awareness, { name: 'Pat', color: '#2f9e44' }, 'participant');
    awareness.states.set(41, { user: { name: 'Sam', color: '#c2255c' }, role: 'participant' });
    const before = readPeers(awareness);
    awareness.setLocalStateField('drag', { cardId: 'c1', x: 10, y: 20 });
    expect(samePeers(before, readPeers(awareness))).toBe(true);
    publishReady(awareness, 'goal');
    expect(samePeers(before, readPeers(awareness))).toBe(false);
    const ready = readPeers(awareness);
    awareness.states.delete(41);
    expect(samePeers(ready, readPeers(awareness))).toBe(false);
    awareness.destroy();
  });
});
