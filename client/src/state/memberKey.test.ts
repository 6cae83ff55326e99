import { MemberKeySchema } from '@hindsight/shared';
import { describe, expect, it } from 'vitest';
import { memberKeyFor, memberKeyName, type KeyStorage } from './memberKey.ts';

function memoryStorage(initial: Record<string, string> = {}): KeyStorage & {
  data: Map<string, string>;
} {
  const data = new Map(Object.entries(initial));
  return {
    data,
    getItem: (k) => data.get(k) ?? null,
    setItem: (k, v) => void data.set(k, v),
  };
}

describe('member key', () => {
  it('is made once per board and kept, so a reload opens the same private doc', () => {
    const storage = memoryStorage();
    const first = memberKeyFor('boardA1234', storage);
    expect(MemberKeySchema.safeParse(first).success).toBe(true);
    expect(storage.data.get(memberKeyName('boardA1234'))).toBe(first);
    expect(memberKeyFor('boardA1234', storage)).toBe(first);
    expect(memberKeyFor('boardB1234', storage)).not.toBe(first);
  });

  it('replaces a stored value that is not a member key', () => {
    const storage = memoryStorage({ [memberKeyName('boardA1234')]: 'not-a-key' });
    const key = memberKeyFor('boardA1234', storage);
    expect(MemberKeySchema.safeParse(key).success).toBe(true);
    expect(storage.data.get(memberKeyName('boardA1234'))).toBe(key);
  });

  it('keeps one key for the page when storage refuses to write', () => {
    const broken: KeyStorage = {
      getItem: () => null,
      setItem: () => {
        throw new Error('SecurityError');
      },
    };
    const key = memberKeyFor('boardC1234', broken);
    expect(memberKeyFor('boardC1234', broken)).toBe(key);
  });
});
