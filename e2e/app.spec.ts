import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './pages/lab-page';

test.describe('first screen', () => {
  test('shows the header, the home region and its three AZs', async ({ lab, page }) => {
    await lab.goto();
    await expect(page).toHaveTitle('ec2-lab — learn how Amazon EC2 really works');
    await expect(lab.title).toHaveText('ec2-lab');

    const region = lab.region('us-east-1');
    await expect(region).toBeVisible();
    await expect(region.getByRole('heading', { name: 'us-east-1', exact: true })).toBeVisible();

    for (const [zoneName, zoneId] of [
      ['us-east-1a', 'use1-az1'],
      ['us-east-1b', 'use1-az2'],
      ['us-east-1c', 'use1-az4'],
    ] as const) {
      const zone = lab.zone(zoneName);
      await expect(zone).toBeVisible();
      await expect(zone.getByRole('heading', { name: zoneName, exact: true })).toBeVisible();
      await expect(zone.getByText(zoneId, { exact: true })).toBeVisible();
    }
    await expect(lab.emptyHint).toBeVisible();
  });

  test('lays the three AZs out side by side inside the region, within 1280×720', async ({ lab }) => {
    await lab.goto();
    const region = (await lab.region('us-east-1').boundingBox())!;
    const boxes = await Promise.all(['a', 'b', 'c'].map(async (z) => (await lab.zone(`us-east-1${z}`).boundingBox())!));
    for (const [i, box] of boxes.entries()) {
      expect(box.x).toBeGreaterThanOrEqual(region.x);
      expect(box.x + box.width).toBeLessThanOrEqual(region.x + region.width + 1);
      expect(box.y).toBeGreaterThan(region.y);
      if (i > 0) expect(box.x).toBeGreaterThan(boxes[i - 1]!.x + boxes[i - 1]!.width);
      expect(Math.abs(box.y - boxes[0]!.y)).toBeLessThan(1);
    }
    expect(region.x).toBeGreaterThanOrEqual(0);
    expect(region.x + region.width).toBeLessThanOrEqual(1280);
    expect(region.y + region.height).toBeLessThanOrEqual(720);
  });

  test('has no serious or critical accessibility violations', async ({ lab, page }) => {
    await lab.goto();
    await expect(lab.zone('us-east-1c')).toBeVisible();
    for (const dark of [false, true]) {
      if ((await lab.isDark()) !== dark) await lab.toggleTheme();
      const results = await new AxeBuilder({ page }).analyze();
      const bad = results.violations
        .filter((v) => v.impact === 'serious' || v.impact === 'critical')
        .map((v) => `${dark ? 'dark' : 'light'}: ${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
      expect(bad).toEqual([]);
    }
  });
});

test.describe('theme', () => {
  test('the toggle adds and removes the dark class on <html>', async ({ lab, page }) => {
    await lab.goto();
    expect(await lab.isDark()).toBe(false);
    await expect(lab.themeToggle).toHaveAccessibleName('Switch to dark theme');

    await lab.toggleTheme();
    await expect(page.locator('html')).toHaveClass(/(^|\s)dark(\s|$)/);
    await expect(lab.themeToggle).toHaveAccessibleName('Switch to light theme');
    await expect(lab.canvas).toHaveClass(/(^|\s)dark(\s|$)/);

    await lab.toggleTheme();
    await expect(page.locator('html')).not.toHaveClass(/(^|\s)dark(\s|$)/);
  });

  test('the choice survives a reload', async ({ lab, page }) => {
    await lab.goto();
    await lab.toggleTheme();
    await expect(page.locator('html')).toHaveClass(/(^|\s)dark(\s|$)/);
    expect(await page.evaluate(() => localStorage.getItem('ec2-lab:theme'))).toBe('dark');
    await page.reload();
    await expect(lab.viewport).toBeVisible();
    expect(await lab.isDark()).toBe(true);
  });

  test.describe('with a dark OS', () => {
    test.use({ colorScheme: 'dark' });

    test('follows prefers-color-scheme until the learner chooses', async ({ lab }) => {
      await lab.goto();
      expect(await lab.isDark()).toBe(true);
    });

    test('ignores a stored value that is not a theme', async ({ lab, page }) => {
      await page.addInitScript(() => localStorage.setItem('ec2-lab:theme', '{"evil":true}'));
      await lab.goto();
      expect(await lab.isDark()).toBe(true);
      await expect(lab.themeToggle).toHaveAccessibleName('Switch to light theme');
    });
  });
});
