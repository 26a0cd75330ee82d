import { protectionShutdownScript } from '../src/labs/catalogue/protection-shutdown';
import { LabsUi } from './pages/labs';
import { expect, test } from './pages/lab-page';

/**
 * "Termination protection and shutdown behaviour" done by typing only the lines its steps name (the same lines
 * src/terminal/inside-labs.test.ts runs headless): protect, see the refusal, ssh in and `sudo shutdown -h now` twice.
 */
test('the shutdown-behaviour lab from the terminal: the API refuses, a shutdown inside stops, then terminates', async ({ page }) => {
  test.setTimeout(300_000);
  const labs = new LabsUi(page);
  await labs.openAndStart('protection-shutdown');
  await page.getByRole('button', { name: 'Terminal' }).click();
  const terminal = page.getByTestId('terminal');
  const rows = terminal.locator('.xterm-rows');
  const input = terminal.locator('textarea.xterm-helper-textarea');
  await expect(input).toBeFocused();
  const type = async (line: string) => {
    await input.focus();
    await input.pressSequentially(line, { delay: 0 });
    await input.press('Enter');
  };
  for (const [step, [stepId, lines]] of protectionShutdownScript.entries()) {
    for (const line of lines) {
      await type(line);
      if (line.startsWith('aws ec2 terminate-instances')) await expect(rows).toContainText('An error occurred (OperationNotPermitted)');
      if (line.startsWith('ssh ')) await expect(rows).toContainText(/\[ec2-user@ip-172-31-\d+-\d+ ~\]\$/);
      if (line === 'sudo shutdown -h now') await expect(rows).toContainText(/Connection to [\d.]+ closed by remote host/);
    }
    await labs.expectStepDone(step + 1);
    if (stepId === 'os-stop') await expect(rows).toContainText(/^stopped$|stopped/);
  }
  await expect(rows).toContainText(/shutting-down|terminated/);
  await labs.expectComplete();
});
