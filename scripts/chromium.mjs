/**
 * How developer scripts start Chromium: the same browser and flags as playwright.config.ts.
 * Debian's /usr/bin/chromium (or CHROMIUM_PATH); elsewhere Playwright's own browser. Never downloads one.
 */
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

export function launchChromium() {
  const path = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  return chromium.launch({
    executablePath: existsSync(path) ? path : undefined,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/** How long a new browser context is left to finish building its own window (see freshPage). */
const NEW_WINDOW_SETTLE_MS = 3000;

/**
 * A page in a new browser context (empty HTTP cache, no storage: what the cold-load rows need), handed over once
 * Chromium has finished setting up the new window. For each new context it builds the window's own UI — the omnibox
 * popup's WebUI, some 300 chrome:// files — for about 1.5–2 s, on the same two cores, network service and browser
 * process as the page: a trace showed the app's script answered 480 ms late and the first font lookup waiting 168 ms
 * behind it. A learner opens a link in a browser that is already running; the rows measure the page, not that.
 */
export async function freshPage(browser, options) {
  const context = await browser.newContext(options);
  const page = await context.newPage();
  await page.goto('about:blank');
  await page.waitForTimeout(NEW_WINDOW_SETTLE_MS);
  return { context, page };
}
