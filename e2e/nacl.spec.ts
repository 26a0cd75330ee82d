import { expect, test } from './pages/lab-page';
import { terminalUi } from './pages/terminal';
import { OPEN_SSH, SSH_BUILD_STEPS } from './terminal-ssh-steps';
import { NACL_ALLOW_REPLIES_OUT, NACL_ALLOW_SSH_IN, NACL_LOCK_STEPS } from './nacl-steps';

test.describe('the terminal: network ACLs', () => {
  test('a custom ACL on the subnet breaks ssh at the ACL hop; it connects once 22 is allowed in and the replies out', async ({ lab, page }) => {
    test.setTimeout(240_000);
    await lab.goto();
    await page.getByRole('button', { name: 'Terminal' }).click();
    const { rows, type, clear } = await terminalUi(page);

    for (const step of [...SSH_BUILD_STEPS, OPEN_SSH]) await type(step);
    await expect(rows).toContainText(/instance=i-[0-9a-f]+ ip=\d+\.\d+\.\d+\.\d+/, { timeout: 20_000 });
    const ip = /ip=(\d+\.\d+\.\d+\.\d+)/.exec((await rows.textContent()) ?? '')![1]!;

    // A new ACL denies everything: once the subnet uses it, ssh times out and the lab names the ACL hop.
    await clear();
    for (const step of NACL_LOCK_STEPS) await type(step);
    await type('echo "assoc=$ASSOC"');
    await expect(rows).toContainText(/assoc=aclassoc-0[0-9a-f]{16}/);
    await clear();
    await type('ssh -i lab-key.pem ec2-user@$IP');
    await expect(rows).toContainText(`ssh: connect to host ${ip} port 22: Connection timed out`);
    const why = page.getByRole('complementary', { name: 'Why the connection failed' });
    await expect(why).toContainText('Blocked at: Network ACL');
    await expect(why).toContainText('NACL_RULES_MISMATCH');

    // Stateless: letting 22 in is not enough, the replies to the client's ephemeral port are still denied.
    await clear();
    await type(NACL_ALLOW_SSH_IN);
    await type('ssh -i lab-key.pem ec2-user@$IP');
    await expect(rows).toContainText(`ssh: connect to host ${ip} port 22: Connection timed out`);
    await expect(why).toContainText('ephemeral');

    // Replies out to 1024-65535: connected.
    await clear();
    await type(NACL_ALLOW_REPLIES_OUT);
    await type('ssh -i lab-key.pem ec2-user@$IP');
    await expect(rows).toContainText('Amazon Linux 2023');
    await expect(rows).toContainText(/\[ec2-user@ip-10-0-1-\d+ ~\]\$/);
  });
});
