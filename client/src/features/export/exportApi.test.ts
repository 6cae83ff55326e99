import { describe, expect, it } from 'vitest';
import { fileNameFrom } from './exportApi.ts';

describe('fileNameFrom', () => {
  it('takes the quoted file name of an attachment', () => {
    expect(
      fileNameFrom('attachment; filename="postmortem-checkout-2026-11-03.md"', 'postmortem.md'),
    ).toBe('postmortem-checkout-2026-11-03.md');
  });

  it('falls back when the header is missing or the name is not plainly safe', () => {
    expect(fileNameFrom(null, 'postmortem.md')).toBe('postmortem.md');
    expect(fileNameFrom('attachment; filename="../../etc/passwd"', 'x.md')).toBe('x.md');
    expect(fileNameFrom('attachment; filename="a b.md"', 'x.md')).toBe('x.md');
  });
});
