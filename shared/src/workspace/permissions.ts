/**
 * Who may do what in the workspace: one table of actions, one pure function. Routes ask
 * `may(principal, action)`; features that come later (the library, the action ledger,
 * insights) add rows here, not logic of their own. The server enforces; the client asks
 * the same function only to decide what to show.
 */
import type { Role } from '../roles.ts';
import type { TokenScope, WorkspaceRole } from './roles.ts';

/** Whoever is asking: nobody, a signed-in person, or a script holding an API token. */
export type Principal =
  | { readonly kind: 'anonymous' }
  | { readonly kind: 'person'; readonly role: WorkspaceRole }
  | { readonly kind: 'token'; readonly scope: TokenScope };

/** Levels in order: each may do what the ones before it may. */
const LEVELS = ['viewer', 'member', 'admin'] as const;
type Level = (typeof LEVELS)[number];

/** The level of a token scope: read reads, write writes as a member does, admin administers. */
const SCOPE_LEVEL: Record<TokenScope, Level> = { read: 'viewer', write: 'member', admin: 'admin' };

interface Rule {
  /** The lowest role (or equivalent token scope) allowed. */
  readonly least: Level;
  /** Set when an API token may not do it, whatever its scope: it concerns a person's own account. */
  readonly peopleOnly?: true;
}

/** Every workspace action. A route that changes or reads workspace data names one. */
export const RULES = {
  /** Create a postmortem board (`POST /api/boards`). */
  'boards.create': { least: 'member' },
  /** See the workspace's postmortems. */
  'boards.list': { least: 'viewer' },
  /** Open any workspace board as facilitator or participant without its links. */
  'boards.run': { least: 'member' },
  /** Open any workspace board read-only without its links. */
  'boards.read': { least: 'viewer' },
  /** See the action ledger: every action of the postmortems one may see. */
  'actions.list': { least: 'viewer' },
  /**
   * Change an action's status, owner or due date from the ledger; who may change which
   * action is the rule of actions/status.ts, checked after this one.
   */
  'actions.update': { least: 'member' },
  /** Change the workspace's action settings: the due-date policy and closing. */
  'actions.settings': { least: 'admin' },
  /** Read and set the document template a postmortem follows when its board chose none. */
  'documents.settings': { least: 'admin' },
  /**
   * File an action's issue in the postmortem's tracker, or choose that tracker (the
   * latter only the facilitator or an admin, checked after this one).
   */
  'trackers.use': { least: 'member' },
  /** Connect the workspace's issue trackers: their tokens and webhook secrets. */
  'trackers.manage': { least: 'admin' },
  /** Set when and where action reminders go, see every send in their log. */
  'reminders.manage': { least: 'admin' },
  /** List, create and revoke API tokens. */
  'tokens.manage': { least: 'admin' },
  /**
   * See the names (never the emails) of the workspace's people, to choose an action's
   * owner from them so reminders reach that person.
   */
  'people.names': { least: 'viewer' },
  /** List people, invite them, change their roles, deactivate them. */
  'people.manage': { least: 'admin' },
  /** Change one's own password, end one's own sessions. */
  'account.manage': { least: 'viewer', peopleOnly: true },
} as const satisfies Record<string, Rule>;

export type WorkspaceAction = keyof typeof RULES;
export const WORKSPACE_ACTIONS = Object.keys(RULES) as WorkspaceAction[];

function levelOf(principal: Principal): Level | null {
  switch (principal.kind) {
    case 'anonymous':
      return null;
    case 'person':
      return principal.role;
    case 'token':
      return SCOPE_LEVEL[principal.scope];
  }
}

/** True when `principal` may do `action`. Anonymous callers may do no workspace action. */
export function may(principal: Principal, action: WorkspaceAction): boolean {
  const rule: Rule = RULES[action];
  if (rule.peopleOnly && principal.kind !== 'person') return false;
  const level = levelOf(principal);
  return level !== null && LEVELS.indexOf(level) >= LEVELS.indexOf(rule.least);
}

/**
 * The action that opening a board in a board `role` without its links needs: running it
 * (facilitator, participant) or reading it (observer).
 */
export function boardOpenAction(role: Role): 'boards.run' | 'boards.read' {
  return role === 'observer' ? 'boards.read' : 'boards.run';
}
