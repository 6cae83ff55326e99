import { describe, expect, it } from 'vitest';
import { FLOW_TTL_MS, flowSeal, type Flow } from './flow.ts';

const flow: Flow = {
  state: 'state-1',
  nonce: 'nonce-1',
  verifier: 'v'.repeat(43),
  redirectUri: 'https://hindsight.example/api/auth/oidc/callback',
  at: 1_000_000,
};

describe('flowSeal', () => {
  it('opens what it sealed, within the flow lifetime', () => {
    const seal = flowSeal();
    const sealed = seal.seal(flow);
    expect(sealed).not.toContain('state-1');
    expect(seal.open(sealed, flow.at + FLOW_TTL_MS)).toEqual({ ok: true, flow });
  });

  it('refuses an expired flow, a missing one, and one sealed under another key', () => {
    const seal = flowSeal();
    expect(seal.open(seal.seal(flow), flow.at + FLOW_TTL_MS + 1)).toEqual({
      ok: false,
      reason: 'expired',
    });
    expect(seal.open(undefined, flow.at)).toEqual({ ok: false, reason: 'missing' });
    expect(seal.open(flowSeal().seal(flow), flow.at)).toEqual({ ok: false, reason: 'invalid' });
  });

  it('refuses a cookie changed by one bit', () => {
    const seal = flowSeal();
    const raw = Buffer.from(seal.seal(flow), 'base64url');
    raw[raw.length - 1] = (raw[raw.length - 1] ?? 0) ^ 1;
    expect(seal.open(raw.toString('base64url'), flow.at)).toEqual({
      ok: false,
      reason: 'invalid',
    });
  });
});
