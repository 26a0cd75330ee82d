import { expect, test, type Page } from '@playwright/test';
import { settled } from './pages/shell';

/**
 * Readable everywhere (issue #12): the classroom demo and every guided lab's start, at 1280×720 and 1920×1080, show
 * node text no smaller than 11 px on screen (computed font size × the canvas zoom) at Normal, and 18 px at
 * Projector on 1920×1080 (panel text there ≥ 20 px). One page per size: labs are opened one after another by their
 * `#lab=<id>` link, as a course page would.
 */

/** Smallest on-screen font size of the node text visible in the pane, with the zoom it was measured at. */
function smallestNodeText(page: Page) {
  return page.evaluate(() => {
    const viewport = document.querySelector<HTMLElement>('.react-flow__viewport')!;
    const zoom = Number(/scale\(([\d.]+)\)/.exec(viewport.style.transform)?.[1] ?? NaN);
    const pane = document.querySelector('.react-flow')!.getBoundingClientRect();
    let smallest = Infinity;
    let text = '';
    let count = 0;
    for (const el of Array.from(document.querySelectorAll('.react-flow__node *'))) {
      if (!Array.from(el.childNodes).some((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim())) continue;
      const r = el.getBoundingClientRect();
      if (!r.width || r.right <= pane.left || r.left >= pane.right || r.bottom <= pane.top || r.top >= pane.bottom) continue;
      const size = parseFloat(getComputedStyle(el).fontSize) * zoom;
      count++;
      if (size < smallest) {
        smallest = size;
        text = el.textContent!.slice(0, 40);
      }
    }
    return { smallest, text, zoom, count };
  });
}

async function labIds(page: Page): Promise<string[]> {
  await page.getByRole('button', { name: 'Labs' }).click();
  await page.locator('[data-lab-id]').first().waitFor();
  const ids = await page.locator('[data-lab-id]').evaluateAll((cards) => cards.map((c) => c.getAttribute('data-lab-id')!));
  await page.keyboard.press('Escape');
  await expect(page.locator('[data-lab-id]')).toHaveCount(0);
  expect(ids.length).toBeGreaterThanOrEqual(16);
  return ids;
}

async function openClassroom(page: Page) {
  await page.goto('/?demo=classroom&e2e');
  await page.waitForFunction(() => (window as { __demoReady?: boolean }).__demoReady === true);
  await settled(page);
}

async function openLab(page: Page, id: string) {
  await page.evaluate((lab) => (location.hash = `#lab=${lab}`), id);
  await page.waitForFunction((lab) => (window as any).__labStore?.getState().activeLab?.lab.id === lab, id);
  await expect(page.getByTestId('lab-panel')).toBeVisible();
  await settled(page);
}

for (const size of [
  { width: 1280, height: 720 },
  { width: 1920, height: 1080 },
]) {
  test(`node text is at least 11 px on screen at ${size.width}×${size.height}: classroom demo and every lab's start`, async ({ page }) => {
    test.setTimeout(120_000);
    await page.setViewportSize(size);
    await openClassroom(page);
    const seen = [{ where: 'classroom', ...(await smallestNodeText(page)) }];
    for (const id of await labIds(page)) {
      await openLab(page, id);
      seen.push({ where: id, ...(await smallestNodeText(page)) });
    }
    for (const s of seen) expect(s.count, `${s.where}: node text on screen`).toBeGreaterThan(0);
    const tooSmall = seen.filter((s) => !(s.smallest >= 11));
    expect(tooSmall, JSON.stringify(tooSmall)).toEqual([]);
  });
}

test('Projector at 1920×1080: node text ≥ 18 px on screen, panel text ≥ 20 px; the setting is remembered', async ({ page }) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 1920, height: 1080 });
  await openClassroom(page);
  await page.getByRole('combobox', { name: 'Text size' }).selectOption('projector');
  await settled(page);
  await page.reload();
  await page.waitForFunction(() => (window as { __demoReady?: boolean }).__demoReady === true);
  await expect(page.getByRole('combobox', { name: 'Text size' })).toHaveValue('projector');
  await settled(page);
  const seen = [{ where: 'classroom', ...(await smallestNodeText(page)) }];
  const ids = await labIds(page);
  for (const id of ids) {
    await openLab(page, id);
    seen.push({ where: id, ...(await smallestNodeText(page)) });
  }
  const tooSmall = seen.filter((s) => !(s.smallest >= 18) || s.count === 0);
  expect(tooSmall, JSON.stringify(tooSmall)).toEqual([]);
  // Panel text: the lab's instruction and the inspector's prompt.
  for (const locator of [page.getByTestId('lab-instruction'), page.getByText('Select something on the canvas')]) {
    const px = await locator.first().evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
    expect(px).toBeGreaterThanOrEqual(20);
  }
});

