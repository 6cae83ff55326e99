import { describe, expect, it } from 'vitest';
import { redactDatabaseUrl } from './store.ts';

describe('redactDatabaseUrl', () => {
  it('keeps the password of DATABASE_URL out of the log', () => {
    expect(redactDatabaseUrl('postgresql://app:s3cret@db.internal:5432/hindsight')).toBe(
      'postgresql://app:***@db.internal:5432/hindsight',
    );
    expect(redactDatabaseUrl('postgresql://app@db/hindsight')).toBe(
      'postgresql://app@db/hindsight',
    );
    expect(redactDatabaseUrl('not a url with s3cret')).not.toContain('s3cret');
  });
});
