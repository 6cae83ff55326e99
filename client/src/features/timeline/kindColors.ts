/**
 * One colour per timeline kind, for the chart, its legend and the kind chips. Chosen to
 * stay apart from each other on screen and in print; the kind is always written next
 * to the colour too, so nobody depends on telling them apart.
 */
import type { TimelineKind } from '@hindsight/shared';

export const KIND_COLORS: Readonly<Record<TimelineKind, string>> = {
  trigger: '#d9480f',
  detection: '#1971c2',
  alert: '#e8a200',
  escalation: '#9c36b5',
  action: '#495057',
  'failed attempt': '#e03131',
  mitigation: '#2f9e44',
  resolution: '#0c8599',
  communication: '#d6336c',
  other: '#868e96',
};
