import { deflateSync } from 'fflate';
import { createScenario, encodeScenario } from '../src/scenario';
import { DICTIONARY_V1 } from '../src/scenario/dictionary';
import { toBase64Url } from '../src/scenario/envelope';
import { classroomScenario } from '../src/scenario/fixtures/classroom';
import { openWire, sealWire } from '../src/scenario/scenario-test-helpers';
import { expect, test } from './pages/lab-page';
import { AUTOSAVE_KEY, BEFORE_LINK_KEY, fragmentOf, screenshots, SharePage } from './pages/share';
import { openWithTestHook } from './pages/test-hook';

/** Opening links: over existing work, hostile ones, warnings, embed mode, and the content security policy. */
test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

/** A decompression bomb: a few KB of packed text that inflates to 32 MB. */
function bomb(): string {
  const packed = deflateSync(new Uint8Array(32 * 1024 * 1024), { level: 6, dictionary: DICTIONARY_V1 });
  const out = new Uint8Array(packed.length + 4);
  out.set(packed);
  return `s=1.${toBase64Url(out)}`;
}

/** The same link with one character of its payload changed (a bit flipped in transit). */
function bitFlipped(fragment: string): string {
  const at = Math.floor(fragment.length * 0.6);
  const c = fragment[at] === 'A' ? 'B' : 'A';
  return `${fragment.slice(0, at)}${c}${fragment.slice(at + 1)}`;
}

test.describe('opening links over existing work', () => {
  test('hostile links (garbage, a flipped bit, a decompression bomb) show the error; the work survives a reload', async ({
    page,
  }) => {
    const share = new SharePage(page);
    await share.open();
    await share.buildSmall();
    await share.openDialog();
    const valid = fragmentOf(await share.linkText());
    await share.close();
    await share.buildSmall('10.1.0.0/16');
    await share.autosaved();
    const work = await share.snapshot();

    const hostile: [string, RegExp][] = [
      ['s=1.!!not~base64!!', /not-a-scenario|corrupt/],
      [bitFlipped(valid), /corrupt|invalid|not-a-scenario/],
      [bomb(), /too-large/],
      ['s=9.AAAA', /bad-version/],
    ];
    for (const [fragment, code] of hostile) {
      await share.open(`#${fragment}`);
      await expect(share.error).toBeVisible();
      await expect(share.error).toContainText(code);
      await expect(share.error).toContainText('Your own work is unchanged.');
      expect(await share.snapshot()).toEqual(work);
      if (screenshots) await page.screenshot({ path: test.info().outputPath(`error-${code.source.slice(0, 12).replace(/\W/g, '')}.png`) });
      await page.reload();
      await page.waitForFunction(() => (window as any).__labStore?.getState().world !== null);
      await expect(share.error).toHaveCount(0);
      expect(await share.snapshot()).toEqual(work);
    }
  });

  test('a valid link opens over the work, which comes back with "Back to your work"', async ({ page, browser }) => {
    const other = await browser.newContext({ permissions: [] });
    const author = new SharePage(await other.newPage());
    await author.open();
    await author.buildSmall('10.7.0.0/16');
    await author.openDialog();
    await author.title.fill('Teacher’s start');
    const link = await author.linkText();
    const shared = await author.snapshot();
    await other.close();

    const share = new SharePage(page);
    await share.open();
    await share.buildSmall();
    await page.evaluate(() => (window as any).__labStore.getState().setPosition('az:us-east-1c', { x: 900, y: 60 }));
    await share.autosaved();
    const work = await share.snapshot();

    // Pasting the link into the address bar of the open tab: only the hash changes.
    await page.evaluate((f) => (location.hash = f), fragmentOf(link));
    await expect(share.banner).toContainText('Opened “Teacher’s start” from a link.');
    await expect(share.banner).toContainText('Your previous work is kept aside');
    expect(await share.snapshot()).toEqual(shared);
    expect(await page.evaluate((k) => localStorage.getItem(k) !== null, BEFORE_LINK_KEY)).toBe(true);

    await share.backButton.click();
    await expect(share.banner).toContainText('Your work is back');
    expect(await share.snapshot()).toEqual(work);
    await share.autosaved();
    await page.reload();
    await page.waitForFunction(() => (window as any).__labStore?.getState().world !== null);
    expect(await share.snapshot()).toEqual(work);
    expect(await page.evaluate((k) => localStorage.getItem(k), BEFORE_LINK_KEY)).toBeNull();
  });

  test('two links in a row, the first one changed: Back, then Back to earlier work, bring both back', async ({ page, browser }) => {
    const other = await browser.newContext({ permissions: [] });
    const author = new SharePage(await other.newPage());
    await author.open();
    await author.buildSmall('10.7.0.0/16');
    await author.openDialog();
    const link = await author.linkText();
    await other.close();

    const share = new SharePage(page);
    await share.open();
    await share.buildSmall();
    const work = await share.snapshot();

    await page.evaluate((f) => (location.hash = f), fragmentOf(link));
    await expect(share.banner).toContainText('Your previous work is kept aside');
    await share.buildSmall('10.9.0.0/16'); // changes to the first link's lab
    const changed = await share.snapshot();
    await page.evaluate((f) => (location.hash = f), fragmentOf(link));
    // the second open is done once the link's lab has replaced the changed one (links decode off the main thread)
    await expect.poll(() => share.snapshot()).not.toEqual(changed);
    await expect(share.backButton).toBeVisible();

    await share.backButton.click();
    await expect(share.banner).toContainText('Earlier work is still kept aside');
    expect(await share.snapshot()).toEqual(changed);
    await page.screenshot({ path: test.info().outputPath('back-to-earlier.png') });
    await share.banner.getByRole('button', { name: 'Back to earlier work' }).click();
    await expect(share.banner).toContainText('Your work is back, as it was before.');
    await expect(share.banner.getByRole('button', { name: 'Back to earlier work' })).toHaveCount(0);
    expect(await share.snapshot()).toEqual(work);
  });
});

