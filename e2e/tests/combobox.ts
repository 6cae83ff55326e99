/** Choosing in the app's comboboxes (owner, postmortem pickers) from the keyboard only. */
import type { Locator, Page } from '@playwright/test';
import { expect } from './fixtures.ts';

/** Types a name into a combobox within `scope` and chooses its one suggestion by keyboard. */
export async function chooseByKeyboard(
  page: Page,
  scope: Page | Locator,
  label: string,
  text: string,
): Promise<void> {
  const field = scope.getByRole('combobox', { name: label, exact: true });
  await field.focus();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type(text);
  const option = scope.getByRole('option', { name: new RegExp(text) });
  await expect(option).toHaveCount(1);
  await page.keyboard.press('ArrowDown');
  await expect(option).toHaveAttribute('aria-selected', 'true');
  await expect(field).toHaveAttribute('aria-expanded', 'true');
  await page.keyboard.press('Enter');
}
