/** REST payloads of the boards API (public contract, DESIGN.md). */
import { z } from 'zod';
import { BoardTitleSchema } from '../entities/boardMeta.ts';
import { DocumentTemplateSchema } from '../entities/documentTemplate.ts';
import { RoleSchema } from '../roles.ts';
import { BoardIdSchema } from '../rooms.ts';
import { TemplateIdSchema } from '../templates.ts';

export const CreateBoardRequestSchema = z.strictObject({
  title: BoardTitleSchema,
  template: TemplateIdSchema.optional(),
});
export type CreateBoardRequest = z.input<typeof CreateBoardRequestSchema>;

const PerRole = <T extends z.ZodType>(value: T) =>
  z.object({ facilitator: value, participant: value, observer: value });

export const CreateBoardResponseSchema = z.object({
  id: BoardIdSchema,
  tokens: PerRole(z.string()),
  links: PerRole(z.url()),
});
export type CreateBoardResponse = z.infer<typeof CreateBoardResponseSchema>;

/**
 * `GET /api/boards/:id` answer: what the bearer token lets its holder see of the board.
 * The client shows each role only the controls it may use; the server still enforces.
 */
export const BoardInfoSchema = z.object({
  id: BoardIdSchema,
  title: z.string(),
  /** Template id the board was created from; its plan is the session's starting point. */
  template: z.string(),
  /** The role the token grants on this board. */
  role: RoleSchema,
  /** The workspace's document template, which the board follows until it chooses one. */
  defaultDocumentTemplate: DocumentTemplateSchema,
});
export type BoardInfo = z.infer<typeof BoardInfoSchema>;

/** The JSON body of every 4xx/5xx answer. */
export const ApiErrorSchema = z.object({
  error: z.string(),
  message: z.string(),
  issues: z
    .array(
      z.object({
        path: z.string(),
        /** The line in the file sent, where the request was a file (an import). */
        line: z.number().int().positive().optional(),
        message: z.string(),
      }),
    )
    .optional(),
});
export type ApiError = z.infer<typeof ApiErrorSchema>;

/**
 * Roles whose link the facilitator may replace, their own included: a leaked facilitator
 * link is replaced from the facilitator link itself, which stops working at once.
 */
export const ROTATABLE_ROLES = ['participant', 'observer', 'facilitator'] as const;
export type RotatableRole = (typeof ROTATABLE_ROLES)[number];

export const RotateLinksRequestSchema = z.strictObject({
  roles: z
    .array(z.enum(ROTATABLE_ROLES))
    .min(1, 'Name at least one role')
    .refine((roles) => new Set(roles).size === roles.length, 'Each role once'),
});
export type RotateLinksRequest = z.infer<typeof RotateLinksRequestSchema>;

export const RotateLinksResponseSchema = z.object({
  tokens: z.partialRecord(z.enum(ROTATABLE_ROLES), z.string()),
  links: z.partialRecord(z.enum(ROTATABLE_ROLES), z.url()),
});
export type RotateLinksResponse = z.infer<typeof RotateLinksResponseSchema>;