test.describe('warnings', () => {
  test('a link whose recorded steps no longer apply opens, and says which steps', async ({ page }) => {
    // The classroom scenario, with two steps recorded differently from what the lab answers now.
    const classroom = classroomScenario();
    const wire = openWire(encodeScenario(createScenario(classroom.input))) as { log: { x?: string }[] };
    wire.log[0]!.x = 'VpcLimitExceeded';
    delete wire.log[17]!.x;
    const share = new SharePage(page);
    await share.open();
    await share.buildSmall();
    await share.autosaved();
    const work = await share.snapshot();
    await share.open(`#${sealWire(wire)}`);
    await expect(share.banner).toContainText('Opened “');
    const warnings = share.banner.getByTestId('link-warnings');
    await expect(warnings).toContainText('2 steps of the link no longer apply as recorded');
    await warnings.getByText('2 steps of the link').click();
    await expect(warnings.getByRole('listitem')).toHaveCount(2);
    await expect(warnings.getByRole('listitem').first()).toContainText('Step 1 (ec2:CreateVpc)');
    if (screenshots) {
      await page.waitForTimeout(1500);
      await page.screenshot({ path: test.info().outputPath('banner-warnings.png') });
    }
    await share.backButton.click();
    await expect(share.banner).toContainText('Your work is back');
    expect(await share.snapshot()).toEqual(work);
  });
});

