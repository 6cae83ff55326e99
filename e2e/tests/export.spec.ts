/**
 * The export story: two people on a board under their own names write cards in their
 * private docs; once the cards are revealed, the Markdown downloaded through the Export
 * dialog holds every card and neither name. The HTML preview runs in a sandboxed frame.
 *
 * The cards are written by y-websocket clients in this process, as each person's
 * browser would write them to its private doc (the server cannot tell the difference),
 * so the story does not depend on which phase view the client shows.
 */
import { readFileSync } from 'node:fs';
import {
  addCard,
  memberIdOf,
  newMemberKey,
  privateRoomName,
  readBrainstormCounts,
  readRevealedCards,
  roomName,
  runSessionCommand,
  setMemberName,
  DEFAULT_TEMPLATE,
} from '@hindsight/shared';
import { expect, expectLive, giveName, pathOf, test } from './fixtures.ts';
import { nodeDocs } from './nodeDocs.ts';

const CARDS = [
  { column: 'went-well', text: 'Rollback of the config change took under a minute' },
  { column: 'went-wrong', text: 'No alert on connection-pool saturation' },
  { column: 'lucky', text: 'The change hit at 14:02, not at the evening peak' },
];
const NAMES = ['Fran Facilitator', 'Pat Participant'];

test('the downloaded Markdown holds the revealed cards, no author on any, and who took part', async ({
  app,
}) => {
  const docs = await nodeDocs(app.url);
  const open = docs.open;

  try {
    const board = await app.createBoard('Checkout API 5xx after a pool change');

    // Two people join under their own names.
    const facilitator = await app.newPerson();
    await facilitator.page.goto(pathOf(board.links.facilitator));
    await giveName(facilitator.page, NAMES[0]!);
    await expectLive(facilitator.page);
    const participant = await app.newPerson();
    const page = participant.page;
    await page.goto(pathOf(board.links.participant));
    await giveName(page, NAMES[1]!);
    await expectLive(page);

    // Each writes cards in their private doc, which carries their name.
    const tokens = [board.tokens.facilitator, board.tokens.participant];
    for (const [i, name] of NAMES.entries()) {
      const key = newMemberKey();
      const doc = await open(privateRoomName(board.id, memberIdOf(key)), {
        token: tokens[i]!,
        member: key,
      });
      setMemberName(doc, name);
      for (const card of CARDS.filter((_, j) => j % NAMES.length === i)) addCard(doc, card);
    }

    // The facilitator reveals the cards.
    const facilitation = await open(roomName(board.id, 'facilitation'), {
      token: board.tokens.facilitator,
    });
    await expect.poll(() => readBrainstormCounts(facilitation).cards).toBe(CARDS.length);
    runSessionCommand(facilitation, DEFAULT_TEMPLATE, { type: 'start' }, Date.now());
    runSessionCommand(facilitation, DEFAULT_TEMPLATE, { type: 'reveal' }, Date.now());
    await expect.poll(() => readRevealedCards(facilitation).length).toBe(CARDS.length);

    // The participant opens the export: the preview shows the cards.
    await page.getByRole('button', { name: 'Export', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Export the postmortem' });
    await expect(dialog).toBeVisible();
    const preview = dialog.getByTestId('export-markdown-preview');
    for (const card of CARDS) await expect(preview).toContainText(card.text);

    // The HTML preview renders in a frame that may run no script.
    await dialog.getByRole('tab', { name: 'HTML' }).click();
    const frame = dialog.locator('iframe');
    await expect(frame).toHaveAttribute('sandbox', '');
    await expect(
      page.frameLocator('iframe[title="HTML preview of the postmortem"]').getByText(CARDS[1]!.text),
    ).toBeVisible();

    // The Markdown download holds every card and no name.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      dialog.getByRole('button', { name: 'Download Markdown' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(
      /^postmortem-checkout-api-5xx-after-a-pool-change-\d{4}-\d{2}-\d{2}\.md$/,
    );
    const markdown = readFileSync(await download.path(), 'utf8');
    expect(markdown).toMatch(/^# Checkout API 5xx after a pool change\n/);
    for (const card of CARDS) expect(markdown).toContain(`- ${card.text}`);
    // Everyone who took part is listed by role; no card carries a name.
    const [body = '', participants = ''] = markdown.split('## Appendix: participants');
    // The header names the facilitator among the authors; no section names anyone else.
    expect(body).toContain(`**Authors:** ${NAMES[0]} (facilitator)`);
    const sections = body.slice(body.indexOf('\n## '));
    for (const name of NAMES) expect(sections).not.toContain(name);
    expect(participants).toContain(`**Facilitator:** ${NAMES[0]}`);
    expect(participants).toContain(`**Participants:** ${NAMES[1]}`);

    // The facilitator can export too.
    await facilitator.page.getByRole('button', { name: 'Export', exact: true }).click();
    await expect(
      facilitator.page
        .getByRole('dialog', { name: 'Export the postmortem' })
        .getByTestId('export-markdown-preview'),
    ).toContainText(CARDS[0]!.text);
  } finally {
    docs.close();
  }
});
