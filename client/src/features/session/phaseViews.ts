/**
 * Which view a phase shows, by its kind. One component per kind; the phases that later
 * issues build (cluster, discuss, actions, owner, follow-up) show the card board until
 * then.
 */
import type { PhaseKind } from '@hindsight/shared';
import type { ComponentType } from 'react';
import { CardBoardView } from '../board/CardBoardView.tsx';
import { BrainstormView } from '../brainstorm/BrainstormView.tsx';
import { GoalView } from '../goal/GoalView.tsx';
import { TimelinePhaseView } from '../timeline/TimelinePhaseView.tsx';

export const PHASE_VIEWS: Readonly<Record<PhaseKind, ComponentType>> = {
  goal: GoalView,
  timeline: TimelinePhaseView,
  brainstorm: BrainstormView,
  cluster: CardBoardView,
  discuss: CardBoardView,
  actions: CardBoardView,
  owner: CardBoardView,
  followup: CardBoardView,
};
