/**
 * Who someone is in the workspace (the instance), as opposed to their role on one board
 * (`../roles.ts`). A person has a workspace role; an API token has a scope.
 */
import { z } from 'zod';

/** admin: settings, people, tokens; member: creates and runs postmortems; viewer: reads. */
export const WORKSPACE_ROLES = ['admin', 'member', 'viewer'] as const;
export const WorkspaceRoleSchema = z.enum(WORKSPACE_ROLES);
export type WorkspaceRole = z.infer<typeof WorkspaceRoleSchema>;

/** What an API token may do: read (as a viewer), write (as a member), admin (as an admin). */
export const TOKEN_SCOPES = ['read', 'write', 'admin'] as const;
export const TokenScopeSchema = z.enum(TOKEN_SCOPES);
export type TokenScope = z.infer<typeof TokenScopeSchema>;
