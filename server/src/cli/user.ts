/**
 * `hindsight user create --email … --role admin|member|viewer [--name …] [--password-stdin]`:
 * makes an account on the data directory. Without `--password-stdin` it prints a one-time
 * link that sets the password (workspace/passwordLinks.ts); with it, the password is read
 * from standard input (never from an argument, which other users can see in `ps`).
 */
import { parseArgs } from 'node:util';
import { z } from 'zod';
import {
  EmailSchema,
  PasswordSchema,
  PersonNameSchema,
  WorkspaceRoleSchema,
  describeZodError,
} from '@hindsight/shared';
import type { WorkspaceStore } from '../storage/workspaceStore.ts';
import { passwordLinks, setPasswordUrl, PASSWORD_LINK_DAYS } from '../workspace/passwordLinks.ts';
import { EmailTakenError, people } from '../workspace/people.ts';

const UserCreateSchema = z.object({
  email: EmailSchema,
  role: WorkspaceRoleSchema,
  name: PersonNameSchema,
});

export interface UserIo {
  /** Where the server is reached, for the link. */
  readonly origin: string;
  out(text: string): void;
  err(text: string): void;
  /** Standard input, whole. */
  readStdin(): Promise<string>;
}

export class CliUsageError extends Error {}

export async function userCreate(
  store: WorkspaceStore,
  args: string[],
  io: UserIo,
): Promise<number> {
  const { values } = parseArgs({
    args,
    options: {
      email: { type: 'string' },
      role: { type: 'string' },
      name: { type: 'string' },
      'password-stdin': { type: 'boolean' },
    },
    strict: true,
  });
  const parsed = UserCreateSchema.safeParse({
    email: values.email,
    role: values.role,
    name: values.name ?? values.email?.split('@')[0],
  });
  if (!parsed.success) throw new CliUsageError(describeZodError(parsed.error));
  let password: string | undefined;
  if (values['password-stdin']) {
    const read = PasswordSchema.safeParse((await io.readStdin()).replace(/\r?\n$/, ''));
    if (!read.success) throw new CliUsageError(describeZodError(read.error));
    password = read.data;
  }
  const everyone = people(store);
  try {
    const person = await everyone.create({ ...parsed.data, password });
    io.err(`Created ${person.role} ${person.name} <${person.email}> (id ${person.id}).\n`);
    if (password !== undefined) return 0;
    const token = await passwordLinks(store, everyone).create(person.id);
    io.err(
      `Send them this one-time link to set their password (valid ${PASSWORD_LINK_DAYS} days):\n`,
    );
    io.out(`${setPasswordUrl(io.origin, token)}\n`);
    return 0;
  } catch (error) {
    if (!(error instanceof EmailTakenError)) throw error;
    io.err(`${error.message}\n`);
    return 1;
  }
}
