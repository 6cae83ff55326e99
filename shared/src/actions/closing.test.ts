import { describe, expect, it } from 'vitest';
import { mayClosePostmortem } from './closing.ts';
import type { ActionActor } from './status.ts';

const member: ActionActor = {
  role: 'member',
  personId: 'p-sam',
  name: 'Sam Roe',
  facilitator: false,
};
const facts = { owners: ['Pat Lee', 'Dana Ops'] };

describe('who may close a postmortem from the ledger', () => {
  it('is its facilitator, a postmortem owner the team named, or an admin', () => {
    expect(mayClosePostmortem({ ...member, facilitator: true }, facts)).toBe(true);
    expect(mayClosePostmortem({ ...member, name: 'pat  lee' }, facts)).toBe(true);
    expect(mayClosePostmortem({ role: 'admin', facilitator: false }, facts)).toBe(true);
  });

  it('is nobody else: another member, a member with no name, a viewer even if named', () => {
    expect(mayClosePostmortem(member, facts)).toBe(false);
    expect(mayClosePostmortem({ role: 'member', facilitator: false }, facts)).toBe(false);
    expect(mayClosePostmortem({ ...member, role: 'viewer', name: 'Pat Lee' }, facts)).toBe(false);
    expect(mayClosePostmortem({ ...member, name: 'Pat' }, facts)).toBe(false);
  });
});
