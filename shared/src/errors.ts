/** Turns a zod error into one sentence for a person, and into field-level issues for an API. */
import type { z } from 'zod';

export function issuesOf(error: z.ZodError): { path: string; message: string }[] {
  return error.issues.map((issue) => ({
    path: issue.path.map(String).join('.'),
    message: issue.message,
  }));
}

export function describeZodError(error: z.ZodError): string {
  return issuesOf(error)
    .map(({ path, message }) => (path ? `${path}: ${message}` : message))
    .join('; ');
}
