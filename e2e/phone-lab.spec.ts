import { expect, test, type Page } from '@playwright/test';
import { horizontalOverflow, verticalOverflow, watchConsole } from './pages/shell';

/**
 * Readable everywhere (issue #12): a whole guided lab done on a 390 px touch phone, with taps only, through the phone
 * UI — the lab steps in a bottom sheet, the header menu, the command palette — and never "Show solution".
 */
test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

/**
 * Header menu → "All actions and commands" → the action → its parameters → Send. An accepted change closes the
 * palette; a read shows its response, which is returned (parsed) and the palette closed.
 */
async function runFromMenu(page: Page, type: string, params: Record<string, unknown>): Promise<any> {
  await page.getByRole('button', { name: /^Menu/ }).tap();
  await page.getByRole('menuitem', { name: 'All actions and commands' }).tap();
  const palette = page.getByTestId('command-palette');
  await palette.getByRole('combobox', { name: 'Search commands and AWS actions' }).fill(type);
  await palette.getByRole('option').filter({ hasText: type }).first().tap();
  const json = palette.getByLabel('Parameters (JSON, as in the AWS SDK)');
  const form = palette.getByRole('button', { name: 'Edit as JSON…' });
  await expect(json.or(form).first()).toBeVisible();
  if (type === 'sim:AdvanceTime') {
    // Its own form: a number of seconds and "Advance".
    await palette.getByRole('spinbutton', { name: 'Seconds' }).fill(String(params.Seconds));
    await palette.getByRole('button', { name: 'Advance', exact: true }).tap();
  } else {
    if (!(await json.isVisible())) await form.tap();
    await json.fill(JSON.stringify(params));
    await palette.getByRole('button', { name: `Send ${type}` }).tap();
  }
  const response = palette.getByRole('region', { name: 'Response' }).locator('pre');
  await expect(response.or(page.getByTestId('lab-panel')).or(page.getByRole('group', { name: 'Panels' })).first()).toBeVisible();
  let result: unknown = null;
  if (await response.isVisible()) {
    result = JSON.parse((await response.textContent()) ?? 'null');
    await page.keyboard.press('Escape');
  }
  await expect(palette).toBeHidden();
  return result;
}

/** The lab's bottom sheet, opened from its button when it was put away. */
async function labSheet(page: Page) {
  const panel = page.getByTestId('lab-panel');
  const button = page.getByRole('group', { name: 'Panels' }).getByRole('button', { name: 'Lab steps' });
  await expect(panel.or(button).first()).toBeVisible();
  if (!(await panel.isVisible())) await button.tap();
  await expect(panel).toBeVisible();
  return panel;
}

test('a learner finishes "Lose an AZ and keep serving" on a 390 px touch phone without Show solution', async ({ page }) => {
  test.setTimeout(180_000);
  const consoleSeen = watchConsole(page);
  await page.goto('/#lab=lose-an-az');
  let panel = await labSheet(page);
  await expect(panel.getByRole('heading', { name: 'Lose an AZ and keep serving' })).toBeVisible();
  // The canvas spans the phone's width; nothing scrolls sideways.
  const canvas = await page.locator('.react-flow').boundingBox();
  expect(canvas!.width).toBeGreaterThanOrEqual(385);
  expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);

  const step = (n: number) => panel.getByTestId('lab-step').nth(n - 1);
  await expect(step(1)).toHaveAttribute('data-state', 'current');
  await runFromMenu(page, 'sim:FailAvailabilityZone', { AvailabilityZone: 'us-east-1a' });
  panel = await labSheet(page);
  await expect(step(1)).toHaveAttribute('data-state', 'done');

  await runFromMenu(page, 'sim:AdvanceTime', { Seconds: 90 });
  const { LoadBalancers } = await runFromMenu(page, 'elasticloadbalancing:DescribeLoadBalancers', {});
  await runFromMenu(page, 'sim:SendTraffic', { LoadBalancerArn: LoadBalancers[0].LoadBalancerArn, Requests: 1000 });
  panel = await labSheet(page);
  await expect(step(2)).toHaveAttribute('data-state', 'done');

  await runFromMenu(page, 'sim:RestoreAvailabilityZone', { AvailabilityZone: 'us-east-1a' });
  await runFromMenu(page, 'sim:AdvanceTime', { Seconds: 120 });
  panel = await labSheet(page);
  const summary = panel.getByTestId('lab-summary');
  await expect(summary.getByRole('heading', { name: 'Lab complete' })).toBeVisible({ timeout: 15_000 });
  await expect(summary).not.toContainText('try the lab again on your own');
  expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
  expect(await verticalOverflow(page)).toBeLessThanOrEqual(0);
  expect(consoleSeen).toEqual([]);
});
