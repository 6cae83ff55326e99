/**
 * The session plan: what the facilitator prepares before the meeting (phases with their
 * length, order and skips, the brainstorm columns, the goal). Stored with the board in
 * the facilitation doc, so only the facilitator changes it.
 */
import { z } from 'zod';
import { DEFAULT_VOTE_LIMITS, VoteLimitsSchema } from '../entities/vote.ts';
import { ColumnSchema, type Template } from '../templates.ts';
import { DEFAULT_BLAMELESS_RULE, PhasePlanSchema, type PhasePlan } from './phases.ts';

const unique = <T>(items: readonly T[], key: (item: T) => string) =>
  new Set(items.map(key)).size === items.length;

export const SessionPlanSchema = z
  .object({
    phases: z
      .array(PhasePlanSchema)
      .min(1, 'A session needs at least one phase')
      .max(20, 'At most 20 phases'),
    columns: z
      .array(ColumnSchema)
      .min(1, 'The brainstorm needs at least one column')
      .max(6, 'At most 6 columns'),
    /** The goal statement shown in the Goal phase. */
    goal: z.string().trim().max(1000, 'The goal has at most 1000 characters'),
    /** The blameless rule shown with the goal. */
    blamelessRule: z.string().trim().max(500, 'The rule has at most 500 characters'),
    /**
     * Named cards: revealed cards carry their author's display name. Off by default;
     * everyone sees when it is on, so nobody writes believing they are anonymous.
     */
    namedCards: z.boolean().default(false),
    /** Dots per person and per cluster in the dot vote. */
    voteLimits: VoteLimitsSchema.default(DEFAULT_VOTE_LIMITS),
  })
  .refine((p) => unique(p.phases, (x) => x.id), {
    message: 'Two phases have the same id',
    path: ['phases'],
  })
  .refine((p) => unique(p.columns, (x) => x.id), {
    message: 'Two columns have the same id',
    path: ['columns'],
  })
  .refine((p) => p.phases.some((x) => !x.skipped), {
    message: 'At least one phase must not be skipped',
    path: ['phases'],
  });
export type SessionPlan = z.infer<typeof SessionPlanSchema>;

/** A template's plan, as a new board starts with it. */
export function planFromTemplate(template: Template): SessionPlan {
  return {
    phases: template.phases.map((p) => ({ ...p, prompts: [...p.prompts] })),
    columns: template.columns.map((c) => ({ ...c })),
    goal: template.phases.find((p) => p.kind === 'goal')?.instructions ?? '',
    blamelessRule: DEFAULT_BLAMELESS_RULE,
    namedCards: false,
    voteLimits: { ...DEFAULT_VOTE_LIMITS },
  };
}

/** The phases the session runs through, in order. */
export function activePhases(plan: SessionPlan): PhasePlan[] {
  return plan.phases.filter((p) => !p.skipped);
}

/** Planned length of the whole session, ms. */
export function plannedMs(plan: SessionPlan): number {
  return activePhases(plan).reduce((sum, p) => sum + p.minutes * 60_000, 0);
}

export function phaseById(plan: SessionPlan, id: string | null): PhasePlan | undefined {
  return id === null ? undefined : plan.phases.find((p) => p.id === id);
}
