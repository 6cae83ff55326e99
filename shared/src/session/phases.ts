/**
 * The phases of a facilitated session and the default plan, from the seeds' one-hour
 * postmortem retrospective. Scope: document (facilitation doc, via the plan).
 */
import { z } from 'zod';

/** What a phase does; the client picks the view for a phase by its kind. */
export const PHASE_KINDS = [
  'goal',
  'timeline',
  'brainstorm',
  'cluster',
  'discuss',
  'actions',
  'owner',
  'followup',
] as const;
export const PhaseKindSchema = z.enum(PHASE_KINDS);
export type PhaseKind = z.infer<typeof PhaseKindSchema>;

/** Longest a phase may be planned for, minutes. */
export const PHASE_MAX_MINUTES = 240;

export const PhasePlanSchema = z.object({
  /** Stable id, unique in the plan; history and timer refer to it. */
  id: z.string().regex(/^[a-z][a-z0-9-]{0,31}$/, 'not a phase id'),
  kind: PhaseKindSchema,
  /** Name shown in the agenda; the facilitator may rename it. */
  title: z
    .string()
    .trim()
    .min(1, 'A phase needs a name')
    .max(60, 'A phase name has at most 60 characters'),
  /** Planned length in whole minutes. */
  minutes: z
    .number()
    .int('Minutes must be whole')
    .min(1, 'A phase lasts at least 1 minute')
    .max(PHASE_MAX_MINUTES, `A phase lasts at most ${PHASE_MAX_MINUTES} minutes`),
  /** Skipped phases stay in the plan but the session passes over them. */
  skipped: z.boolean(),
  /** What the facilitator says, shown to everyone during the phase. */
  instructions: z.string().max(1000),
  /** Questions shown to everyone during the phase. */
  prompts: z.array(z.string().max(300)).max(10),
});
export type PhasePlan = z.infer<typeof PhasePlanSchema>;

const phase = (
  id: PhaseKind,
  title: string,
  minutes: number,
  instructions: string,
  prompts: string[] = [],
): PhasePlan => ({ id, kind: id, title, minutes, skipped: false, instructions, prompts });

export const DEFAULT_PHASES: readonly PhasePlan[] = [
  phase(
    'goal',
    'Goal',
    5,
    'What caused the incident? How did we fix it? Which actions keep it from happening again? We are not looking for someone to blame.',
    ['What allowed this to happen?', 'What do we want to leave this meeting with?'],
  ),
  phase(
    'timeline',
    'Timeline',
    5,
    'Walk through the draft timeline together. Flag what is wrong or missing.',
    ['Is anything missing or out of order?', 'When did we first know?'],
  ),
  phase(
    'brainstorm',
    'Brainstorm',
    5,
    'Write your cards on your own. Nobody sees them until they are revealed, and they stay anonymous.',
    ['What went well?', 'What went wrong?', 'Where did we get lucky?'],
  ),
  phase(
    'cluster',
    'Cluster',
    5,
    'Group the cards that speak of the same thing and name each group.',
  ),
  phase(
    'discuss',
    'Discuss',
    20,
    'Take the clusters in vote order. For what went wrong, ask why until you reach a cause in the system or the process.',
    ['Why did this happen?', 'How can we reduce the impact if it happens again?'],
  ),
  phase(
    'actions',
    'Actions',
    15,
    'Turn what we learned into actions, each with an owner and a due date.',
    ['What is the smallest change with the biggest effect?'],
  ),
  phase(
    'owner',
    'Owner',
    4,
    'Agree on the postmortem owner, who follows the actions until they are done.',
  ),
  phase(
    'followup',
    'Follow-up',
    1,
    'Schedule the follow-up review. The incident stays open until every action is resolved.',
  ),
];

/** The blameless rule shown with the goal; the facilitator may reword it. */
export const DEFAULT_BLAMELESS_RULE =
  'We look for what allowed this to happen, not who caused it. Everyone here acted in good faith with what they knew at the time.';
