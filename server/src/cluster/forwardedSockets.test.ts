import { describe, expect, it } from 'vitest';
import { movedRoutes } from './forwardedSockets.ts';

describe('forwarded sockets whose board changed hands', () => {
  it('are those pointing at an owner other than the current one, or at any when none is', () => {
    const toA1 = { ownerId: 'a' };
    const toA2 = { ownerId: 'a' };
    const toB = { ownerId: 'b' };
    const routes = new Map([
      ['kept', new Set([toA1])],
      ['moved', new Set([toA2, toB])],
      ['ownerless', new Set([{ ownerId: 'c' }])],
    ]);
    const owners = new Map([
      ['kept', { id: 'a' }],
      ['moved', { id: 'b' }],
    ]);
    expect(movedRoutes(routes, owners)).toEqual([toA2, { ownerId: 'c' }]);
  });
});
