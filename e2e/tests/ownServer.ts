/**
 * For stories that need a server of their own (a limit or a test switch in its
 * environment): the server, started once for the file, and a meeting on it.
 */
import type { APIRequestContext, Browser, BrowserContext, Page } from '@playwright/test';
import { CreateBoardResponseSchema, type CreateBoardResponse } from '@hindsight/shared';
import { startServer, type RunningServer } from '../server.ts';
import { startSmtpServer, type TestSmtpServer } from '../../server/test/support/smtpServer.ts';
import {
  expect,
  expectLive,
  giveName,
  joinBoard,
  newPerson,
  openAsCreator,
  test,
} from './fixtures.ts';

/** Starts a server on `env` before the file's stories and stops it after; call at top level. */
export function ownServer(env: (dataDir: string) => Record<string, string>): () => RunningServer {
  let server: RunningServer | undefined;
  test.beforeAll(async () => {
    server = await startServer(env);
  });
  test.afterAll(async () => server?.stop());
  return () => {
    if (!server) throw new Error('the server of this file has not started');
    return server;
  };
}

/**
 * {@link ownServer} that sends its mail to an in-process SMTP server started with it;
 * call at top level. The getters throw until both have started.
 */
export function ownServerWithMail(): {
  readonly server: RunningServer;
  readonly smtp: TestSmtpServer;
} {
  let smtp: TestSmtpServer | undefined;
  test.beforeAll(async () => {
    smtp = await startSmtpServer();
  });
  const server = ownServer(() => ({
    SMTP_URL: smtp!.url,
    MAIL_FROM: 'Hindsight <hindsight@example.com>',
  }));
  test.afterAll(async () => smtp?.close());
  return {
    get server() {
      return server();
    },
    get smtp() {
      if (!smtp) throw new Error('the mail server of this file has not started');
      return smtp;
    },
  };
}

export interface Meeting {
  readonly board: CreateBoardResponse;
  /** Fran, who made the board and facilitates, live. */
  readonly fPage: Page;
  /** Pat, who joined with the participant link, live. */
  readonly pPage: Page;
  /** Closes every browser context of the meeting. */
  close(): Promise<void>;
}

/** A board made through the API on `server`, Fran facilitating it and Pat joined, both live. */
export async function meetingOn(
  server: RunningServer,
  { browser, request }: { browser: Browser; request: APIRequestContext },
  title: string,
): Promise<Meeting> {
  const created = await request.post(`${server.url}/api/boards`, {
    data: { title },
    headers: { authorization: `Bearer ${server.apiToken}` },
  });
  expect(created.status()).toBe(201);
  const board = CreateBoardResponseSchema.parse(await created.json());
  const contexts: BrowserContext[] = [];
  const people = { newPerson: () => newPerson(browser, server.url, contexts) };

  const { page: fPage } = await people.newPerson();
  await openAsCreator(fPage, board);
  await giveName(fPage, 'Fran Facilitator');
  await expectLive(fPage);
  const pPage = await joinBoard(people, board.links.participant, 'Pat Participant');
  const close = async () => void (await Promise.all(contexts.map((c) => c.close())));
  return { board, fPage, pPage, close };
}
