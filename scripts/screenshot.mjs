/**
 * Screenshots at 1280×720 for the README: the first screen, docs/screenshot.png (light) and
 * docs/screenshot-dark.png (dark); the reference classroom world (`?demo=classroom`) in the network lens
 * (docs/screenshot-network.png, light) and the physical lens (docs/screenshot-physical.png, dark); a guided lab
 * (`#lab=elastic-ip`) at a phone's, a tablet's, a laptop's and a projector's size (docs/screenshot-lab-<width>.png,
 * light and dark in turn). Uses a running preview if BASE_URL is set, otherwise builds and starts `vite preview`
 * itself.
 *
 *   node scripts/screenshot.mjs                       # build + preview on :4175
 *   BASE_URL=http://localhost:4173 node scripts/screenshot.mjs
 */
import { mkdirSync } from 'node:fs';
import { launchChromium } from './chromium.mjs';
import { startPreview, viteBuild } from './preview.mjs';

const out = new URL('../docs/', import.meta.url).pathname;
mkdirSync(out, { recursive: true });

let server;
let base = process.env.BASE_URL;
if (!base) {
  viteBuild();
  server = await startPreview(4175);
  base = server.url;
}

const browser = await launchChromium();
try {
  for (const [scheme, file] of [
    ['light', 'screenshot.png'],
    ['dark', 'screenshot-dark.png'],
  ]) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 720 }, colorScheme: scheme });
    const page = await context.newPage();
    await page.goto(base);
    await page.locator('.react-flow__node-az').nth(2).waitFor({ state: 'visible' });
    await page.waitForTimeout(300); // let fitView settle
    await page.screenshot({ path: out + file });
    console.log(`wrote docs/${file}`);
    await context.close();
  }
  for (const [scheme, lens, file] of [
    ['light', 'network', 'screenshot-network.png'],
    ['dark', 'physical', 'screenshot-physical.png'],
  ]) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 720 }, colorScheme: scheme });
    const page = await context.newPage();
    await page.goto(`${base}?demo=classroom`);
    await page.waitForFunction(() => window.__demoReady === true, null, { timeout: 30_000 });
    if (lens === 'physical') await page.getByRole('button', { name: 'Physical', exact: true }).click();
    await page.locator('.react-flow__node-instance').first().waitFor({ state: 'visible' });
    await page.waitForTimeout(800); // let fitView settle
    await page.screenshot({ path: out + file });
    console.log(`wrote docs/${file}`);
    await context.close();
  }
  // A guided lab at every size the layout holds at (issue #12): 390 px phone (bottom sheet), 1024×768 (drawer),
  // 1280×720 (docked), 1920×1080 (a projector).
  for (const [width, height, scheme] of [
    [390, 844, 'dark'],
    [1024, 768, 'light'],
    [1280, 720, 'dark'],
    [1920, 1080, 'light'],
  ]) {
    const mobile = width < 768;
    const context = await browser.newContext({ viewport: { width, height }, colorScheme: scheme, hasTouch: mobile, isMobile: mobile });
    const page = await context.newPage();
    await page.goto(`${base}#lab=elastic-ip`);
    await page.getByTestId('lab-panel').waitFor({ state: 'visible', timeout: 30_000 });
    await page.locator('.react-flow__node-instance').first().waitFor({ state: 'visible' });
    const dismiss = page.getByRole('status').getByRole('button', { name: 'Dismiss' });
    if (await dismiss.isVisible()) await dismiss.click(); // the "Opened … from a link" banner
    await page.waitForTimeout(900); // let the camera settle on the step's instance
    const file = `screenshot-lab-${width}.png`;
    await page.screenshot({ path: out + file });
    console.log(`wrote docs/${file}`);
    await context.close();
  }
} finally {
  await browser.close();
  await server?.stop();
}
