/**
 * What making a new link does, said before it is done: the old link of that role stops
 * working at once, and whoever is on the board with it is disconnected and told the link
 * was replaced (the server closes their sockets with 4401, "link replaced").
 */
import type { RotatableRole } from '@hindsight/shared';

/** A link Share can make anew: a role's, or the survey's (the participant link's survey view). */
export type NewLinkKind = RotatableRole | 'survey';

/** The role whose token a new link of `kind` replaces. */
export function roleOf(kind: NewLinkKind): RotatableRole {
  return kind === 'survey' ? 'participant' : kind;
}

/** The sentence shown before a new link of `kind` is made. */
export function replaceWarning(kind: NewLinkKind): string {
  switch (kind) {
    case 'participant':
    case 'survey':
      return 'The current participant link, and the survey link made from it, stop working at once. Participants on the board with it are disconnected and told the link was replaced: send them the new one.';
    case 'observer':
      return 'The current observer link stops working at once. Observers on the board with it are disconnected and told the link was replaced: send them the new one.';
    case 'facilitator':
      return 'Your current facilitator link stops working at once, in every tab and browser that has it. This page reopens on the new one.';
  }
}
