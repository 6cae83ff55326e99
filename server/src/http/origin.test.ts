import { describe, expect, it } from 'vitest';
import { isAllowedOrigin } from './origin.ts';

const at = (origin: string | undefined, host = '127.0.0.1:3000', protocol = 'http') => ({
  origin,
  host,
  protocol,
});

describe('isAllowedOrigin', () => {
  it('lets the same origin on a local address and listed origins in', () => {
    expect(isAllowedOrigin(at('http://127.0.0.1:3000'), [])).toBe(true);
    expect(isAllowedOrigin(at('http://localhost:3000', 'localhost:3000'), [])).toBe(true);
    expect(isAllowedOrigin(at('http://[::1]:3000', '[::1]:3000'), [])).toBe(true);
    expect(isAllowedOrigin(at('http://192.168.1.20', '192.168.1.20:80'), [])).toBe(true);
    expect(
      isAllowedOrigin(at('https://retro.example.com', 'internal:3000'), [
        'https://retro.example.com',
      ]),
    ).toBe(true);
  });

  it('keeps other sites and garbage out', () => {
    expect(isAllowedOrigin(at('https://evil.example'), [])).toBe(false);
    expect(isAllowedOrigin(at('http://127.0.0.1:3001'), [])).toBe(false);
    expect(isAllowedOrigin(at('null'), [])).toBe(false);
    expect(isAllowedOrigin(at('not a url'), [])).toBe(false);
  });

  it('compares the scheme and the port, not only the host', () => {
    expect(isAllowedOrigin(at('https://127.0.0.1:3000'), [])).toBe(false);
    expect(isAllowedOrigin(at('http://127.0.0.1'), [])).toBe(false);
    expect(isAllowedOrigin(at('https://127.0.0.1', '127.0.0.1', 'http'), [])).toBe(false);
  });

  it('refuses a DNS name that only echoes the Host header unless it is listed', () => {
    const rebound = at('http://attacker.example:3000', 'attacker.example:3000');
    expect(isAllowedOrigin(rebound, [])).toBe(false);
    expect(isAllowedOrigin(rebound, ['http://attacker.example:3000'])).toBe(true);
  });

  it('lets clients without an Origin header in (not a browser)', () => {
    expect(isAllowedOrigin(at(undefined), [])).toBe(true);
  });
});
