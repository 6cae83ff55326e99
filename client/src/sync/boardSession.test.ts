import { DEFAULT_TEMPLATE } from '@hindsight/shared';
import { describe, expect, it } from 'vitest';
import { createBoardSession } from './boardSession.ts';

const init = (role: 'facilitator' | 'participant' | 'observer') => ({
  boardId: 'abcdEFGH1234',
  role,
  title: 'Checkout latency',
  template: DEFAULT_TEMPLATE.id,
});

describe('board session', () => {
  it('gives the session commands to the facilitator only; others only read the facilitation doc', () => {
    expect(createBoardSession(init('facilitator'), 't').facilitator).not.toBeNull();
    expect(createBoardSession(init('participant'), 't').facilitator).toBeNull();
    expect(createBoardSession(init('observer'), 't').facilitator).toBeNull();
  });

  it('starts from the template plan and a session not yet started, until the doc syncs', () => {
    const { facilitation } = createBoardSession(init('participant'), 't');
    expect(facilitation.getState().plan.columns.map((c) => c.id)).toEqual([
      'went-well',
      'went-wrong',
      'lucky',
    ]);
    expect(facilitation.getState().session.status).toBe('preparing');
    expect(facilitation.getState().synced).toBe(false);
  });
});
