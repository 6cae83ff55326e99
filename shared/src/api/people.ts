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
