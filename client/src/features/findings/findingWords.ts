import type { FindingsProseKey } from '@hindsight/shared';

/** Each finding's label and the question it answers. */
export const FINDING_WORDS: Readonly<Record<FindingsProseKey, { label: string; hint: string }>> = {
  trigger: {
    label: 'Trigger',
    hint: 'What set the incident off, in one statement: a deploy, a config push, a traffic spike.',
  },
  leadup: {
    label: 'Leadup and fault',
    hint: 'How it came about: the changes, conditions and earlier decisions that set it up, and what did not work as expected.',
  },
  detection: {
    label: 'How it was found',
    hint: 'The alert, the customer report or the person that noticed it.',
  },
  detectionSooner: {
    label: 'How to find it sooner',
    hint: 'The signal that would have shown it earlier.',
  },
  recovery: {
    label: 'Resolution and recovery',
    hint: 'What stopped the impact and what brought the service back.',
  },
  lessons: {
    label: 'Lessons learned',
    hint: 'What the team learned, one lesson per line; not the root causes again.',
  },
};
