import { expect, test, type Page } from '@playwright/test';

/**
 * Nothing a lab step is about sits under an overlay (issue #12): in "Lose an AZ and keep serving", the region chips,
 * the panel buttons (Details, Lab steps), an open drawer or bottom sheet and the zoom buttons never cover the load
 * balancer's title; where the step's tier fits on screen, the target group's title and the Auto Scaling group's
 * label are wholly on screen too (not at the fold). Bounding boxes, as the learner's eye sees them.
 */

type Box = { x: number; y: number; width: number; height: number; what: string };

const intersects = (a: Box, b: Box) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/** Waits until the camera has stopped moving (its animation is 300 ms). */
async function settled(page: Page) {
  let last = '';
  for (let i = 0; i < 40; i++) {
    const now = await page.locator('.react-flow__viewport').evaluate((el: HTMLElement) => el.style.transform);
    if (now === last && now) return;
    last = now;
    await page.waitForTimeout(150);
  }
}

/** The visible boxes of what floats over the canvas. */
function overlays(page: Page): Promise<Box[]> {
  return page.evaluate(() => {
    const selectors: [string, string][] = [
      ['nav[aria-label="Regions"]', 'region chips'],
      ['[role="group"][aria-label="Panels"] button', 'panel button'],
      ['[data-testid="lab-drawer"], [data-testid="lab-sheet"], [data-testid="details-drawer"], [data-testid="details-sheet"]', 'drawer or sheet'],
      ['.react-flow__controls', 'zoom buttons'],
    ];
    const out: Box[] = [];
    for (const [selector, what] of selectors) {
      for (const el of Array.from(document.querySelectorAll(selector))) {
        const r = el.getBoundingClientRect();
        if (r.width && r.height) out.push({ x: r.x, y: r.y, width: r.width, height: r.height, what });
      }
    }
    return out;
  });
}

async function box(page: Page, selector: string, what: string): Promise<Box> {
  const b = await page.locator(selector).first().boundingBox();
  expect(b, what).not.toBeNull();
  return { ...b!, what };
}

for (const size of [
  { width: 390, height: 844, tier: false },
  { width: 1024, height: 768, tier: true },
  { width: 1280, height: 720, tier: false },
]) {
  test(`lose-an-az at ${size.width}×${size.height}: no overlay covers what the step is about`, async ({ page }) => {
    test.setTimeout(90_000);
    await page.setViewportSize({ width: size.width, height: size.height });
    await page.goto('/?e2e#lab=lose-an-az');
    await page.waitForFunction(() => (window as any).__labStore?.getState().activeLab?.lab.id === 'lose-an-az', null, { timeout: 30_000 });
    await page.locator('[data-kind="load-balancer"]').waitFor();
    await settled(page);

    const lb = '[data-kind="load-balancer"]';
    const titles = [await box(page, `${lb} > :nth-child(1)`, 'load balancer caption'), await box(page, `${lb} > :nth-child(2)`, 'load balancer name')];
    if (size.tier) {
      titles.push(await box(page, '[data-kind="target-group"] > :nth-child(1)', 'target group title'));
      titles.push(await box(page, '[data-kind="auto-scaling-group"] button', 'Auto Scaling group label'));
    }
    const pane = await box(page, '.react-flow', 'canvas');
    const covers = await overlays(page);
    expect(covers.some((c) => c.what === 'region chips')).toBe(true);
    for (const title of titles) {
      // wholly inside the canvas (not cut at an edge or the fold)…
      expect(title.y, `${title.what} top`).toBeGreaterThanOrEqual(pane.y);
      expect(title.y + title.height, `${title.what} bottom`).toBeLessThanOrEqual(pane.y + pane.height + 0.5);
      // …and under no overlay
      const hit = covers.filter((c) => intersects(c, title)).map((c) => c.what);
      expect(hit, `${title.what} is covered`).toEqual([]);
    }
  });
}
