import { describe, expect, it } from 'vitest';
import { leavesNoAdmin } from './lastAdmin.ts';

const admin = { role: 'admin', active: true } as const;
const member = { role: 'member', active: true } as const;
const formerAdmin = { role: 'admin', active: false } as const;

describe('the last admin rule', () => {
  it('refuses to demote or deactivate the last active admin', () => {
    expect(leavesNoAdmin(admin, { role: 'member' }, [admin, member, formerAdmin])).toBe(true);
    expect(leavesNoAdmin(admin, { role: 'viewer' }, [admin])).toBe(true);
    expect(leavesNoAdmin(admin, { active: false }, [admin, member])).toBe(true);
  });

  it('lets an admin go when another active admin stays, and leaves other changes alone', () => {
    const other = { role: 'admin', active: true } as const;
    expect(leavesNoAdmin(admin, { role: 'member' }, [admin, other])).toBe(false);
    expect(leavesNoAdmin(admin, { active: false }, [admin, other])).toBe(false);
    expect(leavesNoAdmin(admin, { role: 'admin' }, [admin])).toBe(false);
    expect(leavesNoAdmin(member, { active: false }, [admin, member])).toBe(false);
    expect(leavesNoAdmin(formerAdmin, { role: 'member' }, [formerAdmin, admin])).toBe(false);
  });
});
