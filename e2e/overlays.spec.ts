import { expect, test, type Page } from '@playwright/test';
import { coveredWords, settled } from './pages/shell';

/**
 * Nothing a lab step is about sits under an overlay (issue #12): in "Lose an AZ and keep serving", the region chips,
 * the panel buttons (Details, Lab steps), an open drawer or bottom sheet and the zoom buttons never cover the load
 * balancer's title; where the step's tier fits on screen, the target group's title and the Auto Scaling group's
 * label are wholly on screen too (not at the fold). Bounding boxes, as the learner's eye sees them.
 */

type Box = { x: number; y: number; width: number; height: number; what: string };

const intersects = (a: Box, b: Box) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/** The visible boxes of what floats over the canvas. */
function overlays(page: Page): Promise<Box[]> {
  return page.evaluate(() => {
    const selectors: [string, string][] = [
      ['nav[aria-label="Regions"]', 'region chips'],
      ['[role="group"][aria-label="Panels"] button', 'panel button'],
      ['[data-testid="lab-drawer"], [data-testid="lab-sheet"], [data-testid="details-drawer"], [data-testid="details-sheet"]', 'drawer or sheet'],
      ['.react-flow__controls', 'zoom buttons'],
      ['[data-testid="zone-ruler"]', 'zone ruler'],
      ['button[aria-label^="More of the diagram"]', 'More button'],
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

/**
 * The caption of the VPC the step's instance is in ("Default VPC") is on screen, not under the region chips, at
 * 1024×768 and 1280×720 — with the "Opened … from a link" banner shortening the canvas, and after it is dismissed.
 */
for (const size of [
  { width: 1024, height: 768 },
  { width: 1280, height: 720 },
]) {
  test(`elastic-ip at ${size.width}×${size.height}: the Default VPC caption is under no overlay`, async ({ page }) => {
    test.setTimeout(90_000);
    await page.setViewportSize(size);
    await page.goto('/?e2e#lab=elastic-ip');
    await page.waitForFunction(() => (window as any).__labStore?.getState().activeLab?.lab.id === 'elastic-ip', null, { timeout: 30_000 });
    await page.locator('.react-flow__node-instance').first().waitFor();
    const dismiss = page.getByRole('status').getByRole('button', { name: 'Dismiss' });
    for (const banner of ['with the banner', 'without it']) {
      if (banner === 'without it' && (await dismiss.isVisible())) await dismiss.click();
      await settled(page);
      const caption = page.locator('.react-flow__node-vpc').getByText('Default VPC', { exact: true });
      // the words themselves (the caption's box runs on under the long VPC name)
      const words = await caption.evaluate((el) => {
        const range = document.createRange();
        range.selectNodeContents(el);
        const r = range.getBoundingClientRect();
        return { x: r.x, y: r.y, width: r.width, height: r.height };
      });
      const title = { ...words, what: `Default VPC caption ${banner}` };
      const pane = await box(page, '.react-flow', 'canvas');
      expect(title.y, title.what).toBeGreaterThanOrEqual(pane.y);
      const hit = (await overlays(page)).filter((c) => intersects(c, title)).map((c) => c.what);
      expect(hit, `${title.what} is covered`).toEqual([]);
    }
  });
}

/**
 * On a phone the region chips are all in sight (they wrap, never scroll out of the bar), the page does not scroll
 * sideways, and the panel buttons (placed once the chips are drawn) cover none of them — on the first screen and in
 * a lab.
 */
for (const width of [360, 390]) {
  test(`region chips at ${width} px: every chip in sight, none under a panel button`, async ({ page }) => {
    test.setTimeout(90_000);
    await page.setViewportSize({ width, height: 844 });
    for (const address of ['/', '/#lab=elastic-ip']) {
      await page.goto(address);
      await page.locator('.react-flow__node').first().waitFor();
      await settled(page);
      const nav = page.getByRole('navigation', { name: 'Regions' });
      const chips = nav.getByRole('button');
      await expect(chips).toHaveCount(3);
      expect(await nav.evaluate((el) => el.scrollWidth - el.clientWidth), `${address}: the chips scroll`).toBeLessThanOrEqual(0);
      expect(await page.evaluate(() => document.documentElement.scrollWidth), `${address}: the page scrolls sideways`).toBeLessThanOrEqual(width);
      const bar = { ...(await nav.boundingBox())!, what: 'region chips' };
      const buttons = (await overlays(page)).filter((c) => c.what === 'panel button');
      expect(buttons.length, `${address}: a panel button`).toBeGreaterThan(0);
      for (const chip of await chips.all()) {
        const b = { ...(await chip.boundingBox())!, what: (await chip.textContent())! };
        expect(b.x, `${b.what} left`).toBeGreaterThanOrEqual(bar.x);
        expect(b.x + b.width, `${b.what} right`).toBeLessThanOrEqual(Math.min(bar.x + bar.width, width) + 0.5);
      }
      expect(buttons.filter((c) => intersects(c, bar)).length, `${address}: a panel button covers the chips`).toBe(0);
    }
  });
}

/**
 * Nothing on the canvas is under the region chips or the minimap when a lab opens (issue #12): Lose an AZ and the
 * Elastic IP lab at 1024×768 (with the lab's drawer open, then closed: the minimap shows) and 1920×1080. The
 * chips covered the Default VPC's and the zones' headings, the minimap the end of an Auto Scaling group's label.
 */
for (const size of [
  { width: 1024, height: 768 },
  { width: 1920, height: 1080 },
]) {
  test(`labs open at ${size.width}×${size.height} with no words under the region chips or the minimap`, async ({ page }) => {
    test.setTimeout(90_000);
    await page.setViewportSize(size);
    await page.goto('/?e2e');
    await page.locator('.react-flow__node').first().waitFor();
    const covered: string[] = [];
    for (const lab of ['lose-an-az', 'elastic-ip']) {
      await page.evaluate((id) => (location.hash = `#lab=${id}`), lab);
      await page.waitForFunction((id) => (window as any).__labStore?.getState().activeLab?.lab.id === id, lab);
      await settled(page);
      for (const w of await coveredWords(page)) covered.push(`${lab}: ${w}`);
      const drawer = page.getByTestId('lab-drawer');
      if (await drawer.isVisible()) {
        await drawer.getByRole('button', { name: 'Hide the lab panel' }).click();
        await settled(page);
        for (const w of await coveredWords(page)) covered.push(`${lab}, drawer closed: ${w}`);
      }
    }
    expect(covered).toEqual([]);
  });
}

/**
 * No card lies on (or touches) an Availability Zone's heading (its name, "Zone down", the zone ID pill) as drawn: at 1920×1080 the
 * Elastic IP lab's internet gateway touched us-east-1c's zone ID pill. Lab starts, and Lose an AZ with its zone down
 * (the heading's third line), in both lenses; the heading's height is within the room the layout keeps for it.
 */
test('no card on an AZ heading at 1920×1080: lab starts, a zone down, both lenses', async ({ page }) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.goto('/?e2e');
  await page.locator('.react-flow__node').first().waitFor();
  const problems: string[] = [];
  const check = async (where: string) => {
    await settled(page);
    const found = await page.evaluate(() => {
      const zoom = Number(/scale\(([\d.]+)\)/.exec((document.querySelector('.react-flow__viewport') as HTMLElement).style.transform)?.[1]);
      const groups = /react-flow__node-(region|shelf|az|vpc|zoneColumn|subnet|host|bay)\b/;
      const cards = Array.from(document.querySelectorAll('.react-flow__node')).filter((n) => !groups.test(n.className));
      const out: string[] = [];
      for (const az of Array.from(document.querySelectorAll('.react-flow__node-az'))) {
        const top = az.getBoundingClientRect().top;
        const heading = az.querySelector('section > div')!.getBoundingClientRect();
        if ((heading.bottom - top) / zoom > 148) out.push(`${az.getAttribute('data-id')}: heading ${Math.round((heading.bottom - top) / zoom)} px tall`);
        // a card touching the heading counts: 8 canvas px kept clear below it
        const bottom = heading.bottom + 8 * zoom;
        for (const card of cards) {
          const r = card.getBoundingClientRect();
          if (r.left < heading.right && heading.left < r.right && r.top < bottom && heading.top < r.bottom) out.push(`${card.getAttribute('data-id')} on ${az.getAttribute('data-id')}`);
        }
      }
      return out;
    });
    problems.push(...found.map((f) => `${where}: ${f}`));
  };
  for (const lab of ['elastic-ip', 'lose-an-az']) {
    await page.evaluate((id) => (location.hash = `#lab=${id}`), lab);
    await page.waitForFunction((id) => (window as any).__labStore?.getState().activeLab?.lab.id === id, lab);
    await check(lab);
  }
  await page.evaluate(() => (window as any).__labStore.getState().dispatch({ type: 'sim:FailAvailabilityZone', params: { AvailabilityZone: 'us-east-1a' } }));
  await expect(page.locator('[data-zone-failed]')).toHaveCount(1);
  await check('lose-an-az, us-east-1a down');
  await page.getByRole('button', { name: 'Physical', exact: true }).click();
  await check('lose-an-az, us-east-1a down, physical lens');
  expect(problems).toEqual([]);
});
