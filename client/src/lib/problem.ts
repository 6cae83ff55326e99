/**
 * A refused change in words, for the message next to the field. Pure. Shared's commands
 * throw a ZodError (its first issue says what is wrong) or an Error with a sentence.
 */
import { ZodError } from 'zod';

export function problemOf(error: unknown): string {
  if (error instanceof ZodError) return error.issues[0]?.message ?? 'That value is not valid.';
  return error instanceof Error ? error.message : 'That change could not be saved.';
}
