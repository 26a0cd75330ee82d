import { expect, test, type Page } from '@playwright/test';
import { axeViolations, horizontalOverflow, SIZES, verticalOverflow, visibleCanvasWidth, watchConsole } from './pages/shell';

/** Checks shared by every screen: the page never scrolls (sideways or down), axe finds nothing. */
async function checkScreen(page: Page, label: string, violations: string[]) {
  expect(await horizontalOverflow(page), `${label}: horizontal scroll`).toBeLessThanOrEqual(0);
  expect(await verticalOverflow(page), `${label}: the page scrolls down`).toBeLessThanOrEqual(0);
  violations.push(...(await axeViolations(page, label)));
}

for (const size of SIZES) {
  test(`${size.width}×${size.height}: every screen fits, reads and passes axe`, async ({ page }) => {
    // Eight axe runs: each takes 10–20 s on a loaded 2-core machine (that, not the app, is why 90 s timed out).
    test.setTimeout(300_000);
    await page.setViewportSize(size);
    const consoleSeen = watchConsole(page);
    const violations: string[] = [];
    const phone = size.width < 768;
    const wide = size.width >= 1280;

    // The first screen: the canvas takes the room the panels leave, never 0 px.
    await page.goto('/');
    await expect(page.locator('.react-flow__node-az').first()).toBeVisible();
    expect(await visibleCanvasWidth(page)).toBeGreaterThanOrEqual(size.width * (phone ? 0.99 : 0.5));
    await checkScreen(page, 'first screen', violations);
    await page.getByRole('button', { name: /switch to dark theme/i }).or(page.getByRole('button', { name: /^Menu/ })).first().click();
    if (phone) await page.getByRole('menuitem', { name: 'Dark theme' }).click();
    await expect(page.locator('html')).toHaveClass(/dark/);
    await checkScreen(page, 'first screen, dark', violations);

    // A guided lab: its panel opens (docked, a drawer, or a bottom sheet) and the canvas keeps half the width.
    await page.goto('/#lab=elastic-ip');
    const labPanel = page.getByTestId('lab-panel');
    await expect(labPanel.getByRole('heading', { name: 'Elastic IPs: an address that stays' })).toBeVisible({ timeout: 20_000 });
    await expect(page.locator('.react-flow__node-instance').first()).toBeAttached();
    if (size.width >= 1024) expect(await visibleCanvasWidth(page)).toBeGreaterThanOrEqual(size.width / 2);
    await checkScreen(page, 'lab', violations);

    // The details panel: docked on a wide screen, else opened over the canvas from its button.
    if (!wide || (await page.getByTestId('details-panel').count()) === 0) {
      await page.getByRole('button', { name: 'Details', exact: true }).click();
    }
    await expect(page.getByTestId('details-panel')).toBeVisible();
    if (size.width >= 1024) expect(await visibleCanvasWidth(page)).toBeGreaterThanOrEqual(size.width / 2);
    await checkScreen(page, 'details', violations);
    if (!wide || (await page.getByRole('button', { name: 'Close the details panel' }).count()) > 0) {
      await page.getByRole('button', { name: 'Close the details panel' }).click();
    }

    // The course reader, opened by a course link, lands on its heading.
    await page.evaluate(() => (location.hash = '#course/elastic-ip-address'));
    const reader = page.getByTestId('course-reader');
    await expect(reader.getByRole('heading', { name: 'Elastic IP address' })).toBeFocused();
    await checkScreen(page, 'course reader', violations);
    await reader.getByRole('button', { name: 'Close the course' }).click();
    await expect(reader).toBeHidden();

    // The lab picker and the command palette.
    await page.getByRole('banner').getByRole('button', { name: 'Labs' }).click();
    await expect(page.getByRole('dialog', { name: 'Guided labs' })).toBeVisible();
    await checkScreen(page, 'lab picker', violations);
    await page.keyboard.press('Escape');
    await expect(page.getByRole('dialog', { name: 'Guided labs' })).toBeHidden();

    if (phone) {
      await page.getByRole('button', { name: /^Menu/ }).click();
      await expect(page.getByRole('menu')).toBeVisible();
      await checkScreen(page, 'menu', violations);
      await page.getByRole('menuitem', { name: 'All actions and commands' }).click();
    } else {
      await page.keyboard.press('Control+k');
    }
    await expect(page.getByTestId('command-palette')).toBeVisible();
    await checkScreen(page, 'command palette', violations);
    await page.keyboard.press('Escape');

    expect(violations).toEqual([]);
    expect(consoleSeen).toEqual([]);
  });
}
