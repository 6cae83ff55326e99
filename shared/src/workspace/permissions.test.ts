import { describe, expect, it } from 'vitest';
import { may, WORKSPACE_ACTIONS, type Principal } from './permissions.ts';

const anonymous: Principal = { kind: 'anonymous' };
const person = (role: 'admin' | 'member' | 'viewer'): Principal => ({ kind: 'person', role });
const token = (scope: 'read' | 'write' | 'admin'): Principal => ({ kind: 'token', scope });

describe('may', () => {
  it('lets anonymous callers do no workspace action', () => {
    for (const action of WORKSPACE_ACTIONS) expect(may(anonymous, action)).toBe(false);
  });

  it('lets viewers read, members create and run postmortems, and admins manage', () => {
    expect(may(person('viewer'), 'boards.list')).toBe(true);
    expect(may(person('viewer'), 'boards.read')).toBe(true);
    expect(may(person('viewer'), 'boards.create')).toBe(false);
    expect(may(person('viewer'), 'boards.run')).toBe(false);
    expect(may(person('member'), 'boards.create')).toBe(true);
    expect(may(person('member'), 'boards.run')).toBe(true);
    expect(may(person('member'), 'people.manage')).toBe(false);
    expect(may(person('member'), 'tokens.manage')).toBe(false);
    expect(may(person('admin'), 'people.manage')).toBe(true);
    expect(may(person('admin'), 'tokens.manage')).toBe(true);
  });

  it('gives a token scope the powers of the matching role', () => {
    expect(may(token('read'), 'boards.list')).toBe(true);
    expect(may(token('read'), 'boards.create')).toBe(false);
    expect(may(token('write'), 'boards.create')).toBe(true);
    expect(may(token('write'), 'tokens.manage')).toBe(false);
    expect(may(token('admin'), 'tokens.manage')).toBe(true);
    expect(may(token('admin'), 'people.manage')).toBe(true);
  });

  it('keeps a person’s own account out of reach of every token', () => {
    expect(may(person('viewer'), 'account.manage')).toBe(true);
    expect(may(token('admin'), 'account.manage')).toBe(false);
  });

  it('is monotonic: a higher role may do everything a lower one may', () => {
    const order = [person('viewer'), person('member'), person('admin')];
    for (const action of WORKSPACE_ACTIONS)
      for (let i = 1; i < order.length; i++)
        if (may(order[i - 1]!, action)) expect(may(order[i]!, action)).toBe(true);
  });
});
