/**
 * Access to boards opened from the workspace ends at once when the person's standing
 * changes: after a role change, a deactivation or an ended session, each of their sockets
 * opened with a workspace grant is checked again (session live, person active, role still
 * allowing the board role) and closed with 4402 when it no longer holds. Sockets opened
 * with a board link stay: a link works for anyone holding it, account or not.
 */
import fp from 'fastify-plugin';
import { boardOpenAction, CloseCode, may } from '@hindsight/shared';
import { sessionLive } from '../workspace/sessions.ts';

export default fp(
  async (app) => {
    const { store, people, changes } = app.workspace;

    async function recheck(personId: string): Promise<void> {
      const open = app.connections.ofPerson(personId).filter((c) => c.person?.viaWorkspace);
      if (open.length === 0) return;
      const person = await people.find(personId);
      const now = Date.now();
      for (const connection of open) {
        const session = await store.findSession(connection.person!.sessionHash);
        const holds =
          person !== null &&
          person.deactivatedAt === null &&
          session !== null &&
          session.personId === personId &&
          sessionLive(session, now) &&
          may({ kind: 'person', role: person.role }, boardOpenAction(connection.role));
        if (!holds) connection.close(CloseCode.AccessEnded, 'workspace access ended');
      }
    }

    const stop = changes.on((personId) => {
      recheck(personId).catch((err: unknown) => {
        // Cannot tell whether access holds: end it rather than leave it open.
        app.log.error({ err, person: personId }, 'could not re-check workspace access');
        for (const c of app.connections.ofPerson(personId)) {
          if (c.person?.viaWorkspace) c.close(CloseCode.AccessEnded, 'workspace access ended');
        }
      });
    });
    app.addHook('onClose', async () => {
      stop();
    });
  },
  { name: 'workspaceAccess', dependencies: ['workspace', 'rooms'] },
);
