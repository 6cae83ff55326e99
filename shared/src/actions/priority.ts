/**
 * The impact/effort matrix the seeds recommend for deciding which actions to tackle
 * first: each action is rated high or low on both, which puts it in one of four
 * quadrants. Pure; the quadrant is derived on every read, never stored, so it cannot
 * disagree with the ratings.
 */

export const IMPACTS = ['high', 'low'] as const;
export type Impact = (typeof IMPACTS)[number];
export const EFFORTS = ['high', 'low'] as const;
export type Effort = (typeof EFFORTS)[number];

/** The quadrants, in "tackle first" order. */
export const QUADRANTS = ['quick win', 'major project', 'fill-in', 'thankless'] as const;
export type Quadrant = (typeof QUADRANTS)[number];

/** What each quadrant means, for the matrix's legend. */
export const QUADRANT_HINTS: Readonly<Record<Quadrant, string>> = {
  'quick win': 'high impact, low effort: do these first',
  'major project': 'high impact, high effort: plan them, give them an owner and a date',
  'fill-in': 'low impact, low effort: do them when there is time',
  thankless: 'low impact, high effort: question whether they are worth it',
};

/** The quadrant of an impact and effort rating. */
export function quadrantOf(impact: Impact, effort: Effort): Quadrant {
  if (impact === 'high') return effort === 'low' ? 'quick win' : 'major project';
  return effort === 'low' ? 'fill-in' : 'thankless';
}

/** The quadrant of an action, or null until both impact and effort are rated. */
export function quadrantOfRating(rating: {
  impact?: Impact | null;
  effort?: Effort | null;
}): Quadrant | null {
  return rating.impact && rating.effort ? quadrantOf(rating.impact, rating.effort) : null;
}

/** Orders quadrants for "tackle first": quick wins first, unrated (null) last. */
export function compareQuadrants(a: Quadrant | null, b: Quadrant | null): number {
  const rank = (q: Quadrant | null) => (q === null ? QUADRANTS.length : QUADRANTS.indexOf(q));
  return rank(a) - rank(b);
}

/** A quadrant as the three-level priority of the exported document and of ticket trackers. */
export function priorityLevel(quadrant: Quadrant): 'high' | 'medium' | 'low' {
  switch (quadrant) {
    case 'quick win':
      return 'high';
    case 'major project':
      return 'medium';
    case 'fill-in':
    case 'thankless':
      return 'low';
  }
}
