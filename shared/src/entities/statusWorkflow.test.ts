import { describe, expect, it } from 'vitest';
import { POSTMORTEM_STATUSES } from './postmortemStatus.ts';
import { mayMoveStatus, STATUS_MEANINGS, statusOnFinish } from './statusWorkflow.ts';

describe('who may move the postmortem status', () => {
  const owners = ['Dana Kim', 'Pat Lee and Sam Roy'];

  it('the facilitator always', () => {
    expect(mayMoveStatus({ role: 'facilitator', name: null }, [])).toBe(true);
  });

  it('a participant only when they are one of the postmortem owners, by name', () => {
    expect(mayMoveStatus({ role: 'participant', name: 'dana kim' }, owners)).toBe(true);
    expect(mayMoveStatus({ role: 'participant', name: 'Sam Roy' }, owners)).toBe(true);
    expect(mayMoveStatus({ role: 'participant', name: 'Mallory' }, owners)).toBe(false);
    expect(mayMoveStatus({ role: 'participant', name: 'Dana' }, owners)).toBe(false);
    expect(mayMoveStatus({ role: 'participant', name: null }, owners)).toBe(false);
    expect(mayMoveStatus({ role: 'participant', name: 'Dana Kim' }, [])).toBe(false);
  });

  it('never an observer, even one named as an owner', () => {
    expect(mayMoveStatus({ role: 'observer', name: 'Dana Kim' }, owners)).toBe(false);
  });
});

describe('Finish and the status', () => {
  it('puts a draft in review', () => {
    expect(statusOnFinish('draft')).toEqual({ moves: true, to: 'in review' });
  });

  it('never moves a status backwards, and says why it stays', () => {
    for (const status of ['in review', 'actions open', 'closed'] as const) {
      const result = statusOnFinish(status);
      expect(result.moves).toBe(false);
      expect(!result.moves && result.reason.length).toBeGreaterThan(0);
    }
  });

  it('every status has a meaning to show', () => {
    for (const status of POSTMORTEM_STATUSES) expect(STATUS_MEANINGS[status]).toBeTruthy();
  });
});
