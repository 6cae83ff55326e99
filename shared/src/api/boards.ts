/** REST payloads of the boards API (public contract, DESIGN.md). */
import { z } from 'zod';
import { BoardTitleSchema } from '../entities/boardMeta.ts';
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

/** The JSON body of every 4xx/5xx answer. */
export const ApiErrorSchema = z.object({
  error: z.string(),
  message: z.string(),
  issues: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
});
export type ApiError = z.infer<typeof ApiErrorSchema>;
