import AxeBuilder from '@axe-core/playwright';
import type { Locator } from '@playwright/test';
import { expect, test } from './pages/lab-page';

/** Screenshots for the README are retaken with SCREENSHOTS=1 (they are documentation, not assertions). */
const screenshots = !!process.env.SCREENSHOTS;

async function inside(inner: Locator, outer: Locator) {
  const a = (await inner.boundingBox())!;
  const b = (await outer.boundingBox())!;
  expect(a.x).toBeGreaterThanOrEqual(b.x - 0.5);
  expect(a.y).toBeGreaterThanOrEqual(b.y - 0.5);
  expect(a.x + a.width).toBeLessThanOrEqual(b.x + b.width + 0.5);
  expect(a.y + a.height).toBeLessThanOrEqual(b.y + b.height + 0.5);
}

test.describe('network lens', () => {
  test('draws Region ⊃ VPC ⊃ AZ column ⊃ subnet ⊃ instances, with interfaces, volumes, Elastic IPs where they live', async ({ lab, page }) => {
    const canvas = lab.canvasView;
    await canvas.open();
    const t = await canvas.buildClassroom();
    await canvas.settle();

    const zoneA = canvas.node(`zone:${t.vpc}:us-east-1a`);
    await inside(canvas.node(t.vpc), canvas.node('region:us-east-1'));
    await inside(zoneA, canvas.node(t.vpc));
    await inside(canvas.node(t.subnetA), zoneA);
    await inside(canvas.node(t.web), canvas.node(t.subnetA));
    await inside(canvas.node(t.db), canvas.node(t.subnetB));
    await inside(canvas.node(t.eniA), canvas.node(t.subnetA));
    await inside(canvas.node(t.volA), canvas.node('az:us-east-1a'));
    await inside(canvas.node(t.eip), canvas.node('shelf:us-east-1'));

    const web = canvas.node(t.web);
    await expect(web).toContainText('running');
    await expect(web).toContainText('t3.micro');
    await expect(web).toContainText(/Public \d+\.\d+\.\d+\.\d+/);
    await expect(web.locator('[data-state="running"]')).toBeVisible();
    await expect(canvas.node(t.igw)).toContainText('Internet gateway');
    const eth0 = await page.evaluate((id) => {
      const world = (window as any).__labStore.getState().world;
      return world.networkInterfaces.values().find((e: any) => e.attachment?.instanceId === id).id;
    }, t.web);
    await inside(canvas.node(eth0), web);
    await expect(canvas.node(eth0)).toContainText('eth0');
    if (screenshots) await page.screenshot({ path: 'docs/screenshot-network.png' });
  });

  test('stop and start from the inspector: the instance comes back with a new public IPv4', async ({ lab }) => {
    const canvas = lab.canvasView;
    await canvas.open();
    const t = await canvas.buildClassroom();
    await canvas.clickNode(t.web);
    const publicIp = canvas.field('Public IPv4');
    await expect(publicIp).toHaveText(/^\d+\.\d+\.\d+\.\d+$/);
    const before = await publicIp.textContent();
    await expect(canvas.field('State')).toHaveText('running');

    await canvas.inspector.getByRole('button', { name: 'Stop', exact: true }).click();
    await expect(canvas.field('State')).toHaveText('stopped');
    await expect(publicIp).toHaveText('—');
    await expect(canvas.node(t.web).locator('[data-state="stopped"]')).toBeVisible();

    await canvas.inspector.getByRole('button', { name: 'Start', exact: true }).click();
    await expect(canvas.field('State')).toHaveText('running');
    await expect(publicIp).toHaveText(/^\d+\.\d+\.\d+\.\d+$/);
    expect(await publicIp.textContent()).not.toBe(before);
    await expect(canvas.node(t.web)).toContainText(`Public ${await publicIp.textContent()}`);
  });

  test('termination protection is a switch; with it on, Terminate is refused and explained', async ({ lab }) => {
    const canvas = lab.canvasView;
    await canvas.open();
    const t = await canvas.buildClassroom();
    await canvas.clickNode(t.db);
    const protection = canvas.inspector.getByRole('switch', { name: 'Termination protection' });
    await expect(protection).toHaveAttribute('aria-checked', 'false');
    await protection.click();
    await expect(protection).toHaveAttribute('aria-checked', 'true');
    await canvas.inspector.getByRole('button', { name: 'Terminate' }).click();
    await expect(lab.commands.explanationCard).toContainText('OperationNotPermitted');
    await expect(canvas.field('State')).toHaveText('running');
  });

  test('a free card dropped on empty space in its own subnet stays there; the world does not change', async ({ lab, page }) => {
    const canvas = lab.canvasView;
    await canvas.open();
    const t = await canvas.buildClassroom();
    await canvas.settle();
    const before = await canvas.flowPosition(t.eniA);
    const history = () => page.evaluate(() => (window as any).__labStore.getState().past.length as number);
    const steps = await history();
    const card = (await canvas.node(t.eniA).boundingBox())!;
    await page.mouse.move(card.x + card.width / 2, card.y + card.height / 2);
    await page.mouse.down();
    for (let i = 1; i <= 5; i++) await page.mouse.move(card.x + card.width / 2 + i * 12, card.y + card.height / 2);
    await page.mouse.up();
    await expect.poll(() => canvas.flowPosition(t.eniA)).not.toBe(before);
    expect(await history()).toBe(steps);
    expect(await page.evaluate((id) => (window as any).__labStore.getState().positions[id], t.eniA)).toBeTruthy();
  });

  test('the tree and the canvas share one selection', async ({ lab, page }) => {
    const canvas = lab.canvasView;
    await canvas.open();
    const t = await canvas.buildClassroom();
    await canvas.showTree();
    await canvas.treeItem(t.db).click();
    await expect(canvas.treeItem(t.db)).toHaveAttribute('aria-selected', 'true');
    await expect(canvas.node(t.db).locator('[data-selected]')).toBeVisible();

    await canvas.clickNode(t.volB);
    await expect(canvas.treeItem(t.volB)).toHaveAttribute('aria-selected', 'true');
    await expect(canvas.treeItem(t.db)).toHaveAttribute('aria-selected', 'false');

    await canvas.treeItem(t.volB).focus();
    await page.keyboard.press('ArrowLeft');
    await expect(canvas.treeItem('az:us-east-1b')).toBeFocused();
    await expect(canvas.node('az:us-east-1b').locator('[data-selected]')).toBeVisible();
  });

  test('a built world has no serious or critical accessibility violations, light and dark', async ({ lab, page }) => {
    const canvas = lab.canvasView;
    await canvas.open();
    const t = await canvas.buildClassroom();
    await canvas.clickNode(t.web);
    for (const dark of [false, true]) {
      if ((await lab.isDark()) !== dark) await lab.toggleTheme();
      const results = await new AxeBuilder({ page }).include('.react-flow').include('[role="tabpanel"]').analyze();
      const bad = results.violations
        .filter((v) => v.impact === 'serious' || v.impact === 'critical')
        .map((v) => `${dark ? 'dark' : 'light'}: ${v.id}: ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`);
      expect(bad).toEqual([]);
    }
  });
});

