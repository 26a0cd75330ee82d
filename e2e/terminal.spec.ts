import { expect, test } from './pages/lab-page';
import { BUILD_STEPS } from './terminal-steps';

test.describe('the terminal (AWS CLI)', () => {
  test('builds a VPC to a running instance with aws commands only, and prints a refusal as the CLI does', async ({ lab, page }) => {
    test.setTimeout(90_000);
    await lab.goto();
    await page.getByRole('button', { name: 'Terminal' }).click();
    const terminal = page.getByTestId('terminal');
    const rows = terminal.locator('.xterm-rows');
    await expect(rows).toContainText('[cloudshell-user@ec2-lab ~]$');
    const input = terminal.locator('textarea.xterm-helper-textarea');
    await expect(input).toBeFocused();
    // Lines arrive as a paste (as a learner pastes a command from a guide); keys are pressed for real below.
    const paste = (text: string) =>
      input.evaluate((el, t) => {
        const data = new DataTransfer();
        data.setData('text/plain', t);
        el.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
      }, text);
    const run = async (line: string) => {
      await paste(line);
      await input.press('Enter');
    };
    for (const step of BUILD_STEPS) await run(step);
    await expect(rows).toContainText(/instance=i-[0-9a-f]+ state=running/);
    // The actions went through the store: the canvas shows the instance, undo is possible.
    await expect(page.getByRole('button', { name: 'Undo' })).toBeEnabled();

    await run('clear');
    await run('aws ec2 describe-vpcs --vpc-ids vpc-0123456789abcdef0');
    await expect(rows).toContainText(
      "aws: [ERROR]: An error occurred (InvalidVpcID.NotFound) when calling the DescribeVpcs operation: The vpc ID 'vpc-0123456789abcdef0' does not exist",
    );
    await run('echo "status=$?"');
    await expect(rows).toContainText('status=254');
    await expect(page.getByRole('complementary', { name: 'Why AWS refused' })).toContainText('InvalidVpcID.NotFound');

    // History and tab completion.
    await input.press('ArrowUp');
    await input.press('ArrowUp');
    await input.press('Enter');
    await expect(rows).toContainText('status=254');
    await run('clear');
    await paste('aws ec2 describe-sub');
    await input.press('Tab');
    await input.pressSequentially('--out', { delay: 0 });
    await input.press('Tab');
    await input.pressSequentially('text', { delay: 0 });
    await input.press('Enter');
    await expect(rows).toContainText('10.0.1.0/24');

    // Export as script: the session as a bash script of aws commands, ids captured into variables.
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export as script' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toBe('ec2-lab-session.sh');
    const script = await new Promise<string>((resolve, reject) => {
      void file.createReadStream().then((stream) => {
        let text = '';
        stream.on('data', (chunk) => (text += chunk));
        stream.on('end', () => resolve(text));
        stream.on('error', reject);
      });
    });
    expect(script).toMatch(/^#!\/usr\/bin\/env bash/);
    expect(script).toContain("VPC=$(aws ec2 create-vpc --cidr-block 10.0.0.0/16 --query 'Vpc.VpcId' --output text)");
    expect(script).toContain('aws ec2 attach-internet-gateway --internet-gateway-id $IGW --vpc-id $VPC');

    await page.getByRole('button', { name: 'Close the terminal' }).click();
    await expect(terminal).toHaveCount(0);
  });
});
