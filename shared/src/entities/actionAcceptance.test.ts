import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { actionAcceptancesMap } from '../doc/layout.ts';
import {
  acceptWontDo,
  isAccepted,
  readAcceptances,
  staleAcceptances,
  withdrawAcceptance,
} from './actionAcceptance.ts';

const ID = 'Action0000000001';

describe('an acceptance', () => {
  it("holds while the action is a won't do with the reason accepted", () => {
    const facilitation = new Y.Doc();
    acceptWontDo(facilitation, ID, ' replaced by SSO ', undefined, 5);
    const acceptances = readAcceptances(facilitation);
    expect(acceptances.get(ID)).toEqual({ reason: 'replaced by SSO', at: 5 });
    const wontDo = { id: ID, status: "won't do" as const, reason: 'replaced by SSO' };
    expect(isAccepted(acceptances, wontDo)).toBe(true);
    expect(isAccepted(acceptances, { ...wontDo, reason: 'too costly' })).toBe(false);
    expect(isAccepted(acceptances, { ...wontDo, status: 'blocked' })).toBe(false);
    expect(isAccepted(acceptances, { ...wontDo, id: 'Action0000000002' })).toBe(false);
  });

  it('is stale once its action is gone or no longer what was accepted', () => {
    const facilitation = new Y.Doc();
    for (const id of ['Action0000000001', 'Action0000000002', 'Action0000000003']) {
      acceptWontDo(facilitation, id, 'replaced by SSO');
    }
    const acceptances = readAcceptances(facilitation);
    expect(
      staleAcceptances(acceptances, [
        { id: 'Action0000000001', status: "won't do", reason: 'replaced by SSO' },
        { id: 'Action0000000002', status: 'open' },
      ]),
    ).toEqual(['Action0000000002', 'Action0000000003']);
  });

  it('skips what no reader accepts, and is withdrawn', () => {
    const facilitation = new Y.Doc();
    actionAcceptancesMap(facilitation).set(ID, { reason: '', at: 1 });
    actionAcceptancesMap(facilitation).set('Action0000000002', true);
    expect(readAcceptances(facilitation).size).toBe(0);
    expect(() => acceptWontDo(facilitation, 'no', 'why')).toThrow();
    acceptWontDo(facilitation, ID, 'why');
    expect(withdrawAcceptance(facilitation, ID)).toBe(true);
    expect(withdrawAcceptance(facilitation, ID)).toBe(false);
    expect(readAcceptances(facilitation).size).toBe(0);
  });
});
