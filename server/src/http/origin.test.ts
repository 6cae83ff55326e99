import { describe, expect, it } from 'vitest';
import { isAllowedOrigin } from './origin.ts';

describe('isAllowedOrigin', () => {
  it('lets the same origin and listed origins in', () => {
    expect(isAllowedOrigin('http://127.0.0.1:3000', '127.0.0.1:3000', [])).toBe(true);
    expect(
      isAllowedOrigin('https://retro.example.com', 'internal:3000', ['https://retro.example.com']),
    ).toBe(true);
  });

  it('keeps other sites and garbage out', () => {
    expect(isAllowedOrigin('https://evil.example', '127.0.0.1:3000', [])).toBe(false);
    expect(isAllowedOrigin('http://127.0.0.1:3001', '127.0.0.1:3000', [])).toBe(false);
    expect(isAllowedOrigin('null', '127.0.0.1:3000', [])).toBe(false);
  });

  it('lets clients without an Origin header in (not a browser)', () => {
    expect(isAllowedOrigin(undefined, '127.0.0.1:3000', [])).toBe(true);
  });
});
