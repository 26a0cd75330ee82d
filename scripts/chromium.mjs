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
