import { expect, test } from './pages/lab-page';

test.describe('drag to attach', () => {
  test('an interface dropped on an instance in its own AZ is attached: the eth1 chip appears', async ({ lab }) => {
    const canvas = lab.canvasView;
    await canvas.open();
    const t = await canvas.buildClassroom();
    await expect(canvas.node(t.eniA)).toBeVisible();

    await canvas.drag(t.eniA, t.web, async () => {
      await expect(canvas.node(t.web)).toContainText('✓ can attach');
      await expect(canvas.node(t.db)).toContainText('✕ us-east-1a → us-east-1b');
      await expect(canvas.dropStatus).toContainText(`Release to attach ${t.eniA} to ${t.web}`);
    });

    await expect(canvas.node(t.eniA)).toContainText('eth1');
    expect((await canvas.resource('networkInterfaces', t.eniA)).attachment).toMatchObject({ instanceId: t.web, deviceIndex: 1 });
    await expect(canvas.node(t.eniA)).toHaveAttribute('aria-label', new RegExp(`eth1 of ${t.web}`));
    await expect(lab.commands.explanationCard).toBeHidden();
  });

  test('across AZs the drop is refused: InvalidParameterCombination on screen, the interface snaps back', async ({ lab }) => {
    const canvas = lab.canvasView;
    await canvas.open();
    const t = await canvas.buildClassroom();
    const before = await canvas.flowPosition(t.eniB);

    await canvas.drag(t.eniB, t.web, async () => {
      await expect(canvas.node(t.web)).toContainText('✕ us-east-1b → us-east-1a');
      await expect(canvas.dropStatus).toContainText('InvalidParameterCombination');
      // The whole refusal is readable while dragging: nothing clipped.
      const clipped = await canvas.dropStatus.evaluate((el) => el.scrollHeight > el.clientHeight + 1 || el.scrollWidth > el.clientWidth + 1);
      expect(clipped).toBe(false);
      const text = (await canvas.dropStatus.innerText()).trim();
      expect(text).not.toMatch(/(…|\.\.\.)$/);
      expect(text).toMatch(/not in the same availability zone \(network interface eni-[0-9a-f]+, instance i-[0-9a-f]+\)$/);
    });

    await expect(lab.commands.explanationCard).toBeVisible();
    await expect(lab.commands.explanationCard).toContainText('InvalidParameterCombination');
    expect((await canvas.resource('networkInterfaces', t.eniB)).attachment).toBeUndefined();
    await expect(canvas.node(t.eniB)).toContainText('detached');
    expect(await canvas.flowPosition(t.eniB)).toEqual(before);
  });

  test('a volume goes onto an instance of its AZ at the next free device; an Elastic IP onto an instance', async ({ lab }) => {
    const canvas = lab.canvasView;
    await canvas.open();
    const t = await canvas.buildClassroom();

    await canvas.drag(t.volB, t.db);
    await expect(canvas.node(t.volB)).toContainText('/dev/sdf');
    expect((await canvas.resource('volumes', t.volB)).attachment).toMatchObject({ instanceId: t.db, device: '/dev/sdf' });

    const eip = await canvas.resource('addresses', t.eip);
    await canvas.drag(t.eip, t.app);
    await expect(canvas.node(t.app)).toContainText(eip.publicIp);
    await expect(canvas.node(t.app)).toContainText('EIP');
  });

  test('keyboard only: select the interface in the tree, press A, pick a target with the arrows and Enter', async ({ lab, page }) => {
    const canvas = lab.canvasView;
    await canvas.open();
    const t = await canvas.buildClassroom();
    await canvas.showTree();

    await canvas.treeItem('region:us-east-1').focus();
    // walk down the tree to the detached interface of us-east-1a with the arrow keys
    for (let i = 0; i < 40; i++) {
      if ((await page.evaluate(() => document.activeElement?.getAttribute('data-id'))) === t.eniA) break;
      await page.keyboard.press('ArrowDown');
    }
    await expect(canvas.treeItem(t.eniA)).toBeFocused();
    await expect(canvas.treeItem(t.eniA)).toHaveAttribute('aria-selected', 'true');
    await expect(canvas.node(t.eniA).locator('[data-selected]')).toBeVisible();

    await page.keyboard.press('a');
    await expect(canvas.attachDialog).toBeVisible();
    const options = canvas.attachDialog.getByRole('option');
    await expect(options).toHaveCount(3);
    await expect(options.nth(0)).toContainText('Can attach');
    await expect(options.nth(2)).toContainText('InvalidParameterCombination (us-east-1a → us-east-1b)');
    await expect(canvas.attachDialog.getByRole('listbox')).toBeFocused();

    await page.keyboard.press('ArrowDown');
    await expect(options.nth(1)).toHaveAttribute('aria-selected', 'true');
    await page.keyboard.press('Enter');
    await expect(canvas.attachDialog).toBeHidden();
    const attached = (await canvas.resource('networkInterfaces', t.eniA)).attachment;
    expect([t.web, t.app]).toContain(attached.instanceId);
    await expect(canvas.node(t.eniA)).toContainText('eth1');
  });

  test('the attach menu from the keyboard also lists refused targets, and choosing one shows the explanation', async ({ lab, page }) => {
    const canvas = lab.canvasView;
    await canvas.open();
    const t = await canvas.buildClassroom();
    await canvas.clickNode(t.volA);
    await page.keyboard.press('a');
    const options = canvas.attachDialog.getByRole('option');
    await expect(options).toHaveCount(3);
    await page.keyboard.press('End');
    await expect(options.nth(2)).toContainText('InvalidVolume.ZoneMismatch');
    await page.keyboard.press('Enter');
    await expect(lab.commands.explanationCard).toContainText('InvalidVolume.ZoneMismatch');
    expect((await canvas.resource('volumes', t.volA)).attachment).toBeUndefined();
  });
});
