/** The People page's REST calls (admins), made with the session cookie; changes carry its CSRF token. */
import {
  InvitationLinkResponseSchema,
  InvitationListSchema,
  PeopleListSchema,
  UpdatePersonResponseSchema,
  type CreateInvitationRequest,
  type InvitationLinkResponse,
  type InvitationList,
  type PeopleList,
  type UpdatePersonRequest,
  type UpdatePersonResponse,
} from '@hindsight/shared';
import { z } from 'zod';
import { request } from '../../../lib/http.ts';
import { withCsrf } from '../../../lib/session.ts';

/** A change with the session cookie and its CSRF token. */
function change<T>(url: string, method: string, body: unknown, schema: z.ZodType<T>): Promise<T> {
  const headers: Record<string, string> =
    body === undefined ? {} : { 'Content-Type': 'application/json' };
  const init = { method, headers, body: body === undefined ? null : JSON.stringify(body) };
  return request(url, withCsrf(init), schema);
}

export function fetchPeople(signal: AbortSignal): Promise<PeopleList> {
  return request('/api/people', { cache: 'no-store', signal }, PeopleListSchema);
}

export function fetchInvitations(signal: AbortSignal): Promise<InvitationList> {
  return request('/api/invitations', { cache: 'no-store', signal }, InvitationListSchema);
}

export function createInvitation(input: CreateInvitationRequest): Promise<InvitationLinkResponse> {
  return change('/api/invitations', 'POST', input, InvitationLinkResponseSchema);
}

/** A new link for an invitation (the one before stops working), mailed when `mail`. */
export function renewInvitation(id: string, mail: boolean): Promise<InvitationLinkResponse> {
  return change(
    `/api/invitations/${encodeURIComponent(id)}/link`,
    'POST',
    { send: mail },
    InvitationLinkResponseSchema,
  );
}

export async function revokeInvitation(id: string): Promise<void> {
  await change(`/api/invitations/${encodeURIComponent(id)}`, 'DELETE', undefined, z.unknown());
}

export function updatePerson(id: string, body: UpdatePersonRequest): Promise<UpdatePersonResponse> {
  return change(`/api/people/${encodeURIComponent(id)}`, 'PATCH', body, UpdatePersonResponseSchema);
}
