/** The Tokens page's REST calls (admins), made with the session cookie; changes carry its CSRF token. */
import {
  CreateTokenResponseSchema,
  TokenListSchema,
  type CreateTokenRequest,
  type CreateTokenResponse,
  type TokenList,
} from '@hindsight/shared';
import { z } from 'zod';
import { request } from '../../../lib/http.ts';
import { withCsrf } from '../../../lib/session.ts';

export function fetchTokens(signal: AbortSignal): Promise<TokenList> {
  return request('/api/tokens', { cache: 'no-store', signal }, TokenListSchema);
}

export function createToken(input: CreateTokenRequest): Promise<CreateTokenResponse> {
  const init = {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(input),
  };
  return request('/api/tokens', withCsrf(init), CreateTokenResponseSchema);
}

export async function revokeToken(id: string): Promise<void> {
  const url = `/api/tokens/${encodeURIComponent(id)}`;
  await request(url, withCsrf({ method: 'DELETE' }), z.unknown());
}
