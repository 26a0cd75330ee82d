import { expect, test } from './pages/lab-page';
import { LabsUi } from './pages/labs';

test.describe('an autosave that tells', () => {
  test('storage full: a warning at once, with "Download your work"', async ({ lab, page }) => {
    await page.addInitScript(() => {
      const real = Storage.prototype.setItem;
      Storage.prototype.setItem = function (key: string, value: string) {
        if (key === 'ec2-lab:autosave:v1') throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
        return real.call(this, key, value);
      };
    });
    await lab.goto();
    const ui = lab.commands;
    await ui.openFromToolbar('VPC');
    await ui.submitAccepted('Create VPC');
    const banner = page.getByTestId('save-failed-banner');
    await expect(banner).toBeVisible();
    await expect(banner).toContainText('not being saved');
    const download = page.waitForEvent('download');
    await banner.getByRole('button', { name: 'Download your work' }).click();
    expect((await download).suggestedFilename()).toMatch(/\.json$/);
  });

  test('two tabs: the older one says the lab changed in another tab, and keeps its work until asked', async ({ lab, page, context }) => {
    await lab.goto();
    const other = await context.newPage();
    await other.goto('/');
    await expect(other.locator('.react-flow__viewport')).toBeVisible();
    const ui = lab.commands;
    await ui.openFromToolbar('VPC');
    await ui.submitAccepted('Create VPC');
    const warning = other.getByTestId('other-tab-banner');
    await expect(warning).toBeVisible();
    await expect(warning).toContainText('changed in another tab');
    await warning.getByRole('button', { name: 'Keep this one' }).click();
    await expect(warning).toBeHidden();
    await expect(page.getByTestId('other-tab-banner')).toBeVisible();
    await other.close();
  });

  test('a reload keeps undo and the timeline', async ({ lab, page }) => {
    await lab.goto();
    const ui = lab.commands;
    await ui.openFromToolbar('VPC');
    await ui.submitAccepted('Create VPC');
    await ui.openFromToolbar('Subnet');
    await ui.submitAccepted('Create subnet');
    await expect.poll(async () => (await ui.autosave())?.includes('"history"')).toBe(true);
    await page.waitForTimeout(600);
    await page.reload();
    await expect(lab.viewport).toBeVisible();
    await expect(ui.undoButton).toBeEnabled();
    await expect(ui.timelineEntry('Create subnet')).toBeVisible();
    await ui.undoButton.click();
    expect(await ui.subnets()).toHaveLength(0);
    expect(await ui.vpcs()).toHaveLength(1);
  });
});

test.describe('every open over work asks', () => {
  test('a link opened during a guided lab asks first; staying keeps the lab', async ({ lab, page }) => {
    const labs = new LabsUi(page);
    await labs.openAndStart('ebs-move');
    await lab.commands.read('ec2:DescribeVolumes');
    await page.evaluate(() => (location.hash = 'lab=elastic-ip'));
    await expect(labs.confirmDialog).toBeVisible();
    await labs.confirm('Stay in the lab');
    await expect(page.getByTestId('link-error')).toContainText('stayed-in-lab');
    await expect(labs.title).not.toHaveText(/Elastic IP/);
    await page.evaluate(() => (location.hash = 'lab=public-ipv4'));
    await labs.confirm('Open the link');
    await expect(labs.title).toHaveText(/public IPv4/i);
  });
});
