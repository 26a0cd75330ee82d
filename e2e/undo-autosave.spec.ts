import { expect, test } from './pages/lab-page';

const AUTOSAVE = 'ec2-lab:autosave:v1';
const CORRUPT = 'ec2-lab:autosave:corrupt';

test.describe('undo and redo', () => {
  test('with the keyboard and with the header buttons', async ({ lab, page }) => {
    await lab.goto();
    const ui = lab.commands;
    await expect(ui.undoButton).toBeDisabled();
    await expect(ui.redoButton).toBeDisabled();

    await ui.openFromToolbar('VPC');
    await ui.submitAccepted('Create VPC');
    await ui.openFromToolbar('Subnet');
    await ui.submitAccepted('Create subnet');
    expect(await ui.subnets()).toHaveLength(1);

    await page.keyboard.press('Control+z');
    expect(await ui.subnets()).toHaveLength(0);
    await expect(ui.redoButton).toBeEnabled();
    await page.keyboard.press('Control+Shift+Z');
    expect(await ui.subnets()).toHaveLength(1);

    await ui.undoButton.click();
    await ui.undoButton.click();
    expect(await ui.vpcs()).toHaveLength(0);
    await expect(ui.undoButton).toBeDisabled();
    await ui.redoButton.click();
    expect(await ui.vpcs()).toHaveLength(1);
    await page.keyboard.press('Control+y');
    expect(await ui.subnets()).toHaveLength(1);
    await expect(ui.redoButton).toBeDisabled();
    await expect(ui.timelineEntry('Redid ec2:CreateSubnet')).toBeVisible();
  });

  test('Ctrl+Z inside a text field edits the text, not the world', async ({ lab, page }) => {
    await lab.goto();
    const ui = lab.commands;
    await ui.openFromToolbar('VPC');
    await ui.submitAccepted('Create VPC');
    await ui.openFromToolbar('VPC');
    await ui.field('Name tag (optional)').fill('web');
    await page.keyboard.press('Control+z');
    await page.keyboard.press('Escape');
    expect(await ui.vpcs()).toHaveLength(1);
  });
});

test.describe('autosave', () => {
  test('a reload restores the world, the lens and the positions exactly', async ({ lab, page }) => {
    await lab.goto();
    const ui = lab.commands;
    await ui.openFromToolbar('VPC');
    await ui.submitAccepted('Create VPC');
    await ui.openFromToolbar('Subnet');
    await ui.submitAccepted('Create subnet');
    await ui.openFromToolbar('Instance');
    await ui.submitAccepted('Launch');
    await ui.lensButton('Physical').click();
    await expect.poll(async () => JSON.parse((await ui.autosave()) ?? '{}').lens).toBe('physical');
    // A box the learner moved (the canvas writes positions; here they are put in the save directly).
    await page.evaluate((key) => {
      const doc = JSON.parse(localStorage.getItem(key)!);
      doc.positions = { 'az:us-east-1b': { x: 412.5, y: 96 } };
      localStorage.setItem(key, JSON.stringify(doc));
    }, AUTOSAVE);
    const saved = JSON.parse((await ui.autosave())!);
    const subnets = await ui.subnets();

    await page.reload();
    await expect(lab.viewport).toBeVisible();
    await expect(ui.lensButton('Physical')).toHaveAttribute('aria-pressed', 'true');
    expect(await ui.subnets()).toEqual(subnets);
    const { Reservations } = await ui.read('ec2:DescribeInstances');
    expect(Reservations).toHaveLength(1);

    // Switching the lens back and forth saves again: the world written is the one that was there, byte for byte.
    await ui.lensButton('Network').click();
    await ui.lensButton('Physical').click();
    await expect.poll(async () => JSON.parse((await ui.autosave()) ?? '{}').savedAt).not.toBe(saved.savedAt);
    const again = JSON.parse((await ui.autosave())!);
    expect(JSON.stringify(again.world)).toBe(JSON.stringify(saved.world));
    expect(again.positions).toEqual({ 'az:us-east-1b': { x: 412.5, y: 96 } });
    await expect(ui.autosaveBanner).toBeHidden();
  });

  test('a damaged save shows a banner, is kept, and is not overwritten until the learner acts', async ({ lab, page }) => {
    const damaged = '{"format":"ec2-lab-autosave","version":1,"savedAt":"x","world":{"vpcs":"oops"}}';
    await page.addInitScript(
      ([key, text]) => {
        if (sessionStorage.getItem('seeded')) return;
        sessionStorage.setItem('seeded', '1');
        localStorage.setItem(key!, text!);
      },
      [AUTOSAVE, damaged],
    );
    await lab.goto();
    const ui = lab.commands;
    await expect(ui.autosaveBanner).toBeVisible();
    await expect(ui.autosaveBanner).toContainText('could not be restored');
    await expect(ui.autosaveBanner).toContainText(CORRUPT);
    expect(await ui.autosave(CORRUPT)).toBe(damaged);

    // Working on does not overwrite the damaged save while the banner is up.
    await ui.openFromToolbar('VPC');
    await ui.submitAccepted('Create VPC');
    await page.waitForTimeout(800);
    expect(await ui.autosave()).toBe(damaged);

    await ui.autosaveBanner.getByRole('button', { name: 'Start fresh and resume autosave' }).click();
    await expect(ui.autosaveBanner).toBeHidden();
    await expect.poll(async () => (await ui.autosave())?.includes('"10.0.0.0/16"')).toBe(true);
    expect(await ui.autosave(CORRUPT)).toBe(damaged);

    await page.reload();
    await expect(lab.viewport).toBeVisible();
    await expect(ui.autosaveBanner).toBeHidden();
    expect(await ui.vpcs()).toHaveLength(1);
  });
});
