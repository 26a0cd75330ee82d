import { expect, test } from './pages/lab-page';
import { terminalUi } from './pages/terminal';
import { IMDS_READ, IMDS_TOKEN, OPEN_SSH, SSH_BUILD_STEPS } from './terminal-ssh-steps';

test.describe('the terminal: aws, then ssh into the instance', () => {
  test('builds VPC → instance with aws only, is blocked at the security group, connects, looks around, shuts down from inside', async ({ lab, page }) => {
    test.setTimeout(240_000);
    await lab.goto();
    await page.getByRole('button', { name: 'Terminal' }).click();
    const { rows, type, clear } = await terminalUi(page);

    for (const step of SSH_BUILD_STEPS) await type(step);
    await expect(rows).toContainText(/instance=i-[0-9a-f]+ ip=\d+\.\d+\.\d+\.\d+/, { timeout: 20_000 });
    const text = (await rows.textContent()) ?? '';
    const ip = /ip=(\d+\.\d+\.\d+\.\d+)/.exec(text)![1]!;

    // No rule admits TCP 22 yet: ssh waits and times out, and the lab names the hop.
    await clear();
    await type('ssh -i lab-key.pem ec2-user@$IP');
    await expect(rows).toContainText(`ssh: connect to host ${ip} port 22: Connection timed out`);
    const why = page.getByRole('complementary', { name: 'Why the connection failed' });
    await expect(why).toContainText('Blocked at: Security group');
    await expect(why).toContainText('ENI_SG_RULES_MISMATCH');

    // Open TCP 22; asking twice is refused exactly as the CLI prints it, with exit status 254.
    await clear();
    await type(OPEN_SSH);
    await type(OPEN_SSH);
    await expect(rows).toContainText(
      'An error occurred (InvalidPermission.Duplicate) when calling the AuthorizeSecurityGroupIngress operation:',
    );
    await type('echo "status=$?"');
    await expect(rows).toContainText('status=254');

    // Connected: the prompt is the instance's.
    await clear();
    await type('ssh -i lab-key.pem ec2-user@$IP');
    await expect(rows).toContainText('Amazon Linux 2023');
    await expect(rows).toContainText(/\[ec2-user@ip-10-0-1-\d+ ~\]\$/);

    // Inside, the OS sees only its private address.
    await clear();
    await type('ip addr');
    await expect(rows).toContainText(/inet 10\.0\.1\.\d+\/24/);
    await expect(rows).not.toContainText(ip);

    // IMDSv2: a token first, then the metadata that knows the public address.
    await type(IMDS_TOKEN);
    await clear();
    await type(IMDS_READ);
    await expect(rows).toContainText(ip);

    // The VPC resolver answers the public DNS name with the private address inside the VPC.
    await clear();
    await type(`dig ec2-${ip.replaceAll('.', '-')}.compute-1.amazonaws.com`);
    await expect(rows).toContainText('ANSWER SECTION');
    await expect(rows).toContainText(/IN\s+A\s+10\.0\.1\.\d+/);

    // Shut down from inside: the shutdown behaviour (stop, the default) acts and the connection closes.
    await clear();
    await type('sudo shutdown -h now');
    await expect(rows).toContainText(`Connection to ${ip} closed by remote host.`);
    await expect(rows).toContainText('[cloudshell-user@ec2-lab ~]$');
    await type('aws ec2 describe-instances --instance-ids $INSTANCE --query Reservations[0].Instances[0].State.Name --output text');
    await expect(rows).toContainText(/\n?(stopping|stopped)/);
    // The shutdown went through the store: it can be undone.
    await expect(page.getByRole('button', { name: 'Undo' })).toBeEnabled();
  });

  test('Connect in the inspector opens EC2 Instance Connect in the terminal', async ({ lab, page }) => {
    test.setTimeout(180_000);
    await lab.canvasView.open();
    await page.getByRole('button', { name: 'Terminal' }).click();
    const terminal = page.getByTestId('terminal');
    const rows = terminal.locator('.xterm-rows');
    const input = terminal.locator('textarea.xterm-helper-textarea');
    await expect(input).toBeFocused();
    const paste = (t: string) =>
      input.evaluate((el, value) => {
        const data = new DataTransfer();
        data.setData('text/plain', value);
        el.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
      }, t);
    for (const step of SSH_BUILD_STEPS) {
      await paste(step);
      await input.press('Enter');
    }
    await expect(rows).toContainText(/instance=i-[0-9a-f]+ ip=/, { timeout: 20_000 });
    const instance = /instance=(i-[0-9a-f]+)/.exec((await rows.textContent()) ?? '')![1]!;

    await lab.canvasView.select(instance);
    const connect = lab.canvasView.inspectorButton('Connect');
    await connect.click();
    const alert = page.getByRole('alert').filter({ hasText: 'Failed to connect with EC2 Instance Connect' });
    await expect(alert).toContainText('Blocked at: Security group.');
    await expect(alert).toContainText('18.206.107.');

    await input.focus();
    await paste(OPEN_SSH);
    await input.press('Enter');
    await lab.canvasView.select(instance);
    await connect.click();
    await expect(rows).toContainText(/\[ec2-user@ip-10-0-1-\d+ ~\]\$/);
    await expect(input).toBeFocused();
    await input.pressSequentially('hostname', { delay: 0 });
    await input.press('Enter');
    await expect(rows).toContainText(/ip-10-0-1-\d+\.ec2\.internal/);
    await input.pressSequentially('exit', { delay: 0 });
    await input.press('Enter');
    await expect(rows).toContainText('Connection to');
  });
});
