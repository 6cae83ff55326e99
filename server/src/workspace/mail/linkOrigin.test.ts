import { describe, expect, it } from 'vitest';
import { pageLinkOrigin, vouchedLinkOrigin, type LinkRequest } from './linkOrigin.ts';

const arrivedOn = (host: string, localAddress = '127.0.0.1', localPort = 3000): LinkRequest => ({
  protocol: 'http',
  host,
  localAddress,
  localPort,
});

describe('the origin of mailed links', () => {
  it('is PUBLIC_URL when set, else the page’s own origin for a signed-in admin', () => {
    expect(pageLinkOrigin('https://pm.example.com', arrivedOn('evil.example'))).toBe(
      'https://pm.example.com',
    );
    expect(pageLinkOrigin(undefined, arrivedOn('127.0.0.1:3000'))).toBe('http://127.0.0.1:3000');
  });

  it('never follows a Host header the asker of a reset chose', () => {
    expect(vouchedLinkOrigin(undefined, [], arrivedOn('evil.example:3000'))).toBeNull();
    expect(vouchedLinkOrigin(undefined, [], arrivedOn('10.0.0.66:3000'))).toBeNull();
    expect(vouchedLinkOrigin(undefined, [], arrivedOn('127.0.0.1:4000'))).toBeNull();
    expect(vouchedLinkOrigin(undefined, [], arrivedOn(''))).toBeNull();
    expect(vouchedLinkOrigin(undefined, [], arrivedOn('a b'))).toBeNull();
  });

  it('takes PUBLIC_URL, a listed origin, or the address and port the request arrived on', () => {
    expect(vouchedLinkOrigin('https://pm.example.com', [], arrivedOn('evil.example'))).toBe(
      'https://pm.example.com',
    );
    expect(
      vouchedLinkOrigin(undefined, ['http://pm.internal:3000'], arrivedOn('pm.internal:3000')),
    ).toBe('http://pm.internal:3000');
    expect(vouchedLinkOrigin(undefined, [], arrivedOn('127.0.0.1:3000'))).toBe(
      'http://127.0.0.1:3000',
    );
    expect(vouchedLinkOrigin(undefined, [], arrivedOn('localhost:3000'))).toBe(
      'http://localhost:3000',
    );
    expect(
      vouchedLinkOrigin(undefined, [], arrivedOn('192.168.1.5:3000', '::ffff:192.168.1.5')),
    ).toBe('http://192.168.1.5:3000');
    expect(vouchedLinkOrigin(undefined, [], arrivedOn('[::1]:3000', '::1'))).toBe(
      'http://[::1]:3000',
    );
  });
});
