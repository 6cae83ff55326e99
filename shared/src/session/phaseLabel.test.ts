import { describe, expect, it } from 'vitest';
import { DEFAULT_TEMPLATE } from '../templates.ts';
import { phaseLabel } from './phaseLabel.ts';
import { planFromTemplate } from './plan.ts';
import { INITIAL_SESSION } from './session.ts';

const plan = planFromTemplate(DEFAULT_TEMPLATE);

describe('phase label', () => {
  it('says Preparing before the start, the phase’s name while it runs, Finished after', () => {
    expect(phaseLabel(plan, INITIAL_SESSION)).toBe('Preparing');
    const running = { ...INITIAL_SESSION, status: 'running' as const, phaseId: 'brainstorm' };
    expect(phaseLabel(plan, running)).toBe('Brainstorm');
    expect(phaseLabel(plan, { ...running, phaseId: 'gone' })).toBe('Running');
    expect(phaseLabel(plan, { ...INITIAL_SESSION, status: 'finished' })).toBe('Finished');
  });
});
