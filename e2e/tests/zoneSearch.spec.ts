/**
 * The incident's time zone is a searchable combobox (issue #21), not a raw list of ~400
 * zones: typed "Berlin", "CET" or "+01", it offers the zones that match, the chosen one
 * first, and it is chosen from the keyboard; the other facilitator sees the choice.
 */
import { expect, test, twoFacilitatorsOnIncident } from './fixtures.ts';
import { seriousViolations } from './axe.ts';

test('the incident time zone is found by city, abbreviation or offset, from the keyboard', async ({
  app,
}) => {
  const board = await app.createBoard('Checkout API 5xx after a pool change');
  const [fran, gus] = await twoFacilitatorsOnIncident(app, board);
  const zone = fran.getByRole('combobox', { name: 'Time zone of the incident' });
  const options = fran.getByRole('listbox', { name: 'Time zone of the incident: matching zones' });
  await expect(zone).toHaveValue('UTC');

  // By abbreviation: the board's zone first, then the zones that go by CET.
  await zone.fill('CET');
  await expect(options.getByRole('option').first()).toContainText('UTC');
  await expect(options.getByRole('option', { name: /^Europe\/Berlin/ })).toBeVisible();
  // By offset.
  await zone.fill('+01');
  await expect(options.getByRole('option', { name: /^Europe\/Berlin/ })).toBeVisible();
  await expect(options.getByRole('option', { name: /^America\/New York/ })).toHaveCount(0);
  expect(await seriousViolations(fran, '.zone-select')).toEqual([]);

  // By city, chosen with the arrow keys and Enter.
  await zone.fill('Berlin');
  await expect(options.getByRole('option')).toHaveCount(2);
  await fran.keyboard.press('ArrowDown');
  await fran.keyboard.press('ArrowDown');
  await expect(options.getByRole('option', { name: /^Europe\/Berlin/ })).toHaveAttribute(
    'aria-selected',
    'true',
  );
  await fran.keyboard.press('Enter');
  await expect(zone).toHaveValue('Europe/Berlin');
  await expect(options).toBeHidden();
  await expect(gus.getByRole('combobox', { name: 'Time zone of the incident' })).toHaveValue(
    'Europe/Berlin',
  );

  // Escape drops what is typed and shows the chosen zone again.
  await zone.fill('tok');
  await fran.keyboard.press('Escape');
  await fran.keyboard.press('Escape');
  await expect(zone).toHaveValue('Europe/Berlin');
});
