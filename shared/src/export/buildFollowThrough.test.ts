/**
 * The follow-through in the document (buildFollowThrough.ts, issue #8): action items in
 * "tackle first" order with their priority and what they address, the owners, the
 * follow-up review, and the postmortem status.
 */
import { describe, expect, it } from 'vitest';
import type { ActionItem } from '../entities/actionItem.ts';
import { DEFAULT_OWNER_RESPONSIBILITIES } from '../entities/postmortemOwner.ts';
import { buildPostmortem } from './build.ts';
import { action, fromFixture, NOW, source } from './testSources.ts';

const complete = () => fromFixture({ complete: true });

describe('the follow-through in the document', () => {
  it('lists the action items in "tackle first" order, with priority from the quadrant', () => {
    const items = complete().actionItems!;
    expect(items.map((a) => [a.quadrant, a.priority, a.status, a.ownerConfirmed])).toEqual([
      ['quick win', 'high', 'in progress', true],
      ['major project', 'medium', 'open', false],
      ['fill-in', 'low', 'done', true],
      [null, null, 'open', false],
    ]);
    expect(items[0]!.addresses).toEqual({
      clusterId: expect.any(String),
      topic: 'Config review',
      cause: 'Config values have no schema with per-environment ranges.',
      rootCause: true,
    });
    expect(items[1]!.addresses).toMatchObject({ topic: 'Config review', cause: null });
    expect(items[3]!.owner).toBeNull();
  });

  it('holds the owners with their responsibilities, the follow-up and the status', () => {
    const doc = complete();
    expect(doc.owners).toEqual({
      names: ['Dana', 'Eli'],
      responsibilities: [...DEFAULT_OWNER_RESPONSIBILITIES],
    });
    // 16:00 in Berlin in November is 15:00 UTC.
    expect(doc.followUp).toEqual({
      at: '2026-11-19T15:00:00.000Z',
      date: '2026-11-19',
      time: '16:00',
      timeZone: 'Europe/Berlin',
      durationMinutes: 30,
    });
    expect(doc.status.postmortem).toBe('actions open');
  });

  it('never reads a postmortem as closed while an action is open', () => {
    const status = (actionItems: ActionItem[]) =>
      buildPostmortem(source({ postmortemStatus: 'closed', actionItems }), { now: NOW }).status
        .postmortem;
    expect(status([action()])).toBe('actions open');
    expect(status([action({ status: 'done' })])).toBe('closed');
  });

  it('drops a ticket link that is not http(s)', () => {
    const doc = buildPostmortem(
      source({ actionItems: [action({ link: 'javascript:alert(1)' })] }),
      {
        now: NOW,
      },
    );
    expect(doc.actionItems![0]!.link).toBeNull();
  });
});
