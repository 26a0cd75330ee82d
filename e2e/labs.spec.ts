import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { LabsUi } from './pages/labs';
import { SharePage } from './pages/share';
import { expect, test, type LabPage } from './pages/lab-page';

const screenshots = !!process.env.SCREENSHOTS;

const EBS_MOVE = 'Move an EBS volume to another Availability Zone';

/** ebs-move with its first step done (the data volume detached): where the reload and share tests begin. */
async function ebsMoveAfterDetach(lab: LabPage, labs: LabsUi) {
  const refs = await labs.openAndStart('ebs-move');
  await lab.canvasView.pressInInspector(refs.data!, 'Detach');
  await labs.expectStepDone(1);
}

/** Sends an action through the palette's JSON form (actions without a form of their own). */
async function sendJson(page: Page, type: string, params: Record<string, unknown>) {
  const palette = page.getByTestId('command-palette');
  if (!(await palette.isVisible())) await page.keyboard.press('Control+k');
  await palette.getByRole('combobox', { name: 'Search commands and AWS actions' }).fill(type);
  await page.keyboard.press('Enter');
  await palette.getByLabel('Parameters (JSON, as in the AWS SDK)').fill(JSON.stringify(params));
  await palette.getByRole('button', { name: `Send ${type}` }).click();
}

