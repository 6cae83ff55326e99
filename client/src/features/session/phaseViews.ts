/**
 * Which view a phase shows, by its kind. One component per kind. Before the start the
 * stage shows the card board, and after the end the follow-up review (PhaseStage.tsx).
 */
import type { PhaseKind } from '@hindsight/shared';
import type { ComponentType } from 'react';
import { ActionsView } from '../actions/ActionsView.tsx';
import { BrainstormView } from '../brainstorm/BrainstormView.tsx';
import { ClusterView } from '../cluster/ClusterView.tsx';
import { DiscussView } from '../discuss/DiscussView.tsx';
import { FollowUpView } from '../followup/FollowUpView.tsx';
import { GoalView } from '../goal/GoalView.tsx';
import { OwnerView } from '../owner/OwnerView.tsx';
import { TimelinePhaseView } from '../timeline/TimelinePhaseView.tsx';

export const PHASE_VIEWS: Readonly<Record<PhaseKind, ComponentType>> = {
  goal: GoalView,
  timeline: TimelinePhaseView,
  brainstorm: BrainstormView,
  cluster: ClusterView,
  discuss: DiscussView,
  actions: ActionsView,
  owner: OwnerView,
  followup: FollowUpView,
};
