import type { RequestPrincipal } from './authorize.ts';

/** Who a stored setting was changed by: a person's id, `token:<id>` for a script, else null. */
export function changedBy(principal: RequestPrincipal): string | null {
  if (principal.kind === 'person') return principal.personId;
  if (principal.kind === 'token') return `token:${principal.tokenId}`;
  return null;
}
