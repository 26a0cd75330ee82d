/**
 * Screenshots at 1280×720 for the README: the first screen, docs/screenshot.png (light) and
 * docs/screenshot-dark.png (dark); the reference classroom world (`?demo=classroom`) in the network lens
 * (docs/screenshot-network.png, light) and the physical lens (docs/screenshot-physical.png, dark). Uses a running preview if BASE_URL is set, otherwise builds and starts
 * `vite preview` itself.
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
} finally {
  await browser.close();
  await server?.stop();
}
