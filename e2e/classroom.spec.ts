import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { expect, test } from './pages/lab-page';
import { SharePage } from './pages/share';

/** A free TCP port on this machine. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

test.describe('teaching a room', () => {
  test('the Share dialog warns that a localhost link cannot be opened by students', async ({ page }) => {
    const share = new SharePage(page);
    await share.open();
    await share.openDialog();
    await expect(share.link).toHaveValue(/^http:\/\/localhost:\d+\/#s=1\./);
    await expect(share.dialog.getByTestId('share-address-warning')).toContainText('npm run classroom');
  });

  test('under the classroom server, links and the full-screen QR use the network address', async ({ page }) => {
    await page.route('**/classroom.json', (route) => route.fulfill({ json: { url: 'http://192.0.2.10:8080/' } }));
    const share = new SharePage(page);
    await share.open();
    await share.openDialog();
    await share.title.fill('Two AZs');
    await expect(share.link).toHaveValue(/^http:\/\/192\.0\.2\.10:8080\/#s=1\./);
    await expect(share.dialog.getByTestId('share-address-warning')).toHaveCount(0);
    await expect(share.dialog.getByTestId('share-address')).toContainText('192.0.2.10:8080');
    await share.dialog.getByRole('button', { name: 'Show full screen' }).click();
    const caption = share.dialog.getByTestId('share-qr-caption');
    await expect(caption).toContainText('Two AZs');
    await expect(caption).toContainText('192.0.2.10:8080');
  });

  test('npm run classroom serves the built lab and answers its network address', async ({ page }) => {
    const port = await freePort();
    const server: ChildProcess = spawn(process.execPath, ['scripts/classroom.mjs'], {
      env: { ...process.env, PORT: String(port), CLASSROOM_SKIP_BUILD: '1' },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    try {
      let printed = '';
      server.stdout?.on('data', (chunk: Buffer) => (printed += chunk.toString()));
      await expect.poll(() => printed, { timeout: 10_000 }).toContain('Press Ctrl+C to stop.');
      expect(printed).toContain(`http://localhost:${port}/`);
      const answer = await (await fetch(`http://127.0.0.1:${port}/classroom.json`)).json();
      expect(printed).toContain(answer.url);
      await page.goto(`http://127.0.0.1:${port}/`);
      await expect(page.locator('.react-flow')).toBeVisible();
      const headers = (await fetch(`http://127.0.0.1:${port}/`)).headers;
      expect(headers.get('content-security-policy')).toContain("script-src 'self'");
    } finally {
      server.kill();
    }
  });
});
