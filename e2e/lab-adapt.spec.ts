import { LabAuthor } from './pages/lab-author';
import { expect, test } from './pages/lab-page';
import { LabsUi } from './pages/labs';

test.describe('adapting a built-in lab', () => {
  test('“Adapt this lab” opens a built-in lab’s document in the builder, goals and solution kept, and it runs', async ({ lab, page }) => {
    test.setTimeout(90_000);
    await lab.goto();
    await page.getByRole('banner').getByRole('button', { name: /^Labs/ }).click();
    const picker = page.getByTestId('lab-picker');
    await picker.getByRole('button', { name: 'Adapt “Elastic IPs: an address that stays” in the lab builder' }).click();
    await expect(picker).toBeHidden();

    const author = new LabAuthor(page);
    await expect(author.dialog).toBeVisible();
    await expect(author.title).toHaveValue('Elastic IPs: an address that stays');
    await expect(author.minutes).toHaveValue('15');
    await expect(author.steps).toHaveCount(5);
    await expect(author.sections.getByRole('checkbox', { name: 'Elastic IP address', exact: true })).toBeChecked();

    // a goal the form edits (the action goal) and one it shows read-only with its JSON (a named check)
    await author.openStep(1);
    await expect(author.goalLabel(1, 1)).toHaveText('An instance has an Elastic IP');
    await expect(author.goalLabel(1, 2)).toHaveText('Its dynamic public IPv4 was released when the Elastic IP arrived');
    await author.openStep(2);
    await expect(author.goal(2, 1).getByTestId('goal-read-only')).toContainText('"check": "elastic-ip/instance-kept-elastic-ip-across-stop"');
    await expect(author.goalLabel(2, 1)).toHaveText('An instance kept its Elastic IP across a stop and start');
    await page.screenshot({ path: test.info().outputPath('adapt-builder-1280.png') });
    await page.setViewportSize({ width: 390, height: 844 });
    // on a phone the builder's title has the row to itself (it was squeezed beside the buttons, a word a line)
    expect((await author.dialog.getByRole('heading', { name: 'Make a lab from this scenario' }).boundingBox())!.width).toBeGreaterThanOrEqual(250);
    await expect(author.goal(2, 1).getByTestId('goal-read-only')).toBeVisible();
    await author.goal(2, 1).scrollIntoViewIfNeeded();
    await page.screenshot({ path: test.info().outputPath('adapt-builder-390.png') });
    await page.setViewportSize({ width: 1280, height: 720 });

    // its quiz is in the builder, shown and edited
    const question = author.dialog.getByTestId('author-quiz').getByRole('textbox', { name: 'Question 1', exact: true });
    await expect(question).toHaveValue('You associate an Elastic IP with an instance, then disassociate it. What happens to the first dynamic address?');
    await question.fill('After the Elastic IP is disassociated, what happens to the first dynamic address?');

    // the adapted lab runs as an authored lab, with the solution it kept
    await author.title.fill('Elastic IPs, our way');
    await author.dialog.getByRole('button', { name: 'Try it now' }).click();
    await expect(author.dialog).toBeHidden();
    await expect(author.labPanel.getByRole('heading', { name: 'Elastic IPs, our way' })).toBeVisible();
    await expect(author.labStep(1)).toHaveAttribute('data-state', 'current');
    await expect(author.labPanel.getByRole('button', { name: 'Show solution' })).toBeVisible();

    // and it kept the built-in lab's quiz, as edited: played to the end, the summary asks its questions
    const labs = new LabsUi(page);
    await labs.showSolution();
    await labs.expectComplete(20_000);
    await expect(labs.panel.getByTestId('lab-questions')).toContainText('After the Elastic IP is disassociated, what happens to the first dynamic address?');
  });
});
