import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { ownerClaimsMap, ownerConfirmationsMap } from '../doc/layout.ts';
import {
  CLAIMS_MAX,
  claimOwnership,
  confirmationOf,
  projectConfirmations,
  readConfirmations,
  readOwnerClaims,
  verifiedConfirmations,
} from './ownerConfirmation.ts';

const A = 'ActionAAAAAAAAAA';
const B = 'ActionBBBBBBBBBB';

function member(name: string | undefined, claims: [string, string, number][]) {
  const doc = new Y.Doc();
  for (const [id, owner, at] of claims) claimOwnership(doc, id, owner, null, at);
  return { name, claims: readOwnerClaims(doc) };
}

describe('owner confirmations', () => {
  it('publish a claim only when the owner named is the member’s own name', () => {
    const pat = member('Pat Lee', [[A, 'Pat Lee and Sam', 10]]);
    // Sam claims an action owned by Alex: on someone else's behalf.
    const sam = member('Sam', [
      [B, 'Alex', 20],
      [A, 'Pat Lee and Sam', 30],
    ]);
    const anonymous = member(undefined, [[B, 'Alex', 5]]);
    const result = verifiedConfirmations([pat, sam, anonymous], new Set([A, B]));
    expect(result).toEqual(new Map([[A, [{ owner: 'Pat Lee and Sam', at: 10 }]]]));
  });

  it('ignore claims on actions that are not on the board', () => {
    const alex = member('Alex', [[A, 'Alex', 1]]);
    expect(verifiedConfirmations([alex], new Set([B]))).toEqual(new Map());
  });

  it('count for the owner they name only, so a new owner has not confirmed', () => {
    const fac = new Y.Doc();
    projectConfirmations(fac, [member('Alex', [[A, 'Alex', 7]])], new Set([A]));
    const confirmations = readConfirmations(fac);
    expect(confirmationOf(confirmations, { id: A, owner: 'Alex' })).toEqual({
      owner: 'Alex',
      at: 7,
    });
    expect(confirmationOf(confirmations, { id: A, owner: 'Sam' })).toBeNull();
    expect(confirmationOf(confirmations, { id: A })).toBeNull();
  });

  it('write only what changed, and remove what no longer holds', () => {
    const fac = new Y.Doc();
    let writes = 0;
    fac.on('update', () => writes++);
    const alex = member('Alex', [[A, 'Alex', 7]]);
    projectConfirmations(fac, [alex], new Set([A]));
    projectConfirmations(fac, [alex], new Set([A]));
    expect(writes).toBe(1);
    projectConfirmations(fac, [alex], new Set());
    expect(ownerConfirmationsMap(fac).size).toBe(0);
  });

  it('read at most CLAIMS_MAX claims, and skip malformed ones', () => {
    const doc = new Y.Doc();
    ownerClaimsMap(doc).set('not an id!', { owner: 'Alex', at: 1 });
    ownerClaimsMap(doc).set(A, { owner: 42 });
    for (let i = 0; i < CLAIMS_MAX + 5; i++) {
      ownerClaimsMap(doc).set(`Action${String(i).padStart(10, '0')}`, { owner: 'Alex', at: i });
    }
    expect(readOwnerClaims(doc).size).toBe(CLAIMS_MAX);
    expect(readOwnerClaims(doc).has(A)).toBe(false);
  });
});
