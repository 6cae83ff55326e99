/** REST payloads of the People page (`/api/people`, admins). */
import { z } from 'zod';
import { WorkspaceRoleSchema } from '../workspace/roles.ts';
import { PersonInfoSchema } from './accounts.ts';

/** A person as an admin sees them: their account, and when they last signed in. */
export const PersonAdminInfoSchema = PersonInfoSchema.extend({
  /** ms since the epoch; null until their first sign-in. */
  lastSignInAt: z.number().nullable(),
});
export type PersonAdminInfo = z.infer<typeof PersonAdminInfoSchema>;

export const PeopleListSchema = z.object({ people: z.array(PersonAdminInfoSchema) });
export type PeopleList = z.infer<typeof PeopleListSchema>;

/** `PATCH /api/people/:id`: a new role, or deactivate (`active: false`) / reactivate. */
export const UpdatePersonRequestSchema = z.union([
  z.strictObject({ role: WorkspaceRoleSchema }),
  z.strictObject({ active: z.boolean() }),
]);
export type UpdatePersonRequest = z.infer<typeof UpdatePersonRequestSchema>;

export const UpdatePersonResponseSchema = z.object({ person: PersonAdminInfoSchema });
export type UpdatePersonResponse = z.infer<typeof UpdatePersonResponseSchema>;

/**
 * `GET /api/people/names`: the workspace's active people as an owner picker offers them,
 * name and id only (no email, no role), for anyone signed in; guests get nothing.
 */
export const NamedPersonSchema = z.object({ id: z.string(), name: z.string() });
export type NamedPerson = z.infer<typeof NamedPersonSchema>;

export const PeopleNamesSchema = z.object({ people: z.array(NamedPersonSchema) });
export type PeopleNames = z.infer<typeof PeopleNamesSchema>;