test.describe('embed mode', () => {
  test('the embed entry /embed/ is a read-only canvas that pans and zooms, with a link to the full lab', async ({ page }) => {
    const share = new SharePage(page);
    await share.open();
    const { instance } = await share.buildSmall();
    await share.openDialog();
    await share.title.fill('Embedded example');
    const fragment = fragmentOf(await share.linkText());
    await share.close();
    await share.autosaved();
    const saved = await page.evaluate((k) => localStorage.getItem(k), AUTOSAVE_KEY);

    await page.evaluate(() => localStorage.clear());
    await openWithTestHook(page, `/embed/?e2e#${fragment}`);
    const node = page.locator(`.react-flow__node[data-id="${instance}"]`);
    await expect(node).toBeVisible();
    await expect(page.getByTestId('embed-title')).toHaveText('Embedded example');
    await expect(share.banner).toHaveCount(0); // an embed has no work to go back to: no banner
    const open = page.getByRole('link', { name: /Open in ec2-lab/ });
    // the full lab, the same hash, and no query: nothing but the scenario passes from an embed to the full lab
    await expect(open).toHaveAttribute('href', new RegExp(`^http://localhost:\\d+/#${fragment.slice(0, 40).replace(/[.]/g, '\\.')}`));
    await expect(open).toHaveAttribute('target', '_blank');
    // No editing: no header, toolbar, side panel or palette; dispatch does nothing; nothing is autosaved.
    await expect(page.getByRole('banner')).toHaveCount(0);
    await expect(page.getByRole('toolbar')).toHaveCount(0);
    await expect(page.getByRole('tablist')).toHaveCount(0);
    await page.keyboard.press('Control+k');
    await expect(page.getByTestId('command-palette')).toHaveCount(0);
    const result = await page.evaluate(() =>
      (window as any).__labStore.getState().dispatch({ type: 'ec2:CreateVpc', params: { CidrBlock: '10.5.0.0/16' } }),
    );
    expect(result).toBeUndefined();
    await page.waitForTimeout(600);
    expect(await page.evaluate((k) => localStorage.getItem(k), AUTOSAVE_KEY)).toBeNull();
    // The hash stays: the embed reopens its scenario on every load.
    await expect(page).toHaveURL(/#s=1\./);

    if (screenshots) await page.screenshot({ path: test.info().outputPath('embed.png') });
    // Keyboard: nodes are focusable; the canvas pans with the mouse and zooms with the controls.
    await node.focus();
    await expect(node).toBeFocused();
    const viewport = page.locator('.react-flow__viewport');
    const t0 = await viewport.evaluate((el) => (el as HTMLElement).style.transform);
    const pane = await page.locator('.react-flow__pane').boundingBox();
    await page.mouse.move(pane!.x + pane!.width - 150, pane!.y + 250);
    await page.mouse.down();
    await page.mouse.move(pane!.x + pane!.width - 250, pane!.y + 200, { steps: 5 });
    await page.mouse.up();
    await expect.poll(() => viewport.evaluate((el) => (el as HTMLElement).style.transform)).not.toBe(t0);
    await page.getByRole('button', { name: /zoom in/i }).click();
    expect(saved).not.toBeNull();
  });

  test('only the embed entry may be framed by other sites (headers of vite preview)', async ({ request }) => {
    const full = await request.get('/');
    expect(full.headers()['content-security-policy']).toMatch(/frame-ancestors 'none'/);
    expect(full.headers()['x-frame-options']).toBe('DENY');
    const embed = await request.get('/embed/');
    expect(embed.headers()['content-security-policy']).toMatch(/frame-ancestors \*/);
    expect(embed.headers()['x-frame-options']).toBeUndefined();
    expect(embed.headers()['x-content-type-options']).toBe('nosniff');
  });
});

test.describe('content security policy', () => {
  test('the app runs with no CSP violation, and the policy blocks inline scripts', async ({ page }) => {
    await page.addInitScript(() => {
      (window as any).__csp = [];
      document.addEventListener('securitypolicyviolation', (e) =>
        (window as any).__csp.push(`${e.effectiveDirective} ${e.blockedURI}`),
      );
    });
    const response = await page.goto('/?e2e');
    expect(response?.headers()['content-security-policy']).toContain("script-src 'self'");
    const share = new SharePage(page);
    await page.waitForFunction(() => (window as any).__labStore?.getState().world !== null);
    await share.buildSmall();
    await share.openDialog();
    await expect(share.qr).toBeVisible();
    const link = await share.linkText();
    await share.close();
    await share.open(`#${fragmentOf(link)}`);
    await expect(share.banner).toBeVisible();
    await page.keyboard.press('Control+k');
    await expect(page.getByTestId('command-palette')).toBeVisible();
    await page.keyboard.press('Escape');
    expect(await page.evaluate(() => (window as any).__csp)).toEqual([]);

    // The control: an injected inline script does not run, and is reported.
    const ran = await page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = '(window).__injected = true;';
      document.body.append(script);
      return (window as any).__injected === true;
    });
    expect(ran).toBe(false);
    await expect.poll(() => page.evaluate(() => (window as any).__csp.length)).toBeGreaterThan(0);
  });
});
