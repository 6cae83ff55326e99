/**
 * What the server must remember between sending a browser to the provider and its
 * return: the state, the nonce, the PKCE verifier and the redirect URI. It is kept in the
 * browser, in a short-lived HttpOnly cookie sealed with AES-256-GCM under a key made at
 * start and held only in memory: the browser can neither read nor change it, the server
 * keeps nothing per visitor (no table to fill), and a flow begun before a restart must
 * simply start again. Sealed rather than only signed, so the PKCE verifier is not
 * readable from the cookie either.
 */
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { z } from 'zod';

/** How long a sign-in at the provider may take, ms: long enough to type a password and a code. */
export const FLOW_TTL_MS = 10 * 60 * 1000;

const FlowSchema = z.object({
  state: z.string().min(1),
  nonce: z.string().min(1),
  verifier: z.string().min(43).max(128),
  redirectUri: z.url(),
  /** When the flow began, ms since the epoch. */
  at: z.number().int(),
});
export type Flow = z.infer<typeof FlowSchema>;

export type OpenedFlow =
  | { readonly ok: true; readonly flow: Flow }
  | { readonly ok: false; readonly reason: 'missing' | 'invalid' | 'expired' };

export interface FlowSeal {
  seal(flow: Flow): string;
  open(sealed: string | undefined, now: number): OpenedFlow;
}

const IV_BYTES = 12;
const TAG_BYTES = 16;

/** A sealer with its own key: cookies sealed by another (or before a restart) do not open. */
export function flowSeal(key: Buffer = randomBytes(32)): FlowSeal {
  return {
    seal(flow) {
      const iv = randomBytes(IV_BYTES);
      const cipher = createCipheriv('aes-256-gcm', key, iv);
      const body = Buffer.concat([cipher.update(JSON.stringify(flow), 'utf8'), cipher.final()]);
      return Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64url');
    },
    open(sealed, now) {
      if (!sealed) return { ok: false, reason: 'missing' };
      let flow: Flow;
      try {
        const raw = Buffer.from(sealed, 'base64url');
        const decipher = createDecipheriv('aes-256-gcm', key, raw.subarray(0, IV_BYTES));
        decipher.setAuthTag(raw.subarray(IV_BYTES, IV_BYTES + TAG_BYTES));
        const text = Buffer.concat([
          decipher.update(raw.subarray(IV_BYTES + TAG_BYTES)),
          decipher.final(),
        ]).toString('utf8');
        flow = FlowSchema.parse(JSON.parse(text));
      } catch {
        return { ok: false, reason: 'invalid' };
      }
      if (now - flow.at > FLOW_TTL_MS || flow.at > now + 60_000) {
        return { ok: false, reason: 'expired' };
      }
      return { ok: true, flow };
    },
  };
}
