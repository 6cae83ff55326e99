/** REST payloads of the API tokens routes (`/api/tokens`). */
import { z } from 'zod';
import { TokenScopeSchema } from '../workspace/roles.ts';

/** A token's name: what it is for, so an admin knows what breaks when it is revoked. */
export const TokenNameSchema = z
  .string()
  .trim()
  .min(1, 'Give the token a name')
  .max(80, 'Keep the name under 80 characters');

/** Longest lifetime a token may be given, days; no expiry at all is also allowed. */
export const MAX_TOKEN_DAYS = 3650;

export const CreateTokenRequestSchema = z.strictObject({
  name: TokenNameSchema,
  scope: TokenScopeSchema,
  /** Days until the token stops working; absent for a token that does not expire. */
  expiresInDays: z.number().int().min(1).max(MAX_TOKEN_DAYS).optional(),
});
export type CreateTokenRequest = z.infer<typeof CreateTokenRequestSchema>;

/** What anyone may see of a token later: never the token itself. Times in ms since the epoch. */
export const ApiTokenInfoSchema = z.object({
  id: z.string(),
  name: z.string(),
  scope: TokenScopeSchema,
  createdAt: z.number(),
  expiresAt: z.number().nullable(),
  lastUsedAt: z.number().nullable(),
  revokedAt: z.number().nullable(),
});
export type ApiTokenInfo = z.infer<typeof ApiTokenInfoSchema>;

/** `POST /api/tokens` answer: the token, shown this once, and its record. */
export const CreateTokenResponseSchema = z.object({
  token: z.string(),
  info: ApiTokenInfoSchema,
});
export type CreateTokenResponse = z.infer<typeof CreateTokenResponseSchema>;

export const TokenListSchema = z.object({ tokens: z.array(ApiTokenInfoSchema) });
export type TokenList = z.infer<typeof TokenListSchema>;
