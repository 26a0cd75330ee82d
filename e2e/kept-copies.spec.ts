import type { Browser, Page } from '@playwright/test';
import { expect, test } from './pages/lab-page';
import { BEFORE_LINK_KEY, fragmentOf, SharePage, type LabSnapshot } from './pages/share';

/**
 * When the kept copies of earlier work are full (the one kept plus four earlier ones), opening one more link over
 * changed work asks which copy to drop; cancelling opens nothing. Reached the way a learner does: six links in a row,
 * each over work changed since the last one.
 */
const EARLIER_KEY = `${BEFORE_LINK_KEY}:earlier`;

async function linkFromAnotherBrowser(browser: Browser): Promise<string> {
  const other = await browser.newContext();
  const author = new SharePage(await other.newPage());
  await author.open();
  await author.buildSmall('10.7.0.0/16');
  await author.openDialog();
  const link = fragmentOf(await author.linkText());
  await other.close();
  return link;
}

/** Changes the world on screen (a new VPC each time), then opens the link over it; returns the changed work. */
async function changeThenOpen(share: SharePage, link: string, round: number): Promise<LabSnapshot> {
  await share.buildSmall(`10.${20 + round}.0.0/16`);
  const work = await share.snapshot();
  await share.page.evaluate((f) => (location.hash = f), link);
  return work;
}

const question = (page: Page) => page.getByRole('alertdialog', { name: 'Drop one kept copy of your work?' });
const keptCount = (page: Page) =>
  page.evaluate(([k, e]) => (localStorage.getItem(k!) === null ? 0 : 1 + (JSON.parse(localStorage.getItem(e!) ?? '[]') as unknown[]).length), [BEFORE_LINK_KEY, EARLIER_KEY]);

/** Five links, each over changed work: five copies kept (newest first in the returned list); the link is on screen. */
async function fillKeptCopies(share: SharePage, link: string): Promise<LabSnapshot[]> {
  const kept: LabSnapshot[] = [];
  for (let round = 0; round < 5; round++) {
    kept.unshift(await changeThenOpen(share, link, round));
    await expect.poll(() => share.snapshot()).not.toEqual(kept[0]);
    await expect(share.backButton).toBeVisible();
    await expect.poll(() => keptCount(share.page)).toBe(round + 1);
  }
  return kept;
}

test.describe('kept copies full', () => {
  test.describe.configure({ timeout: 120_000 }); // six links, each decoded off the main thread
  test('the learner chooses which copy to drop; the others and the current work come back with Back', async ({ page, browser }) => {
    const link = await linkFromAnotherBrowser(browser);
    const share = new SharePage(page);
    await share.open();
    const kept = await fillKeptCopies(share, link);

    const current = await changeThenOpen(share, link, 5);
    const dialog = question(page);
    await expect(dialog).toBeVisible();
    const options = dialog.getByRole('radio');
    await expect(options).toHaveCount(5);
    await expect(options.nth(4)).toBeChecked(); // the oldest is offered
    await expect(dialog.getByRole('radio', { name: /^Oldest · / })).toBeChecked();
    await dialog.getByRole('radio', { name: /^3rd newest · / }).click();
    await expect(options.nth(2)).toBeChecked();
    await dialog.getByRole('button', { name: 'Drop it and open the link' }).click();
    await expect(dialog).toBeHidden();
    await expect.poll(() => share.snapshot()).not.toEqual(current);
    await expect.poll(() => keptCount(page)).toBe(5);

    // Back walks through the current work, then every kept copy but the dropped one (kept[2]), newest first.
    const expected = [current, kept[0], kept[1], kept[3], kept[4]];
    for (const [i, work] of expected.entries()) {
      const back = i === 0 ? share.backButton : share.banner.getByRole('button', { name: 'Back to earlier work' });
      await back.click();
      await expect.poll(() => share.snapshot()).toEqual(work);
    }
    await expect(share.banner).toContainText('Your work is back, as it was before.');
    await expect(share.banner.getByRole('button', { name: 'Back to earlier work' })).toHaveCount(0);
    expect(await keptCount(page)).toBe(0);
  });

  test('"Keep every copy" opens nothing: the world and the kept copies stay as they were', async ({ page, browser }) => {
    const link = await linkFromAnotherBrowser(browser);
    const share = new SharePage(page);
    await share.open();
    await fillKeptCopies(share, link);
    const before = await page.evaluate(([k, e]) => [localStorage.getItem(k!), localStorage.getItem(e!)], [BEFORE_LINK_KEY, EARLIER_KEY]);

    const current = await changeThenOpen(share, link, 5);
    const dialog = question(page);
    await expect(dialog).toBeVisible();
    await dialog.getByRole('button', { name: 'Keep every copy' }).click();
    await expect(dialog).toBeHidden();
    await expect(share.error).toContainText('You chose to keep every copy of earlier work, so nothing was opened.');
    expect(await share.snapshot()).toEqual(current);
    expect(await page.evaluate(([k, e]) => [localStorage.getItem(k!), localStorage.getItem(e!)], [BEFORE_LINK_KEY, EARLIER_KEY])).toEqual(before);
  });

  test('at 390 px the question fits: no sideways scroll, every option and button in view', async ({ page, browser }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    const link = await linkFromAnotherBrowser(browser);
    const share = new SharePage(page);
    await share.open();
    await fillKeptCopies(share, link);
    await changeThenOpen(share, link, 5);
    const dialog = question(page);
    await expect(dialog).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    const box = await dialog.boundingBox();
    expect(box!.x).toBeGreaterThanOrEqual(0);
    expect(box!.x + box!.width).toBeLessThanOrEqual(390);
    for (const name of ['Keep every copy', 'Drop it and open the link']) {
      const button = dialog.getByRole('button', { name });
      await button.scrollIntoViewIfNeeded();
      await expect(button).toBeInViewport();
      const b = await button.boundingBox();
      expect(b!.x + b!.width).toBeLessThanOrEqual(390);
    }
    await expect(dialog.getByRole('radio')).toHaveCount(5);
  });
});
