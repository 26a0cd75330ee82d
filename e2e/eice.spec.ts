import { expect, test } from './pages/lab-page';
import { terminalUi } from './pages/terminal';
import { CREATE_ENDPOINT, EICE_BUILD_STEPS, EICE_SSH } from './eice-steps';

test.describe('the terminal: a private instance reached through an EC2 Instance Connect Endpoint', () => {
  test('no endpoint: the CLI says so; creates one and connects with aws ec2-instance-connect ssh --connection-type eice', async ({ lab, page }) => {
    test.setTimeout(240_000);
    await lab.goto();
    await page.getByRole('button', { name: 'Terminal' }).click();
    const { rows, type, clear } = await terminalUi(page);

    for (const step of EICE_BUILD_STEPS) await type(step);
    await expect(rows).toContainText(/instance=i-[0-9a-f]+/, { timeout: 20_000 });

    // No public IP, no internet gateway, no endpoint yet: the CLI finds nothing to tunnel through.
    await clear();
    await type(EICE_SSH);
    await expect(rows).toContainText('There are no available instance connect endpoints.');

    await clear();
    await type(CREATE_ENDPOINT);
    await expect(rows).toContainText(/endpoint=eice-0[0-9a-f]{16}/);
    const endpoint = /eice-0[0-9a-f]{16}/.exec((await rows.textContent()) ?? '')![0];

    // Through the endpoint: a one-time key is pushed and the prompt is the private instance's.
    await clear();
    await type(EICE_SSH);
    await expect(rows).toContainText('Amazon Linux 2023');
    await expect(rows).toContainText(/\[ec2-user@ip-10-0-1-\d+ ~\]\$/);
    await clear();
    await type('ip addr');
    await expect(rows).toContainText(/inet 10\.0\.1\.\d+\/24/);
    await type('exit');
    await expect(rows).toContainText('[cloudshell-user@ec2-lab ~]$');
    // The key push and the connection went through the store: they can be undone.
    await expect(page.getByRole('button', { name: 'Undo' })).toBeEnabled();
    // On the canvas the endpoint's own interface names its endpoint, not a loose "detached" interface to drag.
    await page.getByRole('button', { name: 'Close the terminal' }).click();
    const card = page.locator('.react-flow__node-eni').filter({ hasText: endpoint });
    await expect(card).toContainText('· endpoint');
    await expect(card.locator('article')).toHaveAttribute('title', new RegExp(`Instance Connect Endpoint ${endpoint}$`));
  });
});
