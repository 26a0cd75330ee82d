import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './pages/lab-page';
import { fragmentOf, screenshots, SharePage } from './pages/share';

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

test.describe('share links', () => {
  test('build, share, copy the link, open it in a new page: the same world and layout', async ({ lab, page, browser }) => {
    const share = new SharePage(page);
    await share.open();
    await lab.canvasView.buildClassroom();
    await page.evaluate(() => (window as any).__labStore.getState().setPosition('az:us-east-1a', { x: 40, y: 120 }));
    await page.getByRole('group', { name: 'Lens' }).getByRole('button', { name: 'Physical' }).click();

    await share.openDialog();
    await share.title.fill('Two AZs, three instances');
    await share.notes.fill('Stop web and watch its public IPv4.');
    await expect(share.facts).toContainText('carries the action log');
    await expect(share.length).toHaveText(/^[\d,]+ characters$/);
    await expect(share.qr).toBeVisible();
    const link = await share.copyLink();
    expect(link).toBe(await share.linkText());
    expect(link).toMatch(/^http:\/\/localhost:\d+\/#s=1\./);
    expect(link.length).toBe(Number((await share.length.textContent())!.replace(/\D/g, '')));
    const before = await share.snapshot();
    await share.close();
    const camera = await share.camera();

    // A new browser (no autosave, no clipboard history): the classroom as it was shared.
    const other = await browser.newContext();
    const them = new SharePage(await other.newPage());
    await them.open(`#${fragmentOf(link)}`);
    await expect(them.banner).toContainText('Opened “Two AZs, three instances” from a link.');
    await expect(them.banner.getByTestId('link-notes')).toHaveText('Stop web and watch its public IPv4.');
    expect(await them.snapshot()).toEqual(before);
    // The camera too (whole pixels, zoom to 1/1000), once the canvas has moved to it.
    await expect
      .poll(async () => {
        const [x, y, zoom] = await them.camera();
        return Math.abs(x - camera[0]) <= 1 && Math.abs(y - camera[1]) <= 1 && Math.abs(zoom - camera[2]) <= 0.001;
      })
      .toBe(true);
    // The hash is cleared: a reload shows whatever the learner does next, not the link again.
    await expect(them.page).toHaveURL(/\/\?e2e$/);
    // Sharing again keeps the log (the session log came with the link) and the title.
    await them.openDialog();
    await expect(them.facts).toContainText('carries the action log');
    await expect(them.title).toHaveValue('Two AZs, three instances');
    expect(await them.linkText()).toBe(link);
    await other.close();
  });

  test('user text in a link renders as text, never as markup', async ({ lab, page, browser }) => {
    const share = new SharePage(page);
    await share.open();
    await share.buildSmall();
    await share.openDialog();
    const hostile = '<img src=x onerror=alert(1)>';
    await share.title.fill(hostile);
    await share.notes.fill('<script>alert(2)</script>\nsecond line');
    const link = await share.linkText();
    await share.close();

    const other = await browser.newContext();
    const them = new SharePage(await other.newPage());
    const dialogs: string[] = [];
    them.page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    await them.open(`#${fragmentOf(link)}`);
    await expect(them.banner).toContainText(`Opened “${hostile}” from a link.`);
    await expect(them.banner.getByTestId('link-notes')).toHaveText('<script>alert(2)</script>\nsecond line');
    await expect(them.banner.locator('img')).toHaveCount(0);
    await them.openDialog();
    await expect(them.title).toHaveValue(hostile);
    expect(dialogs).toEqual([]);
    expect(lab.errors).toEqual([]);
    await other.close();
  });

  test('a link too long for chat or a QR code offers the file instead', async ({ page }) => {
    const share = new SharePage(page);
    await share.open();
    await share.buildSmall();
    await share.openDialog();
    // Notes travel inside the link: 12,000 characters of varied text make it far longer than 8,000.
    const words = Array.from({ length: 2400 }, (_, i) => `n${(i * 7919) % 10007}`).join(' ');
    await share.notes.fill(words);
    await expect(share.tooLong).toBeVisible();
    await expect(share.dialog.getByTestId('share-no-qr')).toContainText('too long for a QR code');
    await expect(share.qr).toHaveCount(0);
    await expect(share.dialog.getByRole('button', { name: 'Download .ec2lab.json' })).toBeEnabled();
  });

  test('the Share dialog is keyboard reachable and axe-clean, light and dark', async ({ lab, page }) => {
    const share = new SharePage(page);
    await share.open();
    await lab.canvasView.buildClassroom();
    for (const dark of [false, true]) {
      if ((await lab.isDark()) !== dark) await lab.toggleTheme();
      await share.shareButton.focus();
      await page.keyboard.press('Enter');
      await expect(share.dialog).toBeVisible();
      await expect(share.link).toHaveValue(/#s=1\./);
      await share.title.fill('Classroom: two AZs');
      await share.notes.fill('Stop web, then start it: which address changes?');
      await expect(share.qr).toBeVisible();
      const results = await new AxeBuilder({ page }).include('[data-testid="share-dialog"]').analyze();
      const bad = results.violations
        .filter((v) => v.impact === 'serious' || v.impact === 'critical')
        .map((v) => `${dark ? 'dark' : 'light'}: ${v.id}: ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`);
      expect(bad).toEqual([]);
      if (screenshots) await page.screenshot({ path: `docs/screenshot-share${dark ? '-dark' : ''}.png` });
      await page.keyboard.press('Escape');
      await expect(share.dialog).toBeHidden();
    }
  });
});

test.describe('files', () => {
  test('export a file, then open it with the button and by dropping it on the canvas', async ({ page, browser }) => {
    const share = new SharePage(page);
    await share.open();
    await share.buildSmall();
    await share.openDialog();
    await share.title.fill('Subnet in us-east-1b');
    const file = await share.downloadFile();
    expect(file.name).toBe('subnet-in-us-east-1b.ec2lab.json');
    const doc = JSON.parse(file.text);
    expect(doc).toMatchObject({ format: 'ec2-lab-file', version: 1, title: 'Subnet in us-east-1b' });
    expect(doc.scenario).toMatch(/^s=1\./);
    const shared = await share.snapshot();
    await share.close();

    const other = await browser.newContext();
    const them = new SharePage(await other.newPage());
    await them.open();
    await them.buildSmall('10.9.0.0/16');
    const theirs = await them.snapshot();

    await them.importFile(file.name, file.text);
    await expect(them.banner).toContainText('Opened “Subnet in us-east-1b” from a file.');
    expect(await them.snapshot()).toEqual(shared);

    await them.backButton.click();
    await expect(them.banner).toContainText('Your work is back');
    expect(await them.snapshot()).toEqual(theirs);

    await them.dropFile(file.name, file.text);
    await expect(them.banner).toContainText('Opened “Subnet in us-east-1b” from a file.');
    expect(await them.snapshot()).toEqual(shared);

    // Not an ec2-lab file: refused with a code and a sentence, nothing changes.
    await them.dropFile('notes.json', '{"hello": "world"}');
    await expect(them.error).toContainText('file-not-ec2lab');
    await expect(them.error).toContainText('Your own work is unchanged.');
    expect(await them.snapshot()).toEqual(shared);
    await other.close();
  });
});