test.describe('physical lens', () => {
  test('shows instances on EC2 hosts in their AZ, stopped ones on no host, EBS as network storage', async ({ lab, page }) => {
    const canvas = lab.canvasView;
    await canvas.open();
    const t = await canvas.buildClassroom();
    await page.evaluate((id) => (window as any).__labStore.getState().dispatch({ type: 'ec2:StopInstances', params: { InstanceIds: [id] } }), t.app);
    await lab.commands.lensButton('Physical').click();
    await canvas.settle();

    const host = page.locator('.react-flow__node-host').filter({ has: page.locator(`text=${t.web}`) });
    await expect(host).toHaveCount(0); // instances are nodes of their own, drawn over their host
    const hostOfWeb = await page.evaluate((id) => {
      const s = (window as any).__labStore.getState();
      return s.dryRun({ type: 'sim:HostOf', params: { InstanceId: id } }).response.HostId;
    }, t.web);
    await expect(canvas.node(`host:${hostOfWeb}`)).toContainText(hostOfWeb);
    await inside(canvas.node(t.web), canvas.node(`host:${hostOfWeb}`));
    await inside(canvas.node(`host:${hostOfWeb}`), canvas.node('az:us-east-1a'));
    await inside(canvas.node(t.app), canvas.node('idle:us-east-1a'));
    await inside(canvas.node(t.volA), canvas.node('ebs:us-east-1a'));
    await expect(page.locator('.react-flow__edge')).not.toHaveCount(0);
    const eth0 = canvas.node(t.web).locator('xpath=..').locator('.react-flow__node-eni');
    await expect(eth0.first()).toBeAttached();
    if (screenshots) await page.screenshot({ path: 'docs/screenshot-physical.png' });

    await lab.commands.lensButton('Network').click();
    await expect(canvas.node(t.subnetA)).toBeVisible();
  });
});
