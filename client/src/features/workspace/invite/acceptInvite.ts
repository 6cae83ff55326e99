import {
  AcceptInvitationRequestSchema,
  InvitationLookupResponseSchema,
  MeResponseSchema,
  type MeResponse,
  type WorkspaceRole,
} from '@hindsight/shared';
import { request } from '../../../lib/http.ts';

export const LOOKUP_URL = '/api/invitations/lookup';
export const LookupSchema = InvitationLookupResponseSchema;

/** What each role may do, as the accept page says it. */
export const ROLE_SENTENCES: Record<WorkspaceRole, string> = {
  admin: 'an admin: you will manage people and settings, and run postmortems',
  member: 'a member: you will create and run postmortems',
  viewer: 'a viewer: you will read the postmortems',
};

export type AcceptFields = { name: string; password: string };

/** The field errors of a filled form, by field; empty when it may be sent. */
export function acceptErrors(token: string, fields: AcceptFields): Partial<AcceptFields> {
  const parsed = AcceptInvitationRequestSchema.safeParse({ token, ...fields });
  if (parsed.success) return {};
  const errors: Partial<AcceptFields> = {};
  for (const issue of parsed.error.issues) {
    const field = issue.path[0];
    if ((field === 'name' || field === 'password') && !errors[field]) errors[field] = issue.message;
  }
  return errors;
}

/** `POST /api/invitations/accept`: makes the account and signs this browser in. */
export function acceptInvitation(token: string, fields: AcceptFields): Promise<MeResponse> {
  return request(
    '/api/invitations/accept',
    {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ token, ...fields }),
    },
    MeResponseSchema,
  );
}
