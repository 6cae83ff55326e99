/**
 * The workspace's people: created with a role (and, for local accounts, a password),
 * found by id or email, their role changed, deactivated — which ends their sessions at once.
 */
import { randomId, type PersonInfo, type WorkspaceRole } from '@hindsight/shared';
import type { PersonRecord, WorkspaceStore } from '../storage/workspaceStore.ts';
import { hashPassword } from './passwords.ts';
import type { PersonChanges } from './personChanges.ts';

export interface NewPerson {
  /** Already lower-cased (EmailSchema). */
  readonly email: string;
  readonly name: string;
  readonly role: WorkspaceRole;
  /** Absent for a person who sets a password later or signs in with SSO only. */
  readonly password?: string | undefined;
}

export class EmailTakenError extends Error {
  override readonly name = 'EmailTakenError';
  constructor(email: string) {
    super(`There is already an account for ${email}.`);
  }
}

/** What the API shows of a person: everything but the password hash. */
export function personInfo(person: PersonRecord): PersonInfo {
  const { id, email, name, role, createdAt, deactivatedAt } = person;
  return {
    id,
    email,
    name,
    role,
    createdAt,
    deactivatedAt,
    hasPassword: person.passwordHash !== null,
  };
}

export interface People {
  /** Throws {@link EmailTakenError} when the email has an account already. */
  create(input: NewPerson): Promise<PersonRecord>;
  find(id: string): Promise<PersonRecord | null>;
  findByEmail(email: string): Promise<PersonRecord | null>;
  list(): Promise<PersonRecord[]>;
  updateRole(id: string, role: WorkspaceRole): Promise<boolean>;
  setPassword(id: string, password: string): Promise<boolean>;
  /** Deactivates a person and ends their sessions in the same step. */
  deactivate(id: string): Promise<boolean>;
  /** True once an active admin exists: the workspace is set up. */
  hasOwner(): Promise<boolean>;
}

export function people(
  store: WorkspaceStore,
  now: () => number = Date.now,
  changes?: PersonChanges,
): People {
  /** Tells the listeners once a change that may end access is stored. */
  const changed = async (id: string, done: Promise<boolean>) => {
    const ok = await done;
    if (ok) changes?.emit(id);
    return ok;
  };
  return {
    async create({ email, name, role, password }) {
      if (await store.findPersonByEmail(email)) throw new EmailTakenError(email);
      const record: PersonRecord = {
        id: randomId(12),
        email,
        name,
        role,
        passwordHash: password === undefined ? null : await hashPassword(password),
        createdAt: now(),
        deactivatedAt: null,
      };
      try {
        await store.createPerson(record);
      } catch (error) {
        // Two creations racing for one email: the unique index lets one through.
        if (await store.findPersonByEmail(email)) throw new EmailTakenError(email);
        throw error;
      }
      return record;
    },
    find: (id) => store.findPerson(id),
    findByEmail: (email) => store.findPersonByEmail(email),
    list: () => store.listPeople(),
    updateRole: (id, role) => changed(id, store.updatePerson(id, { role })),
    async setPassword(id, password) {
      return store.updatePerson(id, { passwordHash: await hashPassword(password) });
    },
    deactivate: (id) => changed(id, store.deactivatePerson(id, now())),
    hasOwner: async () => (await store.countActiveAdmins()) > 0,
  };
}
