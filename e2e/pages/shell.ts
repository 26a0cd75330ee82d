import AxeBuilder from '@axe-core/playwright';
import { expect, type CDPSession, type Page } from '@playwright/test';

/** The widths the layout must hold at (height: a phone's, a 4:3 tablet's, a laptop's, a projector's). */
export const SIZES = [
  { width: 360, height: 740 },
  { width: 390, height: 844 },
  { width: 768, height: 1024 },
  { width: 1024, height: 768 },
  { width: 1280, height: 720 },
  { width: 1920, height: 1080 },
] as const;

/** Console warnings and errors, and page errors, from the moment the page opens. */
export function watchConsole(page: Page): string[] {
  const seen: string[] = [];
  page.on('console', (msg) => {
    if (msg.type() === 'warning' || msg.type() === 'error') seen.push(`${msg.type()}: ${msg.text()}`);
  });
  page.on('pageerror', (error) => seen.push(`page error: ${error.message}`));
  return seen;
}

/** How far the page scrolls sideways (0 when everything fits). */
export function horizontalOverflow(page: Page): Promise<number> {
  return page.evaluate(() => Math.max(document.documentElement.scrollWidth, document.body.scrollWidth) - window.innerWidth);
}

/** How far the page scrolls down (0 when the app fills the window exactly: panels scroll inside, never the page). */
export function verticalOverflow(page: Page): Promise<number> {
  return page.evaluate(() => Math.max(document.documentElement.scrollHeight, document.body.scrollHeight) - window.innerHeight);
}

/** The canvas width a learner can see: the canvas minus the drawers lying over it. */
export function visibleCanvasWidth(page: Page): Promise<number> {
  return page.evaluate(() => {
    const canvas = document.querySelector('.react-flow')?.getBoundingClientRect();
    if (!canvas) return 0;
    let left = canvas.left;
    let right = canvas.right;
    for (const drawer of Array.from(document.querySelectorAll('[data-testid$="-drawer"]'))) {
      const r = drawer.getBoundingClientRect();
      if (r.width === 0 || r.right <= left || r.left >= right) continue;
      if (r.left > (left + right) / 2) right = Math.min(right, r.left);
      else left = Math.max(left, r.right);
    }
    return Math.max(0, right - left);
  });
}

/** Waits until the camera has stopped moving (its animation is 300 ms). */
export async function settled(page: Page) {
  let last = '';
  for (let i = 0; i < 40; i++) {
    const now = await page.locator('.react-flow__viewport').evaluate((el: HTMLElement) => el.style.transform);
    if (now === last && now) return;
    last = now;
    await page.waitForTimeout(150);
  }
}

/**
 * The words on the canvas's cards and group headings that sit, where the learner sees them (clipped to the pane and
 * to their own box), under the region chips (wherever they are drawn), under the minimap (while it shows: not
 * under an open drawer) or under a "More" button. Words behind the ruler of zone names are above the edge, unseen.
 */
export function coveredWords(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const box = (el: Element | null) => {
      const r = el?.getBoundingClientRect();
      return r && r.width > 0 && r.height > 0 ? r : undefined;
    };
    const pane = box(document.querySelector('.react-flow'))!;
    // words behind the ruler of zone names pinned along the top are above the edge, as if cut off by it
    const seenTop = box(document.querySelector('[data-testid="zone-ruler"]'))?.bottom ?? pane.top;
    const drawer = box(document.querySelector('[data-testid$="-drawer"]'));
    const minimap = box(document.querySelector('.react-flow__minimap'));
    const covers = [
      { what: 'region chips', r: box(document.querySelector('nav[aria-label="Regions"]')) },
      { what: 'minimap', r: minimap && !(drawer && minimap.left >= drawer.left) ? minimap : undefined },
      ...Array.from(document.querySelectorAll('button[aria-label^="More of the diagram"]')).map((el) => ({ what: 'More button', r: box(el) })),
    ].filter((c): c is { what: string; r: DOMRect } => !!c.r);
    const hits: string[] = [];
    for (const node of Array.from(document.querySelectorAll('.react-flow__node'))) {
      const walker = document.createTreeWalker(node, NodeFilter.SHOW_TEXT);
      for (let text = walker.nextNode(); text; text = walker.nextNode()) {
        if (!text.textContent!.trim()) continue;
        const range = document.createRange();
        range.selectNodeContents(text);
        const words = range.getBoundingClientRect();
        const own = text.parentElement!.getBoundingClientRect();
        const left = Math.max(words.left, own.left, pane.left);
        const right = Math.min(words.right, own.right, pane.right);
        const top = Math.max(words.top, own.top, seenTop);
        const bottom = Math.min(words.bottom, own.bottom, pane.bottom);
        if (left >= right || top >= bottom) continue; // not on screen
        for (const c of covers) {
          if (left < c.r.right && c.r.left < right && top < c.r.bottom && c.r.top < bottom) hits.push(`"${text.textContent!.trim()}" under the ${c.what}`);
        }
      }
    }
    return hits;
  });
}

/** Every axe violation (any impact), as readable lines. */
export async function axeViolations(page: Page, label: string): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations.map((v) => `${label}: ${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/** A finger on the touch screen (Chromium's touch events, which it turns into pointer events). */
export class Finger {
  private constructor(private readonly cdp: CDPSession) {}

  static async on(page: Page): Promise<Finger> {
    return new Finger(await page.context().newCDPSession(page));
  }

  /** Presses at `from`, slides to `to` in small steps, runs `hold` while still pressing, and lifts. */
  async drag(from: { x: number; y: number }, to: { x: number; y: number }, hold?: () => Promise<void>) {
    await this.cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x: from.x, y: from.y, id: 1 }] });
    const steps = 12;
    for (let i = 1; i <= steps; i++) {
      const x = from.x + ((to.x - from.x) * i) / steps;
      const y = from.y + ((to.y - from.y) * i) / steps;
      await this.cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [{ x, y, id: 1 }] });
    }
    if (hold) await hold();
    await this.cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
  }

  /** Two fingers moving apart around `centre`: a pinch that zooms in. */
  async pinchOut(centre: { x: number; y: number }, from = 30, to = 120) {
    const points = (d: number) => [
      { x: centre.x - d, y: centre.y, id: 1 },
      { x: centre.x + d, y: centre.y, id: 2 },
    ];
    await this.cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: points(from) });
    for (let i = 1; i <= 10; i++) {
      await this.cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: points(from + ((to - from) * i) / 10) });
    }
    await this.cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
  }
}

/** The middle of an element on screen (fails if it is not on screen). */
export async function centreOf(page: Page, selector: string): Promise<{ x: number; y: number }> {
  const box = await page.locator(selector).boundingBox();
  expect(box, `${selector} on screen`).not.toBeNull();
  return { x: box!.x + box!.width / 2, y: box!.y + box!.height / 2 };
}
