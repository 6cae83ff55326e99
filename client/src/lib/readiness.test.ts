import { describe, expect, it } from 'vitest';
import { readiness, readinessText, type ReadinessPeer } from './readiness.ts';

const peer = (
  clientId: number,
  name: string,
  role: ReadinessPeer['role'],
  ready: string | null = null,
): ReadinessPeer => ({ clientId, name, role, ready });

describe('readiness', () => {
  it('counts only participants, and only those done with the current phase', () => {
    const peers = [
      peer(1, 'Fran', 'facilitator', 'brainstorm'),
      peer(2, 'Pat', 'participant', 'brainstorm'),
      peer(3, 'Sam', 'participant', 'goal'), // done with an earlier phase: not now
      peer(4, 'Ola', 'observer', 'brainstorm'),
      peer(5, 'Al', 'participant'),
      peer(6, 'Nobody', null, 'brainstorm'), // says no role: not counted
    ];
    expect(readiness(peers, 'brainstorm')).toEqual({
      done: 1,
      total: 3,
      doneNames: ['Pat'],
      waitingNames: ['Al', 'Sam'],
    });
  });

  it('counts nobody done before the session starts', () => {
    const peers = [peer(1, 'Pat', 'participant', 'goal')];
    expect(readiness(peers, null)).toMatchObject({ done: 0, total: 1 });
  });

  it('counts two tabs of one person twice (each tab is a presence)', () => {
    const peers = [peer(1, 'Pat', 'participant', 'goal'), peer(2, 'Pat', 'participant', 'goal')];
    expect(readiness(peers, 'goal')).toMatchObject({ done: 2, total: 2 });
  });

  it('reads "3 of 5 done", or says when nobody is there to count', () => {
    expect(readinessText({ done: 3, total: 5, doneNames: [], waitingNames: [] })).toBe(
      '3 of 5 done',
    );
    expect(readinessText({ done: 0, total: 0, doneNames: [], waitingNames: [] })).toBe(
      'No participants yet',
    );
  });
});
