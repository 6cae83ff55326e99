import { describe, expect, it } from 'vitest';
import { initials } from './initials.ts';

describe('initials', () => {
  it('takes the first letters of the first and last word', () => {
    expect(initials('ada king lovelace')).toBe('AL');
  });
  it('takes two letters of a single word', () => {
    expect(initials('Grace')).toBe('GR');
  });
  it('copes with blank names and astral characters', () => {
    expect(initials('   ')).toBe('?');
    expect(initials('😀 smile')).toBe('😀S');
  });
});
