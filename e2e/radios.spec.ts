import { expect, test } from './pages/lab-page';
import { LabCommands } from './pages/lab-commands';
import { LabAuthor } from './pages/lab-author';
import type { Locator } from '@playwright/test';

/**
 * Radio buttons and checkboxes read in both themes (issue #12): an unpicked radio's ring and an unticked checkbox's
 * square stand out from the panel behind them by at least 3:1 (WCAG's non-text contrast), light and dark. The export
 * dialog's radios share their style with the "kept copies are full" question and the lab quiz (src/ui/form-styles.ts
 * `radio`); the action forms' checkboxes with the lab builder's (`checkbox`); a lab step's goal boxes are drawn alike.
 */

/** Contrast of the control's border with the first opaque background behind it (0 for the browser's own control). */
function borderContrast(control: Locator): Promise<number> {
  return control.evaluate((el) => {
    // CSS colours (oklch too) to sRGB through a canvas pixel, then WCAG's relative luminance
    const ctx = document.createElement('canvas').getContext('2d')!;
    const rgb = (css: string) => {
      ctx.clearRect(0, 0, 1, 1);
      ctx.fillStyle = css;
      ctx.fillRect(0, 0, 1, 1);
      return Array.from(ctx.getImageData(0, 0, 1, 1).data.slice(0, 3));
    };
    const lum = (css: string) => {
      const [r, g, b] = rgb(css).map((v) => (v / 255 <= 0.04045 ? v / 255 / 12.92 : ((v / 255 + 0.055) / 1.055) ** 2.4));
      return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
    };
    let behind: Element | null = el.parentElement;
    while (behind && ['transparent', 'rgba(0, 0, 0, 0)'].includes(getComputedStyle(behind).backgroundColor)) behind = behind.parentElement;
    const style = getComputedStyle(el);
    if (el instanceof HTMLInputElement && style.appearance !== 'none') return 0; // the browser's own: pale grey in dark
    const [a, b] = [lum(style.borderTopColor), lum(getComputedStyle(behind ?? document.body).backgroundColor)];
    return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
  });
}

async function expectContrast(controls: Locator) {
  expect(await controls.count()).toBeGreaterThan(0);
  for (const control of await controls.all()) {
    const name = await control.evaluate((el) => el.getAttribute('aria-label') ?? el.closest('label, li')?.textContent ?? el.parentElement?.textContent);
    expect(await borderContrast(control), `contrast of ${name}`).toBeGreaterThanOrEqual(3);
  }
}

for (const scheme of ['light', 'dark'] as const) {
  test(`an unpicked radio's ring has 3:1 contrast with its dialog (${scheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto('/');
    await expect(page.locator('.react-flow__node-az').first()).toBeVisible();
    await new LabCommands(page).runCommand('export png');
    const dialog = page.getByRole('dialog', { name: 'Export a picture' });
    await expect(dialog).toBeVisible();
    await expectContrast(dialog.locator('input[type="radio"]:not(:checked)'));
  });

  test(`an unticked checkbox's square has 3:1 contrast with its panel (${scheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto('/?e2e');
    await expect(page.locator('.react-flow__node-az').first()).toBeVisible();
    // an action form's checkbox ("Encrypted")
    await new LabCommands(page).runCommand('create volume');
    await expectContrast(page.getByRole('checkbox', { name: 'Encrypted' }));
    await page.keyboard.press('Escape');
    // the lab builder's course sections and a quiz answer's "Right"
    const author = new LabAuthor(page);
    await author.openFromPalette();
    await author.dialog.getByRole('button', { name: /Add a question/ }).click();
    await expectContrast(author.dialog.locator('input[type="checkbox"]:not(:checked)'));
    await author.closeButton.click();
    // a lab step's goals not met yet
    await page.goto('/?e2e#lab=elastic-ip');
    await expect(page.getByTestId('lab-goals').locator('li').first()).toBeVisible({ timeout: 20_000 });
    await expectContrast(page.getByTestId('lab-goals').locator('li[data-met="false"] > span:first-child'));
  });
}