test('region chips show a region and hide it; the inspector renames an instance; F fits all', async ({ page }) => {
  await page.goto('/?e2e#lab=elastic-ip');
  await expect(page.getByTestId('lab-panel')).toBeVisible({ timeout: 20_000 });
  const regions = page.locator('.react-flow__node-region');
  await expect(regions).toHaveCount(1); // a lab in us-east-1 shows us-east-1 only
  const bar = page.getByRole('navigation', { name: 'Regions' });
  await bar.getByRole('button', { name: 'eu-west-1' }).click();
  await expect(page.locator('.react-flow__node[data-id="region:eu-west-1"]')).toBeVisible();
  await bar.getByRole('button', { name: 'Only mine' }).or(bar.getByRole('button', { name: 'eu-west-1' })).first().click();
  await expect(regions).toHaveCount(1);

  const web = page.locator('.react-flow__node-instance').first();
  await expect(web).toContainText('web'); // the lab's text calls it "the web server"
  // Hiding the region flew the camera home: the card is clicked where it comes to rest.
  await settled(page);
  await web.click();
  const selection = () => page.evaluate(() => (window as any).__labStore.getState().selection);
  await expect.poll(selection).toBe(await web.getAttribute('data-id'));
  // With a lab open at 1280 px the details panel is a drawer (the lab's steps are the one open): its button opens it.
  await page.getByRole('group', { name: 'Panels' }).getByRole('button', { name: 'Details' }).click();
  const name = page.getByLabel('Name tag');
  await name.fill('front door');
  await page.getByRole('button', { name: 'Rename' }).click();
  await expect(web).toContainText('front door');
  // Selecting and renaming never scrolls the page itself (the header stays on screen).
  expect(await page.evaluate(() => [scrollY, document.documentElement.scrollHeight - innerHeight])).toEqual([0, 0]);
  await expect(page.getByRole('heading', { level: 2, name: /front door/ }).first()).toBeVisible();
  await expect(page.getByRole('region', { name: 'Status checks' })).toContainText('System: ok');

  await page.locator('.react-flow__pane').click({ position: { x: 5, y: 300 } });
  await page.keyboard.press('f');
  await settled(page);
  const zoom = await page.locator('.react-flow__viewport').evaluate((el: HTMLElement) => Number(/scale\(([\d.]+)\)/.exec(el.style.transform)?.[1]));
  expect(zoom).toBeGreaterThan(0);
});

test('a brand-new browser opening a lab link is offered no "Back to your work" (there is none)', async ({ browser }) => {
  const context = await browser.newContext(); // no autosave, nothing kept aside
  const page = await context.newPage();
  await page.goto('/#lab=elastic-ip');
  const banner = page.getByRole('status').filter({ hasText: 'from a link' });
  await expect(banner).toContainText('Opened “Elastic IPs: an address that stays” from a link.', { timeout: 20_000 });
  await expect(banner.getByRole('button', { name: 'Back to your work' })).toHaveCount(0);
  await context.close();
});

test('Lose an AZ opens on the load balancer and the instances behind it, readable, at 1024×768 and 1280×720', async ({ page }) => {
  test.setTimeout(90_000);
  for (const size of [
    { width: 1024, height: 768 },
    { width: 1280, height: 720 },
  ]) {
    await page.setViewportSize(size);
    await page.goto('/?e2e');
    await page.locator('.react-flow__node-az').first().waitFor();
    await openLab(page, 'lose-an-az');
    const seen = await page.evaluate(() => {
      const pane = document.querySelector('.react-flow')!.getBoundingClientRect();
      const panel = document.querySelector('[data-testid="lab-panel"]')!.getBoundingClientRect();
      // the part of the pane the lab panel does not cover (it is a drawer over the canvas under 1280 px)
      const right = panel.left > pane.left && panel.left < pane.right ? panel.left : pane.right;
      /** The card's title (its Name tag or ID) is wholly on screen. */
      const shown = (el: Element) => {
        const r = el.querySelector('p')!.getBoundingClientRect();
        return r.left >= pane.left && r.right <= right && r.top >= pane.top && r.bottom <= pane.bottom;
      };
      const lb = document.querySelector('.react-flow__node-loadBalancer');
      const lbBox = lb?.getBoundingClientRect();
      return {
        instances: Array.from(document.querySelectorAll('.react-flow__node-instance')).filter(shown).length,
        lb: !!lbBox && lbBox.bottom > pane.top && lbBox.top < pane.bottom && lbBox.left < right && lbBox.right > pane.left,
      };
    });
    expect(seen, `${size.width}×${size.height}`).toEqual({ instances: 2, lb: true });
    const text = await smallestNodeText(page);
    expect(text.smallest, `${size.width}×${size.height}: ${text.text}`).toBeGreaterThanOrEqual(11);
  }
});

/** React Flow stops a camera flight at a press on the canvas (d3-zoom interrupts it): the card stays put to be clicked. */
test('a press on a card while the camera flies stops the camera there, and the release selects that card', async ({ page }) => {
  await page.clock.install();
  await page.goto('/?e2e#lab=elastic-ip');
  await expect(page.getByTestId('lab-panel')).toBeVisible({ timeout: 20_000 });
  await settled(page);
  const transform = () => page.locator('.react-flow__viewport').evaluate((el: HTMLElement) => el.style.transform);
  // Time stands still: showing a region starts the camera's 300 ms flight, and 100 ms of it runs.
  await page.clock.pauseAt(Date.now() + 60_000);
  const before = await transform();
  await page.getByRole('navigation', { name: 'Regions' }).getByRole('button', { name: 'eu-west-1' }).click();
  await page.clock.runFor(100);
  const pressed = await transform();
  expect(pressed).not.toBe(before); // mid-flight
  const web = page.locator('.react-flow__node-instance').first();
  const box = (await web.boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + 12);
  await page.mouse.down();
  await page.clock.runFor(400); // the rest of the flight would have run by now
  expect(await transform()).toBe(pressed);
  await page.mouse.up();
  const id = await web.getAttribute('data-id');
  await expect.poll(() => page.evaluate(() => (window as any).__labStore.getState().selection)).toBe(id);
});
