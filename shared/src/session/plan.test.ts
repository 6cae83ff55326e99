/**
 * The plan's rules and defaults: the default template word for word (a golden, reviewed
 * like any text the meeting shows), and each limit with the message a facilitator reads.
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_TEMPLATE } from '../templates.ts';
import { DEFAULT_PHASES, PHASE_MAX_MINUTES, PhasePlanSchema } from './phases.ts';
import { phaseById, planFromTemplate, SessionPlanSchema } from './plan.ts';
import { INITIAL_SESSION, SessionCommandSchema, SessionStateSchema } from './session.ts';

const plan = planFromTemplate(DEFAULT_TEMPLATE);
const phase = DEFAULT_PHASES[0]!;

/** The first issue's message and path, or null when the value is accepted. */
function refusal(
  schema: { safeParse(v: unknown): { success: boolean; error?: unknown } },
  value: unknown,
) {
  const result = schema.safeParse(value);
  if (result.success) return null;
  const issue = (result.error as { issues: { message: string; path: PropertyKey[] }[] }).issues[0]!;
  return { message: issue.message, path: issue.path.join('.') };
}

describe('the default template', () => {
  it('gives every new board the same plan, word for word', () => {
    expect(plan).toMatchSnapshot();
  });

  it('takes the goal from the template’s goal phase, or none', () => {
    expect(plan.goal).toBe(DEFAULT_PHASES.find((p) => p.kind === 'goal')!.instructions);
    const noGoal = { ...DEFAULT_TEMPLATE, phases: DEFAULT_PHASES.filter((p) => p.kind !== 'goal') };
    expect(planFromTemplate(noGoal).goal).toBe('');
  });

  it('copies the template, so changing a board’s plan changes no other', () => {
    const a = planFromTemplate(DEFAULT_TEMPLATE);
    a.phases[1]!.prompts.push('changed');
    a.voteLimits.perPerson = 1;
    expect(planFromTemplate(DEFAULT_TEMPLATE)).toEqual(plan);
  });
});

describe('a phase', () => {
  it.each([
    ['an id with a capital', { id: 'Xgoal' }, 'not a phase id', 'id'],
    ['an id with a trailing sign', { id: 'goal!' }, 'not a phase id', 'id'],
    ['an empty name', { title: '   ' }, 'A phase needs a name', 'title'],
    ['a long name', { title: 'x'.repeat(61) }, 'A phase name has at most 60 characters', 'title'],
    ['part of a minute', { minutes: 1.5 }, 'Minutes must be whole', 'minutes'],
    ['no minutes', { minutes: 0 }, 'A phase lasts at least 1 minute', 'minutes'],
    [
      'too many minutes',
      { minutes: PHASE_MAX_MINUTES + 1 },
      `A phase lasts at most ${PHASE_MAX_MINUTES} minutes`,
      'minutes',
    ],
  ])('refuses %s with a message that says why', (_, change, message, path) => {
    expect(refusal(PhasePlanSchema, { ...phase, ...change })).toEqual({ message, path });
  });

  it('keeps a name trimmed', () => {
    expect(PhasePlanSchema.parse({ ...phase, title: '  Goal  ' }).title).toBe('Goal');
  });
});

describe('a plan', () => {
  const many = (n: number) => Array.from({ length: n }, (_, i) => ({ ...phase, id: `p${i}` }));
  it.each([
    ['no phase', { phases: [] }, 'A session needs at least one phase', 'phases'],
    ['21 phases', { phases: many(21) }, 'At most 20 phases', 'phases'],
    ['no column', { columns: [] }, 'The brainstorm needs at least one column', 'columns'],
    [
      '7 columns',
      { columns: Array.from({ length: 7 }, (_, i) => ({ ...plan.columns[0]!, id: `c${i}` })) },
      'At most 6 columns',
      'columns',
    ],
    ['a long goal', { goal: 'x'.repeat(1001) }, 'The goal has at most 1000 characters', 'goal'],
    [
      'a long rule',
      { blamelessRule: 'x'.repeat(501) },
      'The rule has at most 500 characters',
      'blamelessRule',
    ],
    ['two phases with one id', { phases: [phase, phase] }, 'Two phases have the same id', 'phases'],
    [
      'two columns with one id',
      { columns: [plan.columns[0], plan.columns[0]] },
      'Two columns have the same id',
      'columns',
    ],
    [
      'every phase skipped',
      { phases: [{ ...phase, skipped: true }] },
      'At least one phase must not be skipped',
      'phases',
    ],
  ])('refuses %s with a message that says why', (_, change, message, path) => {
    expect(refusal(SessionPlanSchema, { ...plan, ...change })).toEqual({ message, path });
  });

  it('accepts some phases skipped, trims its texts, and has unnamed cards by default', () => {
    const { namedCards: _, ...rest } = plan;
    const parsed = SessionPlanSchema.parse({
      ...rest,
      phases: [
        { ...phase, skipped: true },
        { ...phase, id: 'other' },
      ],
      goal: '  Learn  ',
      blamelessRule: '  Be kind  ',
    });
    expect(parsed).toMatchObject({ goal: 'Learn', blamelessRule: 'Be kind', namedCards: false });
  });

  it('finds a phase by id, and none for no id', () => {
    expect(phaseById(plan, 'brainstorm')?.kind).toBe('brainstorm');
    expect(phaseById(plan, null)).toBeUndefined();
    expect(phaseById(plan, 'nope')).toBeUndefined();
  });
});

describe('session commands and state, as read from the doc', () => {
  it.each([
    { type: 'start' },
    { type: 'next' },
    { type: 'back' },
    { type: 'jump', phaseId: 'discuss' },
    { type: 'finish' },
    { type: 'reveal' },
    { type: 'timerStart' },
    { type: 'timerPause' },
    { type: 'timerReset' },
    { type: 'timerExtend', minutes: -60 },
    { type: 'timerExtend', minutes: 60 },
  ])('reads %j as it is', (command) => {
    expect(SessionCommandSchema.parse(command)).toEqual(command);
  });

  it.each([
    { type: 'jump' },
    { type: 'timerExtend', minutes: -61 },
    { type: 'timerExtend', minutes: 61 },
    { type: 'timerExtend', minutes: 1.5 },
    { type: 'rewind' },
    { type: '' },
  ])('refuses %j', (command) => {
    expect(SessionCommandSchema.safeParse(command).success).toBe(false);
  });

  it('reads every status, and a state without the reveal flag as not revealed', () => {
    for (const status of ['preparing', 'running', 'finished'] as const)
      expect(SessionStateSchema.parse({ ...INITIAL_SESSION, status }).status).toBe(status);
    expect(SessionStateSchema.safeParse({ ...INITIAL_SESSION, status: '' }).success).toBe(false);
    const { revealed: _, ...old } = INITIAL_SESSION;
    expect(SessionStateSchema.parse(old).revealed).toBe(false);
  });
});
