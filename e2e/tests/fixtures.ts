/**
 * Test fixtures: the server's URL (set by global-setup.ts), a helper to create boards
 * through the public API, and a helper to open a board as a named person in a fresh
 * browser context (a separate "person": own storage, own websocket).
 */
import { execFileSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import {
  CreateBoardResponseSchema,
  DEFAULT_TEMPLATE,
  type CreateBoardResponse,
} from '@hindsight/shared';
import {
  test as base,
  expect,
  type Browser,
  type BrowserContext,
  type Locator,
  type Page,
} from '@playwright/test';
import { OWNER } from '../server.ts';

/** The sample incident's brainstorm cards (shared/src/fixtures/cards.json). */
export const SAMPLE_CARDS = JSON.parse(
  readFileSync(
    fileURLToPath(new URL('../../shared/src/fixtures/cards.json', import.meta.url)),
    'utf8',
  ),
) as { column: string; text: string }[];

/** The default template's column titles by column id. */
export const COLUMN_TITLES: Record<string, string> = Object.fromEntries(
  DEFAULT_TEMPLATE.columns.map((c) => [c.id, c.title]),
);

export interface Person {
  readonly context: BrowserContext;
  readonly page: Page;
}

export interface App {
  /** Where the server under test listens, e.g. `http://127.0.0.1:41234`. */
  readonly url: string;
  /** `POST /api/boards` with the workspace's API token, checked against the shared schema. */
  createBoard(title: string): Promise<CreateBoardResponse>;
  /** A new browser context (a new person) with the app's base URL. */
  newPerson(): Promise<Person>;
}

/** The in-app path of a board link (links carry the server's origin). */
export function pathOf(link: string): string {
  const url = new URL(link);
  return `${url.pathname}${url.hash}`;
}

/**
 * Opens a board's facilitator link in `page` as the tab that created the board: that tab
 * keeps the create answer (sessionStorage), so its Share menu offers every link.
 */
export async function openAsCreator(page: Page, board: CreateBoardResponse): Promise<void> {
  await page.addInitScript(([key, value]) => sessionStorage.setItem(key, value), [
    `hindsight:board:${board.id}`,
    JSON.stringify(board),
  ] as const);
  await page.goto(pathOf(board.links.facilitator));
}

/** Answers the first-visit name dialog. */
export async function giveName(page: Page, name: string): Promise<void> {
  const dialog = page.getByRole('dialog', { name: 'Who are you?' });
  await expect(dialog).toBeVisible();
  await dialog.getByLabel('Your name').fill(name);
  await dialog.getByRole('button', { name: 'Join board' }).click();
  await expect(dialog).toBeHidden();
}

/** Waits until the board says it is live (connected and synced). */
export async function expectLive(page: Page): Promise<void> {
  await expect(page.getByTestId('connection-status')).toHaveAttribute('data-state', 'live');
}

/**
 * A signed-in person opens a board link and waits until it is live. They are never asked
 * who they are, not even for the moment before the page knows the session: the page
 * records the title of every modal dialog it opens, and none may be the name dialog.
 */
export async function openBoardSignedIn(page: Page, link: string): Promise<void> {
  await page.addInitScript(() => {
    if ('hindsightModalsOpened' in window) return; // added by an earlier visit of this page
    const opened: string[] = [];
    Object.assign(window, { hindsightModalsOpened: opened });
    const showModal = HTMLDialogElement.prototype.showModal;
    HTMLDialogElement.prototype.showModal = function (this: HTMLDialogElement) {
      opened.push(this.querySelector('h2')?.textContent ?? '');
      showModal.call(this);
    };
  });
  await page.goto(pathOf(link));
  await expectLive(page);
  const opened = await page.evaluate(
    () => (window as unknown as { hindsightModalsOpened: string[] }).hindsightModalsOpened,
  );
  expect(opened).not.toContain('Who are you?');
}

const ACCOUNT_PASSWORD = 'a long enough passphrase';

/**
 * A new account on the suite's server (or the server whose data directory is `dataDir`),
 * as `hindsight user create` makes one headless.
 */
export function account(
  role: 'admin' | 'member' | 'viewer',
  name: string,
  dataDir = process.env.E2E_DATA_DIR,
): { email: string; password: string } {
  const email = `${role}-${randomUUID().slice(0, 8)}@example.com`;
  execFileSync(
    'pnpm',
    [
      ...['-s', 'hindsight', 'user', 'create', '--email', email, '--role', role],
      ...['--name', name, '--password-stdin'],
    ],
    {
      cwd: fileURLToPath(new URL('../..', import.meta.url)),
      env: { ...process.env, DATA_DIR: dataDir },
      input: `${ACCOUNT_PASSWORD}\n`,
      encoding: 'utf8',
    },
  );
  return { email, password: ACCOUNT_PASSWORD };
}

/** Signs in on the home page with an account (by default the suite server's owner). */
export async function signIn(
  page: Page,
  account: { email: string; password: string } = OWNER,
): Promise<void> {
  await page.goto('/');
  const form = page.getByRole('form', { name: 'Sign in' });
  await form.getByLabel('Email').fill(account.email);
  await form.getByLabel('Password').fill(account.password);
  await form.getByRole('button', { name: 'Sign in' }).click();
  // Everyone signed in sees the workspace's postmortems; New postmortem is for members.
  await expect(page.getByRole('heading', { name: 'Postmortems' })).toBeVisible();
}

/** A new person opens a board link, gives their name and waits until the board is live. */
export async function joinBoard(
  app: Pick<App, 'newPerson'>,
  link: string,
  name: string,
  viewport?: { width: number; height: number },
): Promise<Page> {
  const { page } = await app.newPerson();
  if (viewport) await page.setViewportSize(viewport);
  await page.goto(pathOf(link));
  await giveName(page, name);
  await expectLive(page);
  return page;
}

/** Two people with the facilitator link, Fran and Gus, both preparing the incident. */
export async function twoFacilitatorsOnIncident(
  app: Pick<App, 'newPerson'>,
  board: CreateBoardResponse,
): Promise<[Page, Page]> {
  const fran = await joinBoard(app, board.links.facilitator, 'Fran Facilitator');
  const gus = await joinBoard(app, board.links.facilitator, 'Gus Cofacilitator');
  for (const page of [fran, gus]) {
    await page.getByRole('button', { name: 'Prepare session' }).click();
    await page.getByRole('tab', { name: 'Incident' }).click();
  }
  return [fran, gus];
}

/** The facilitator moves everyone to a phase from the agenda rail (revealing, if asked). */
export async function goToPhase(page: Page, phaseId: string): Promise<void> {
  const item = page.locator(`[data-testid="agenda-item"][data-phase="${phaseId}"]`);
  await item.getByRole('button').click();
  // Past the brainstorm with the cards still hidden, the jump asks first: say yes.
  const dialog = page.getByTestId('reveal-dialog');
  await expect(dialog.or(item.and(page.locator('[aria-current="step"]')))).toBeVisible();
  if (await dialog.isVisible()) {
    await dialog.getByRole('button', { name: /^Reveal and go to / }).click();
    await expect(item).toHaveAttribute('aria-current', 'step');
  }
}

/** The facilitator presses Finish on the last phase and confirms it. */
export async function finishSession(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Finish session' }).click();
  await page
    .getByRole('dialog', { name: 'Finish the session?' })
    .getByRole('button', { name: 'Finish now' })
    .click();
}

/** Puts the caret at a place in a text field, as a person clicking there would. */
export async function caretAt(field: Locator, index: number | 'end'): Promise<void> {
  await field.click();
  await field.press('Control+End');
  if (index !== 'end') {
    await field.evaluate((el: HTMLTextAreaElement, i) => el.setSelectionRange(i, i), index);
  }
}

/**
 * Two people at once: one presses Backspace `count` times in a field while the other
 * types `text` in theirs, key by key, as people do.
 */
export async function deleteWhileTyping(
  deleting: Locator,
  count: number,
  typing: Locator,
  text: string,
): Promise<void> {
  await Promise.all([
    (async () => {
      for (let i = 0; i < count; i++) await deleting.press('Backspace', { delay: 30 });
    })(),
    typing.pressSequentially(text, { delay: 30 }),
  ]);
}

/** The facilitator reveals the cards, confirming in the dialog that asks first. */
export async function revealCards(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Reveal cards' }).click();
  await page
    .getByRole('dialog', { name: 'Reveal the cards?' })
    .getByRole('button', { name: 'Reveal to everyone' })
    .click();
}

/** Writes a card in a column (on the board or in the brainstorm) and waits until it went. */
export async function addCard(page: Page, columnTitle: string, text: string): Promise<void> {
  const box = page.getByRole('textbox', { name: `New card in ${columnTitle}` });
  await box.fill(text);
  await box.press('Enter');
  await expect(box).toHaveValue('');
}

/** A new browser context on `baseURL` and its page; `opened` collects it for closing. */
export async function newPerson(
  browser: Browser,
  baseURL: string,
  opened: BrowserContext[],
): Promise<Person> {
  const context = await browser.newContext({ baseURL, viewport: { width: 1440, height: 900 } });
  opened.push(context);
  return { context, page: await context.newPage() };
}

export const test = base.extend<{ app: App }>({
  // Playwright fixtures must destructure their dependencies, even when there are none.
  // eslint-disable-next-line no-empty-pattern
  baseURL: async ({}, use) => {
    const url = process.env.E2E_BASE_URL;
    if (!url)
      throw new Error(
        'E2E_BASE_URL is not set: run through playwright.config.ts (global-setup.ts)',
      );
    await use(url);
  },
  app: async ({ baseURL, browser, request }, use) => {
    const url = baseURL as string;
    const opened: BrowserContext[] = [];
    await use({
      url,
      async createBoard(title) {
        const response = await request.post(`${url}/api/boards`, {
          data: { title },
          headers: { authorization: `Bearer ${process.env.E2E_API_TOKEN}` },
        });
        expect(response.status()).toBe(201);
        return CreateBoardResponseSchema.parse(await response.json());
      },
      newPerson: () => newPerson(browser, url, opened),
    });
    await Promise.all(opened.map((context) => context.close()));
  },
});

export { expect };

/**
 * An admin page seen by a signed-in non-admin: their account menu offers no `link` to it,
 * and at `path` the page says `refusal` instead.
 */
export async function expectAdminsOnly(
  page: Page,
  { person, link, path, refusal }: { person: string; link: string; path: string; refusal: string },
): Promise<void> {
  await page.getByRole('button', { name: person }).click();
  await expect(page.getByRole('group', { name: 'Account' })).toBeVisible();
  await expect(page.getByRole('link', { name: link })).toHaveCount(0);
  await page.goto(path);
  await expect(page.getByText(refusal)).toBeVisible();
}

/** `PUT`s `body` to `path` with the page's session cookie and CSRF token; the status. */
export function putWithSession(page: Page, path: string, body: unknown): Promise<number> {
  return page.evaluate(
    async ([url, json]) => {
      const me = (await (await fetch('/api/me')).json()) as { csrfToken: string };
      const res = await fetch(url, {
        method: 'PUT',
        headers: { 'content-type': 'application/json', 'x-csrf-token': me.csrfToken },
        body: json,
      });
      return res.status;
    },
    [path, JSON.stringify(body)] as const,
  );
}
