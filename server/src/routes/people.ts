/**
 * The People page's API (admins): everyone with their role, status and last sign-in;
 * change a role; deactivate (their sessions end in the same transaction, so their next
 * request is 401) or reactivate. The workspace always keeps an active admin (409), and an
 * admin does not deactivate themselves (another admin does, if it must be).
 * `GET /api/people/names` is everyone's who is signed in: the active people's names and
 * ids, for the owner pickers of the board and the ledger.
 */
import type { FastifyPluginAsync } from 'fastify';
import {
  LAST_ADMIN_MESSAGE,
  UpdatePersonRequestSchema,
  type PeopleList,
  type PeopleNames,
  type PersonAdminInfo,
  type UpdatePersonResponse,
} from '@hindsight/shared';
import { sendError, sendInvalid } from '../http/apiError.ts';
import { authorize } from '../http/authorize.ts';
import type { PersonRecord } from '../storage/workspaceStore.ts';
import { personInfo } from '../workspace/people.ts';

const NOT_FOUND = { error: 'not_found', message: 'No person with that id.' };

const peopleRoutes: FastifyPluginAsync = async (app) => {
  const manage = { preHandler: authorize(app, 'people.manage') };
  const { store, people } = app.workspace;

  const adminInfo = (
    person: PersonRecord,
    lastSignIns: ReadonlyMap<string, number>,
  ): PersonAdminInfo => ({
    ...personInfo(person),
    lastSignInAt: lastSignIns.get(person.id) ?? null,
  });

  app.get('/api/people', manage, async () => {
    const [everyone, lastSignIns] = await Promise.all([people.list(), store.lastSignIns()]);
    const body: PeopleList = { people: everyone.map((p) => adminInfo(p, lastSignIns)) };
    return body;
  });

  app.get('/api/people/names', { preHandler: authorize(app, 'people.names') }, async () => {
    const active = (await people.list()).filter((p) => p.deactivatedAt === null);
    const body: PeopleNames = {
      people: active
        .map(({ id, name }) => ({ id, name }))
        .sort((a, b) => a.name.localeCompare(b.name) || a.id.localeCompare(b.id)),
    };
    return body;
  });

  app.patch<{ Params: { id: string } }>('/api/people/:id', manage, async (request, reply) => {
    const parsed = UpdatePersonRequestSchema.safeParse(request.body);
    if (!parsed.success) return sendInvalid(reply, parsed.error);
    const { id } = request.params;
    const change = parsed.data;
    const self = request.principal.kind === 'person' && request.principal.personId === id;
    let outcome: 'changed' | 'last-admin' | 'unknown';
    if ('role' in change) {
      outcome = await store.setRoleKeepingAnAdmin(id, change.role);
    } else if (change.active) {
      outcome = (await store.reactivatePerson(id)) ? 'changed' : 'unknown';
    } else {
      if (self)
        return sendError(reply, 409, {
          error: 'self_deactivation',
          message: 'You cannot deactivate yourself: another admin can.',
        });
      outcome = await store.deactivateKeepingAnAdmin(id, app.workspace.now());
    }
    if (outcome === 'unknown') return sendError(reply, 404, NOT_FOUND);
    if (outcome === 'last-admin')
      return sendError(reply, 409, { error: 'last_admin', message: LAST_ADMIN_MESSAGE });
    // Access the person holds (open board sockets) is checked again at once.
    app.workspace.changes.emit(id);
    const person = await people.find(id);
    if (!person) return sendError(reply, 404, NOT_FOUND);
    request.log.info({ person: id, change }, 'person changed');
    const body: UpdatePersonResponse = { person: adminInfo(person, await store.lastSignIns()) };
    return body;
  });
};

export default peopleRoutes;
