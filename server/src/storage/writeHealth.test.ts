import { describe, expect, it } from 'vitest';
import { episodeChange, HEALTHY, isLowOnDisk, isStorageFailure, problemOf } from './writeHealth.ts';

describe('write health', () => {
  it('names low disk before a failed write, and nothing when both are fine', () => {
    expect(problemOf(HEALTHY)).toBeNull();
    expect(problemOf({ lowDisk: false, writeFailed: true })).toBe('store');
    expect(problemOf({ lowDisk: true, writeFailed: true })).toBe('low-disk');
  });

  it('an episode begins once and ends once, whatever happens in between', () => {
    const failed = { lowDisk: false, writeFailed: true };
    const both = { lowDisk: true, writeFailed: true };
    expect(episodeChange(HEALTHY, failed)).toBe('began');
    expect(episodeChange(failed, failed)).toBeNull();
    expect(episodeChange(failed, both)).toBeNull();
    expect(episodeChange(both, failed)).toBeNull();
    expect(episodeChange(failed, HEALTHY)).toBe('ended');
    expect(episodeChange(HEALTHY, HEALTHY)).toBeNull();
  });

  it('refuses writes below the minimum free space, not at it', () => {
    expect(isLowOnDisk(1023, 1024)).toBe(true);
    expect(isLowOnDisk(1024, 1024)).toBe(false);
    expect(isLowOnDisk(0, 0)).toBe(false);
  });

  it('a broken constraint is not a storage failure; a full disk or a lost database is', () => {
    expect(
      isStorageFailure(Object.assign(new Error('x'), { code: 'SQLITE_CONSTRAINT_PRIMARYKEY' })),
    ).toBe(false);
    expect(isStorageFailure(Object.assign(new Error('x'), { code: '23505' }))).toBe(false);
    expect(isStorageFailure(Object.assign(new Error('x'), { code: 'SQLITE_FULL' }))).toBe(true);
    expect(isStorageFailure(Object.assign(new Error('x'), { code: 'SQLITE_IOERR_WRITE' }))).toBe(
      true,
    );
    expect(isStorageFailure(Object.assign(new Error('x'), { code: '53100' }))).toBe(true);
    expect(isStorageFailure(Object.assign(new Error('x'), { code: 'ECONNREFUSED' }))).toBe(true);
    expect(isStorageFailure(new Error('The database connection is not open'))).toBe(true);
  });
});