test.describe('guided labs', () => {
  test('ebs-move as a learner: detach, a refusal, snapshot, restore in the new AZ; summary and done mark', async ({ lab, page }) => {
    const labs = new LabsUi(page);
    const ui = lab.commands;
    const view = lab.canvasView;
    const refs = await labs.openAndStart('ebs-move', EBS_MOVE);
    await labs.expectCurrentStep(1, 'Free the volume');
    await expect(labs.goalCount).toHaveText('0 of 4 goals');

    // 1. Detach the data volume from the inspector.
    await view.pressInInspector(refs.data!, 'Detach');
    await labs.expectStepDone(1);
    await expect(labs.why).toContainText('A volume attaches to one instance at a time');
    await labs.expectCurrentStep(2, 'Straight across?');

    // 2. Try to attach it to the new server, in the other AZ: refused.
    await ui.openFromToolbar('Attach volume');
    await ui.field('Volume').selectOption(refs.data!);
    await ui.field('Instance').selectOption(refs.new!);
    await ui.submitButton('Attach').click();
    await expect(ui.palette.getByTestId('explanation-card')).toContainText('InvalidVolume.ZoneMismatch');
    await page.keyboard.press('Escape');
    await page.keyboard.press('Escape');
    await labs.expectStepDone(2);

    // 3. Snapshot it from the inspector.
    await view.pressInInspector(refs.data!, 'Create snapshot');
    await labs.expectStepDone(3);

    // 4. Restore it in us-east-1b and attach it to the new server.
    await ui.openFromToolbar('Volume');
    await ui.field('Availability Zone').selectOption('us-east-1b');
    await ui.field('Size (GiB)').fill('20'); // not smaller than the snapshot
    const snapshot = ui.field('From snapshot (optional)');
    const snapshotId = await snapshot.locator('option[value^="snap-"]').first().getAttribute('value');
    await snapshot.selectOption(snapshotId!);
    await ui.submitAccepted('Create volume');
    const moved = await page.evaluate(() => (window as any).__labStore.getState().selection as string);
    expect(moved).toMatch(/^vol-/);
    await ui.openFromToolbar('Attach volume');
    await ui.field('Volume').selectOption(moved);
    await ui.field('Instance').selectOption(refs.new!);
    await ui.submitAccepted('Attach');

    await labs.expectComplete();
    await expect(labs.goalCount).toHaveText('4 of 4 goals');
    await expect(labs.summary.getByTestId('lab-summary-actions')).toContainText('5 sent · the reference solution takes 5');
    const refusals = labs.summary.getByTestId('lab-summary-refusals');
    await expect(refusals).toContainText('InvalidVolume.ZoneMismatch');
    await expect(refusals).toContainText('part of the lab');
    await expect(refusals.getByRole('link', { name: /^Teaches: EC2 Architecture and Resilience/ })).toBeVisible();
    await expect.poll(() => labs.doneMarks()).toHaveProperty('ebs-move');

    // The picker shows the done mark.
    await labs.openPicker();
    await expect(labs.card('ebs-move')).toContainText('Done');
    await expect(labs.picker.getByTestId('labs-done-count')).toHaveText(/^1 of \d+ done$/);
  });

  test('public-ipv4 as a learner: a public address, reboot keeps it, stop/start changes it, DNS inside and out', async ({ lab, page }) => {
    const labs = new LabsUi(page);
    const ui = lab.commands;
    const view = lab.canvasView;
    const refs = await labs.openAndStart('public-ipv4', 'The life of a public IPv4 address');

    // 1. The subnet hands out public addresses; launch into it.
    await view.select(refs.app!);
    await view.inspector.getByRole('switch', { name: 'Public IPv4 on launch' }).click();
    await ui.openFromToolbar('Instance');
    await ui.field('Subnet').selectOption(refs.app!);
    await ui.submitAccepted('Launch');
    await labs.expectStepDone(1);
    const instance = await page.evaluate(() => (window as any).__labStore.getState().selection as string);
    expect(instance).toMatch(/^i-/);

    if (screenshots) {
      // docs/screenshot-lab.png: step 1 done with its "why", step 2 with a hint, the new instance on the canvas.
      await page.setViewportSize({ width: 1600, height: 900 });
      // beside the docked lab panel the details panel is a drawer over the canvas: put away for the picture
      const closeDetails = page.getByRole('button', { name: 'Close the details panel' });
      if (await closeDetails.isVisible()) await closeDetails.click();
      await labs.showHint();
      await page.getByTestId('lab-steps').evaluate((el) => el.parentElement?.scrollTo({ top: 0 }));
      await page.getByRole('button', { name: 'Fit all (F)' }).click();
      await page.waitForTimeout(900);
      await page.screenshot({ path: 'docs/screenshot-lab.png' });
      await lab.toggleTheme();
      await page.waitForTimeout(300);
      await page.screenshot({ path: 'docs/screenshot-lab-dark.png' });
      await lab.toggleTheme();
      await page.setViewportSize({ width: 1280, height: 720 });
    }

    // 2. Reboot: the address stays.  3. Stop and start: a new one.
    await view.select(instance);
    const publicIp = view.field('Public IPv4');
    const first = await publicIp.textContent();
    await view.inspectorButton('Reboot').click();
    await labs.expectStepDone(2);
    await expect(publicIp).toHaveText(first!);
    await view.inspectorButton('Stop').click();
    await view.inspectorButton('Start').click();
    await labs.expectStepDone(3);
    await expect(publicIp).not.toHaveText(first!);

    // 4. and 5. Resolve the private and the public DNS name, inside the VPC and from the internet.
    const described = await ui.read('ec2:DescribeInstances', { InstanceIds: [instance] });
    const { PrivateDnsName, PublicDnsName } = described.Reservations[0].Instances[0];
    await labs.expectCurrentStep(4, 'The private DNS name');
    for (const [name, step] of [
      [PrivateDnsName, 4],
      [PublicDnsName, 5],
    ] as const) {
      await ui.read('sim:ResolveDns', { Name: name, From: 'inside-vpc', VpcId: refs.vpc });
      await ui.read('sim:ResolveDns', { Name: name, From: 'internet' });
      await labs.expectStepDone(step);
    }
    await labs.expectComplete();
    await expect(labs.goalCount).toHaveText('7 of 7 goals');

    // Check your understanding: a wrong answer explains itself, then the right one.
    await lab.canvasView.closeDetailsDrawer();
    const questions = labs.panel.getByTestId('lab-questions');
    await questions.getByRole('radio', { name: 'A reboot' }).check();
    await expect(questions).toContainText('A reboot keeps the host and the address.');
    await questions.getByRole('radio', { name: 'A stop and start' }).check();
    await expect(questions).toContainText('The stop releases the address; the start takes a new one.');
  });

  test('protection-shutdown as a learner: protection on, terminate refused, OS shutdowns stop, then terminate', async ({ lab, page }) => {
    const labs = new LabsUi(page);
    const ui = lab.commands;
    const view = lab.canvasView;
    const refs = await labs.openAndStart('protection-shutdown', 'Termination protection and shutdown behaviour');
    /** A shutdown from inside the OS of the prod instance, through the palette's sim:GuestShutdown form. */
    const guestShutdown = async () => {
      await ui.runCommand('sim:GuestShutdown');
      await ui.field('Instance').selectOption(refs.prod!);
      await ui.submitAccepted('Shut down');
    };

    await view.select(refs.prod!);
    await view.inspector.getByRole('switch', { name: 'Termination protection' }).click();
    await labs.expectStepDone(1);

    await view.inspectorButton('Terminate').click();
    await expect(ui.explanationCard).toContainText('OperationNotPermitted');
    await page.keyboard.press('Escape');
    await labs.expectStepDone(2);

    await guestShutdown();
    await labs.expectStepDone(3);

    await view.pressInInspector(refs.prod!, 'Start');
    await sendJson(page, 'ec2:ModifyInstanceAttribute', { InstanceId: refs.prod, InstanceInitiatedShutdownBehavior: { Value: 'terminate' } });
    await expect(ui.palette).toBeHidden();
    await guestShutdown();
    await labs.expectComplete();
    await expect(labs.summary.getByTestId('lab-summary-refusals')).toContainText('OperationNotPermitted');
  });

  test('picker → start over work (confirm, kept aside) → hint → show solution → summary → next lab', async ({ lab, page }) => {
    const labs = new LabsUi(page);
    await labs.open();
    // Some work of the learner's own first.
    await lab.commands.openFromToolbar('VPC');
    await lab.commands.submitAccepted('Create VPC');

    await labs.openPicker();
    await expect(labs.picker.getByRole('heading', { level: 3 }).first()).toHaveText('EC2 Architecture and Resilience');
    await expect(labs.card('elastic-ip')).toContainText('About 15 min');
    await labs.card('elastic-ip').click();
    await expect(labs.confirmDialog).toContainText('Your work is kept aside');
    await labs.confirm('Start the lab');
    await expect(labs.title).toHaveText('Elastic IPs: an address that stays');
    expect(await page.evaluate(() => localStorage.getItem('ec2-lab:autosave:before-link'))).toContain('ec2-lab-autosave');

    await labs.showHint();
    await expect(labs.hints).toHaveCount(1);
    await expect(labs.hints.first()).toContainText('ec2:AllocateAddress');
    await labs.showHint();
    await expect(labs.hints).toHaveCount(2);
    await expect(labs.panel.getByRole('button', { name: /^Show hint/ })).toHaveCount(0);

    await labs.showSolution();
    await expect(labs.playback).toContainText(/Solution \d+ of 9/);
    await expect(labs.footerButton('Show solution')).toBeDisabled();
    await labs.expectComplete(15_000); // nine actions at 0.6 s each
    await expect(labs.playback).toContainText('The solution has been played');
    await expect(labs.summary).toContainText('shown — try the lab again on your own later');
    await expect.poll(() => labs.doneMarks()).toHaveProperty('elastic-ip');

    const next = labs.summary.getByTestId('lab-next');
    await expect(next).toContainText('Next lab:');
    const nextTitle = (await next.textContent())!.replace('Next lab: ', '').trim();
    await next.click();
    await expect(labs.title).toHaveText(nextTitle);
    await expect(labs.goalCount).toHaveText(/^0 of \d+ goals$/);

    // Leave, and go back to the work from before the first lab.
    await labs.footerButton('Leave lab').click();
    await labs.confirm('Back to your work');
    await expect(labs.panel).toBeHidden();
    expect(await lab.commands.vpcs()).toHaveLength(1);
  });

  test('a #lab= link opens the lab; an unknown id says so and changes nothing', async ({ lab, page }) => {
    const labs = new LabsUi(page);
    const share = new SharePage(page); // the banner under the header, as after any link
    await labs.open('/?e2e#lab=ebs-move');
    await expect(labs.title).toHaveText(EBS_MOVE);
    await expect(share.banner).toContainText(EBS_MOVE);
    expect(await page.evaluate(() => location.hash)).toBe('');

    await labs.footerButton('Leave lab').click();
    await labs.confirm('Leave the lab');
    const before = await lab.commands.autosaveWorld();
    await page.evaluate(() => (location.hash = '#lab=no-such-lab'));
    await expect(share.error).toContainText('no-such-lab');
    await expect(share.error).toContainText('Your work is unchanged');
    await expect(labs.panel).toBeHidden();
    expect(await lab.commands.autosaveWorld()).toEqual(before);
  });

  test('a reload keeps the lab, its progress and its history', async ({ lab, page }) => {
    const labs = new LabsUi(page);
    await ebsMoveAfterDetach(lab, labs);
    await lab.commands.autosaveWorld(); // let the debounced save catch up
    await page.reload();
    await expect(labs.panel).toBeVisible();
    await expect(labs.title).toHaveText(EBS_MOVE);
    await labs.expectStepDone(1);
    await expect(labs.goalCount).toHaveText('1 of 4 goals');
    await labs.expectCurrentStep(2, 'Straight across?');

    // Reset goes back to the lab's start.
    await labs.footerButton('Reset lab').click();
    await labs.confirm('Reset the lab');
    await expect(labs.goalCount).toHaveText('0 of 4 goals');
    await labs.expectCurrentStep(1, 'Free the volume');

    // The panel folds to a rail (more room for the canvas) and back; focus follows the button.
    await page.getByRole('button', { name: 'Hide the lab panel' }).click();
    await expect(labs.panel).toBeHidden();
    const show = page.getByRole('button', { name: 'Show the lab panel' });
    await expect(show).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(labs.panel).toBeVisible();
    await expect(page.getByRole('button', { name: 'Hide the lab panel' })).toBeFocused();
  });

  test('a share link carries the lab and its progress: it opens in another browser at the same step', async ({ lab, page, browser }) => {
    const labs = new LabsUi(page);
    await ebsMoveAfterDetach(lab, labs);
    const share = new SharePage(page);
    await share.openDialog();
    const link = await share.linkText();
    await share.close();

    const other = await browser.newContext();
    const page2 = await other.newPage();
    const labs2 = new LabsUi(page2);
    await labs2.open(`/?e2e${link.slice(link.indexOf('#'))}`);
    await expect(labs2.title).toHaveText(EBS_MOVE);
    await labs2.expectStepDone(1);
    await expect(labs2.goalCount).toHaveText('1 of 4 goals');
    await labs2.expectCurrentStep(2, 'Straight across?');
    await other.close();
    expect(lab.errors).toEqual([]);
  });

  test('picker and panel have no serious accessibility violations, light and dark', async ({ lab, page }) => {
    test.setTimeout(180_000);
    const labs = new LabsUi(page);
    await labs.open();
    // Scoped to the labs' own regions: the timeline beside them is checked by its own spec.
    const check = async (what: string, region: string) => {
      for (const dark of [false, true]) {
        if ((await lab.isDark()) !== dark) await page.evaluate(() => document.documentElement.classList.toggle('dark'));
        const results = await new AxeBuilder({ page }).include(region).analyze();
        const bad = results.violations
          .filter((v) => v.impact === 'serious' || v.impact === 'critical')
          .map((v) => `${what} ${dark ? 'dark' : 'light'}: ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
        expect(bad).toEqual([]);
      }
    };
    await labs.openPicker();
    await check('picker', '[data-testid="lab-picker"]');
    await labs.card('ebs-move').click();
    await expect(labs.panel).toBeVisible();
    await labs.showHint();
    await check('panel', '[data-testid="lab-panel"]');
    await labs.footerButton('Show solution').click();
    await expect(labs.confirmDialog).toBeVisible();
    await check('confirmation', '[data-testid="lab-confirm"]');
    await labs.confirm('Show solution');
    await labs.expectComplete(15_000);
    await check('summary', '[data-testid="lab-panel"]');
  });
});
