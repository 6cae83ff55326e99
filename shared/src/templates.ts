/**
 * Session templates: the phases, durations and brainstorm columns a board starts from.
 * The default follows the seeds' one-hour postmortem retrospective.
 */
import { z } from 'zod';
import { DEFAULT_PHASES, type PhasePlan } from './session/phases.ts';

export const ColumnSchema = z.object({
  /** Stable id stored on cards; never shown. */
  id: z
    .string()
    .regex(/^[a-z][a-z0-9-]{0,31}$/, 'A column id is lowercase letters, digits and dashes'),
  /** Heading shown above the column. */
  title: z
    .string()
    .trim()
    .min(1, 'A column needs a title')
    .max(60, 'A column title has at most 60 characters'),
  /** The question the column asks. */
  prompt: z.string().trim().max(200, 'A prompt has at most 200 characters'),
});
export type Column = z.infer<typeof ColumnSchema>;

export interface Template {
  readonly id: string;
  readonly name: string;
  readonly phases: readonly PhasePlan[];
  readonly columns: readonly Column[];
}

export const DEFAULT_TEMPLATE: Template = {
  id: 'default',
  name: 'Incident postmortem (60 min)',
  phases: DEFAULT_PHASES,
  columns: [
    {
      id: 'went-well',
      title: 'What went well',
      prompt: 'What helped us detect, respond or recover?',
    },
    {
      id: 'went-wrong',
      title: 'What went wrong',
      prompt: 'What allowed this to happen, or slowed us down?',
    },
    {
      id: 'lucky',
      title: 'Where we got lucky',
      prompt: 'What could have made it worse, and did not?',
    },
  ],
};

export const TEMPLATES: Readonly<Record<string, Template>> = {
  [DEFAULT_TEMPLATE.id]: DEFAULT_TEMPLATE,
};

export const TemplateIdSchema = z
  .string()
  .refine((id) => Object.hasOwn(TEMPLATES, id), { message: 'unknown template' });

/** The template with that id, or the default for an id this version does not know. */
export function templateById(id: string | undefined): Template {
  return (id !== undefined && TEMPLATES[id]) || DEFAULT_TEMPLATE;
}
