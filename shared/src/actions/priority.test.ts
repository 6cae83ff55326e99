import { describe, expect, it } from 'vitest';
import {
  compareQuadrants,
  priorityLevel,
  QUADRANTS,
  quadrantOf,
  quadrantOfRating,
  type Quadrant,
} from './priority.ts';

describe('impact/effort quadrant', () => {
  it('maps the 2x2 to its quadrant', () => {
    expect(quadrantOf('high', 'low')).toBe('quick win');
    expect(quadrantOf('high', 'high')).toBe('major project');
    expect(quadrantOf('low', 'low')).toBe('fill-in');
    expect(quadrantOf('low', 'high')).toBe('thankless');
  });

  it('is unrated until both impact and effort are', () => {
    expect(quadrantOfRating({ impact: 'high' })).toBeNull();
    expect(quadrantOfRating({ effort: 'low', impact: null })).toBeNull();
    expect(quadrantOfRating({ impact: 'high', effort: 'low' })).toBe('quick win');
  });

  it('orders "tackle first": quick wins, major projects, fill-ins, thankless, unrated', () => {
    const shuffled: (Quadrant | null)[] = [
      null,
      'thankless',
      'fill-in',
      'quick win',
      'major project',
    ];
    expect(shuffled.sort(compareQuadrants)).toEqual([...QUADRANTS, null]);
  });

  it('maps to the document’s three priority levels', () => {
    expect(QUADRANTS.map(priorityLevel)).toEqual(['high', 'medium', 'low', 'low']);
  });
});
