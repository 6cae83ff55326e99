import { describe, expect, it } from 'vitest';
import { charsLeft } from './charsLeft.ts';

describe('charsLeft', () => {
  it('stays silent while there is room', () => {
    expect(charsLeft('hello', 500)).toEqual({ text: null, over: false });
  });
  it('counts down near the limit', () => {
    expect(charsLeft('x'.repeat(450), 500)).toEqual({ text: '50 left', over: false });
  });
  it('says how far over the limit the text is', () => {
    expect(charsLeft('x'.repeat(503), 500)).toEqual({ text: '3 over the limit', over: true });
  });
  it('ignores surrounding whitespace, as the schema trims it', () => {
    expect(charsLeft(` ${'x'.repeat(500)}  `, 500).over).toBe(false);
  });
});
