import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { coveredWords, settled } from './pages/shell';

/**
 * What the canvas's top edge tells a learner about what is not on screen (issue #12): the zone a lab step names is
 * named on screen (its heading, or the ruler of zone names pinned along the top when the heading went above it), and
 * "More →" says the drawing runs on past the right edge.
 */

type Box = { left: number; top: number; right: number; bottom: number; pinned?: boolean };

/** Boxes of the visible elements whose own text is exactly `text`, inside the canvas (its heading or the ruler). */
function textBoxes(page: Page, text: string): Promise<Box[]> {
  return page.evaluate((wanted) => {
    const out: Box[] = [];
    for (const el of Array.from(document.querySelectorAll('.react-flow h3, [data-testid="zone-ruler"] span'))) {
      const own = Array.from(el.childNodes).filter((n) => n.nodeType === Node.TEXT_NODE).map((n) => n.textContent).join('').trim();
      if (own !== wanted) continue;
      const range = document.createRange();
      range.selectNodeContents(el.lastChild!);
      const r = range.getBoundingClientRect();
      const pinned = !!el.closest('[data-testid="zone-ruler"]');
      if (r.width && r.height) out.push({ left: r.left, top: r.top, right: r.right, bottom: r.bottom, pinned });
    }
    return out;
  }, text);
}

/** The part of the canvas a learner sees (an open drawer lies over its right), and what floats over it (the ruler too). */
function seenPane(page: Page): Promise<{ pane: Box; covers: Box[]; ruler: Box[] }> {
  return page.evaluate(() => {
    const r = document.querySelector('.react-flow')!.getBoundingClientRect();
    const drawer = document.querySelector('[data-testid$="-drawer"]')?.getBoundingClientRect();
    const right = drawer && drawer.width && drawer.left < r.right ? drawer.left : r.right;
    const boxes = (selectors: string[]) =>
      selectors
        .flatMap((s) => Array.from(document.querySelectorAll(s)))
        .map((el) => el.getBoundingClientRect())
        .filter((b) => b.width && b.height)
        .map((b) => ({ left: b.left, top: b.top, right: b.right, bottom: b.bottom }));
    const covers = boxes(['nav[aria-label="Regions"]', '[role="group"][aria-label="Panels"] button', '.react-flow__minimap', '.react-flow__controls', 'button[aria-label^="More of the diagram"]']);
    return { pane: { left: r.left, top: r.top, right, bottom: r.bottom }, covers, ruler: boxes(['[data-testid="zone-ruler"]']) };
  });
}

const inside = (a: Box, b: Box) => a.left >= b.left - 0.5 && a.right <= b.right + 0.5 && a.top >= b.top - 0.5 && a.bottom <= b.bottom + 0.5;
const meets = (a: Box, b: Box) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

for (const size of [
  { width: 1280, height: 720 },
  { width: 1024, height: 768 },
]) {
  test(`Lose an AZ at ${size.width}×${size.height}: "us-east-1a", the zone step 1 names, is on screen`, async ({ page }) => {
    test.setTimeout(90_000);
    await page.setViewportSize(size);
    await page.goto('/?e2e#lab=lose-an-az');
    await page.waitForFunction(() => (window as any).__labStore?.getState().activeLab?.lab.id === 'lose-an-az', null, { timeout: 30_000 });
    await expect(page.getByTestId('lab-panel').getByText('Lose us-east-1a')).toBeVisible();
    const dismiss = page.getByRole('status').getByRole('button', { name: 'Dismiss' });
    for (const banner of ['with the link banner', 'without it']) {
      if (banner === 'without it' && (await dismiss.isVisible())) await dismiss.click();
      await settled(page);
      const { pane, covers, ruler } = await seenPane(page);
      // a heading behind the ruler does not count, a name in it does
      const shown = (await textBoxes(page, 'us-east-1a')).filter((b) => inside(b, pane) && ![...covers, ...(b.pinned ? [] : ruler)].some((c) => meets(c, b)));
      expect(shown.length, `${banner}: "us-east-1a" wholly in the canvas, under nothing`).toBeGreaterThan(0);
      // the load balancer the step's tier starts with is still on screen below it
      const lb = (await page.locator('[data-kind="load-balancer"] > :nth-child(2)').boundingBox())!;
      expect(lb.y, banner).toBeGreaterThanOrEqual(pane.top);
    }
  });
}

test('the first screen at 1280×720: "More →" shows the third zone, by keyboard, covers no words, passes axe light and dark', async ({ page }) => {
  test.setTimeout(90_000);
  await page.goto('/?e2e');
  await page.locator('.react-flow__node-az').nth(2).waitFor({ state: 'attached' });
  await settled(page);
  const more = page.getByRole('button', { name: 'More of the diagram to the right' });
  const back = page.getByRole('button', { name: 'More of the diagram to the left' });
  await expect(more).toBeVisible();
  await expect(more).toHaveText('More');
  await expect(back).toHaveCount(0);
  const { pane } = await seenPane(page);
  expect((await textBoxes(page, 'us-east-1c')).filter((b) => inside(b, pane))).toEqual([]);
  for (const theme of ['light', 'dark']) {
    if (theme === 'dark') await page.getByRole('button', { name: /dark theme/i }).first().click();
    const axe = await new AxeBuilder({ page }).include('.react-flow').include('button[aria-label^="More of the diagram"]').analyze();
    expect(axe.violations.map((v) => `${theme}: ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    // the words of every card and heading on screen stay clear of it
    const words = await coveredWords(page);
    expect(words, theme).toEqual([]);
  }
  // by keyboard: Enter pans until the drawing's right end is in view; the button is then gone, "← More" has focus
  await more.focus();
  for (let i = 0; i < 6 && (await more.count()); i++) {
    await page.keyboard.press('Enter');
    await settled(page);
  }
  await expect(more).toHaveCount(0);
  await expect(back).toBeFocused();
  expect((await textBoxes(page, 'us-east-1c')).filter((b) => inside(b, pane)).length).toBe(1);
  // the camera leaves the learner's view alone (it does not pan back)
  await page.waitForTimeout(600);
  await expect(more).toHaveCount(0);
  await page.keyboard.press('Enter');
  await settled(page);
  await expect(more).toBeVisible();
});

test('no "More" when everything is in view: the first screen at 1920×1080, and after Fit all', async ({ page }) => {
  test.setTimeout(60_000);
  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.goto('/?e2e');
  await page.locator('.react-flow__node-az').nth(2).waitFor({ state: 'attached' });
  await settled(page);
  await expect(page.getByRole('button', { name: /^More of the diagram/ })).toHaveCount(0);
  await page.setViewportSize({ width: 1280, height: 720 });
  await expect(page.getByRole('button', { name: 'More of the diagram to the right' })).toBeVisible();
  await page.getByRole('button', { name: 'Fit all (F)' }).click();
  await settled(page);
  await expect(page.getByRole('button', { name: /^More of the diagram/ })).toHaveCount(0);
});
