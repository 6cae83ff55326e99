import { describe, expect, it } from 'vitest';
import { newSuggestions } from './suggestions.ts';

describe('vocabulary suggestions', () => {
  it('leaves out values already given, whatever their case', () => {
    expect(
      newSuggestions(['checkout-api', 'payments', 'cache'], [' Checkout-API', 'CACHE']),
    ).toEqual(['payments']);
  });

  it('keeps the vocabulary’s order', () => {
    expect(newSuggestions(['b', 'a', 'c'], [])).toEqual(['b', 'a', 'c']);
  });
});
