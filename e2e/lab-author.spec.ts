import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { LabAuthor } from './pages/lab-author';
import { expect, LabPage, test } from './pages/lab-page';
import { SharePage } from './pages/share';

async function axeClean(page: Page, selector: string, what: string) {
  const results = await new AxeBuilder({ page }).include(selector).analyze();
  const bad = results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${what}: ${v.id}: ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`);
  expect(bad).toEqual([]);
}

test.describe('making a lab from a scenario', () => {
  test('an author writes two steps with goals from the builder, shares the link, and a learner’s goals tick', async ({ lab, page }) => {
    test.setTimeout(90_000);
    await lab.goto();
    const ui = lab.commands;

    // the author's scenario: a VPC, a subnet in us-east-1a, an instance in it
    await ui.runCommand('create vpc');
    await ui.submitAccepted('Create VPC');
    await ui.openFromToolbar('Subnet');
    await expect(ui.field('Availability Zone')).toHaveValue('us-east-1a');
    await ui.submitAccepted('Create subnet');
    await ui.openFromToolbar('Instance');
    await ui.submitAccepted('Launch');

    const author = new LabAuthor(page);
    await author.openFromPalette();
    await expect(author.start).toContainText('the canvas as it was');
    await expect(author.startCounts).toContainText('1 VPC');
    await expect(author.startCounts).toContainText('1 instance');

    await author.title.fill('Stop and start a server');
    await author.summary.fill('Stop an instance and start it again. Watch what happens to its public address.');
    await author.minutes.fill('8');
    await author.tickSection('EC2 Architecture and Resilience');
    await author.tickSection('Public IPv4 address');

    // step 1: an instance in us-east-1a whose state is stopped
    await author.writeStep(1, {
      title: 'Stop the server',
      instruction: 'Stop the instance in us-east-1a.',
      hints: ['Open the command palette with Ctrl+K.', 'Search for “stop instances”.'],
      why: 'A stopped instance keeps its EBS volumes but gives its host back.',
    });
    await expect(author.goalField(1, 1, 'kind of resource')).toHaveValue('instances');
    await expect(author.goalLabel(1, 1)).toHaveText('An instance whose state is running');
    // the live preview: the instance on the canvas is running — and already is in the lab's start, which the builder flags
    await expect(author.goalMet(1, 1)).toHaveText('✓ Met on the canvas now');
    await expect(author.goal(1, 1).getByTestId('goal-met-at-start')).toBeVisible();
    await author.goalField(1, 1, 'condition 1: value').selectOption('stopped');
    await author.goalField(1, 1, 'Availability Zone').selectOption('us-east-1a');
    await expect(author.goalLabel(1, 1)).toHaveText('An instance in us-east-1a whose state is stopped');
    await expect(author.goalMet(1, 1)).toHaveText('Not met on the canvas now');
    await expect(author.goal(1, 1).getByTestId('goal-met-at-start')).toHaveCount(0);

    // step 2: the learner sends ec2:StartInstances
    await author.addStepButton.click();
    await author.writeStep(2, { title: 'Start it again', instruction: 'Start the instance again.', why: 'It lands on a new host.' });
    await author.goalField(2, 1, 'type').selectOption('action');
    await author.goalField(2, 1, 'action').selectOption('ec2:StartInstances');
    await expect(author.goalLabel(2, 1)).toHaveText('You sent ec2:StartInstances and AWS accepted it');
    await expect(author.missing).toHaveCount(0);
    await page.screenshot({ path: test.info().outputPath('builder-steps-light.png') });

    // back to step 1: its goal builder and preview, in light and dark
    await author.openStep(1);
    await author.goal(1, 1).scrollIntoViewIfNeeded();
    await axeClean(page, '[data-testid="lab-author"]', 'builder, light');
    await page.screenshot({ path: test.info().outputPath('builder-light.png') });
    await page.emulateMedia({ colorScheme: 'dark' }); // the theme follows the system until the learner picks one
    await expect.poll(() => lab.isDark()).toBe(true);
    await axeClean(page, '[data-testid="lab-author"]', 'builder, dark');
    await page.screenshot({ path: test.info().outputPath('builder-dark.png') });

    const link = await author.exportLink();
    await expect(author.notice).toContainText(/copied|selected/i);

    // a learner opens the link in a new page
    const learnerPage = await page.context().newPage();
    const learner = new LabPage(learnerPage);
    await learnerPage.goto(link);
    const panel = new LabAuthor(learnerPage);
    await expect(panel.labPanel).toBeVisible();
    await expect(panel.labPanel.getByRole('heading', { name: 'Stop and start a server' })).toBeVisible();
    await expect(panel.labPanel.getByTestId('lab-step')).toHaveCount(2);
    // An authored lab has no reference solution to play.
    await expect(panel.labPanel.getByRole('button', { name: 'Show solution' })).toHaveCount(0);
    await expect(panel.labStep(1)).toHaveAttribute('data-state', 'current');
    await expect(panel.labStep(1).getByTestId('lab-goals')).toContainText('An instance in us-east-1a whose state is stopped');
    await expect(learnerPage).not.toHaveURL(/labdoc/); // the hash is cleared once read

    // the learner does the action, and the goal ticks
    await learner.commands.runCommand('stop instances');
    await learner.commands.submitAccepted('Stop');
    await expect(panel.labStep(1)).toHaveAttribute('data-state', 'done');
    await expect(panel.labStep(2)).toHaveAttribute('data-state', 'current');
    await expect(panel.labStep(2).getByTestId('lab-goals')).toContainText('You sent ec2:StartInstances and AWS accepted it');

    // a reload brings the authored lab back where the learner was (rebuilt from its link, kept with the autosave)
    await learnerPage.waitForTimeout(600); // the autosave is debounced
    await learnerPage.reload();
    await expect(panel.labPanel.getByRole('heading', { name: 'Stop and start a server' })).toBeVisible();
    await expect(panel.labStep(1)).toHaveAttribute('data-state', 'done');
    await expect(panel.labStep(2)).toHaveAttribute('data-state', 'current');
    await axeClean(learnerPage, '[data-testid="lab-panel"]', 'lab panel');
    await learnerPage.screenshot({ path: test.info().outputPath('learner.png') });

    await learnerPage.emulateMedia({ colorScheme: 'dark' });
    await expect.poll(() => learner.isDark()).toBe(true);
    await axeClean(learnerPage, '[data-testid="lab-panel"]', 'lab panel, dark');
    await learnerPage.screenshot({ path: test.info().outputPath('learner-dark.png') });

    await learner.commands.runCommand('start instances');
    await learner.commands.submitAccepted('Start');
    await expect(panel.labStep(2)).toHaveAttribute('data-state', 'done');
    expect(learner.errors).toEqual([]);
  });

  test('the draft survives a reload; a lab saved as a file imports back for editing', async ({ lab, page }) => {
    await lab.goto();
    const author = new LabAuthor(page);
    await author.openFromLabsPicker();
    await expect(author.title).toBeFocused();
    await author.title.fill('Elastic IPs stay');
    await author.tickSection('Elastic IP address');
    await author.writeStep(1, { title: 'Allocate one', instruction: 'Allocate an Elastic IP.', why: 'It stays yours until you release it.' });
    await author.goalField(1, 1, 'kind of resource').selectOption('addresses');
    await expect(author.goalLabel(1, 1)).toHaveText('An Elastic IP that is associated');
    await page.waitForTimeout(600); // the draft is saved, debounced

    await page.reload();
    await expect(lab.viewport).toBeVisible();
    await author.openFromPalette();
    await expect(author.notice).toHaveText('Your draft from earlier is back.');
    await expect(author.title).toHaveValue('Elastic IPs stay');
    await author.openStep(1);
    await expect(author.goalLabel(1, 1)).toHaveText('An Elastic IP that is associated');

    const download = page.waitForEvent('download');
    await author.downloadButton.click();
    const file = await download;
    expect(file.suggestedFilename()).toBe('elastic-ips-stay.ec2lab-lab.json');
    const path = test.info().outputPath('lab.ec2lab-lab.json');
    await file.saveAs(path);

    await author.dialog.getByRole('button', { name: 'Start a new lab' }).click();
    await author.dialog.getByRole('button', { name: 'Discard this draft? Click again' }).click();
    await expect(author.title).toHaveValue('');
    await author.importInput.setInputFiles(path);
    await expect(author.notice).toContainText('Opened “Elastic IPs stay” for editing');
    await expect(author.title).toHaveValue('Elastic IPs stay');
    await expect(author.start).toContainText('imported lab file');

    await author.importInput.setInputFiles({ name: 'bad.ec2lab-lab.json', mimeType: 'application/json', buffer: Buffer.from('{"format":"ec2-lab-lab","version":1}') });
    await expect(author.notice).toContainText(/^invalid: The lab is not valid: /);
    await expect(author.title).toHaveValue('Elastic IPs stay');

    // try it here: the builder closes and the lab panel shows it
    await author.dialog.getByRole('button', { name: 'Try it now' }).click();
    await expect(author.dialog).toBeHidden();
    await expect(author.labPanel.getByRole('heading', { name: 'Elastic IPs stay' })).toBeVisible();
    await expect(author.labStep(1)).toHaveAttribute('data-state', 'current');

    // a learner who got the file drops it on the canvas: the lab starts
    const learnerPage = await page.context().newPage();
    const learner = new LabPage(learnerPage);
    await learner.goto();
    await new SharePage(learnerPage).dropFile('elastic-ips-stay.ec2lab-lab.json', readFileSync(path, 'utf8'));
    const panel = new LabAuthor(learnerPage);
    await expect(panel.labPanel.getByRole('heading', { name: 'Elastic IPs stay' })).toBeVisible();
    await expect(panel.labStep(1)).toHaveAttribute('data-state', 'current');
  });

  test('a damaged link changes nothing and says why', async ({ lab, page }) => {
    await lab.goto();
    await page.goto('/#labdoc=1.AAAAbroken');
    await expect(page.getByText(/damaged|not an EC2 lab/i).first()).toBeVisible();
    await expect(page.getByTestId('lab-panel')).toHaveCount(0);
  });
});
