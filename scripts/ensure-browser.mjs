/**
 * Finds the Chromium the browser tests run in, or provisions one, so that `npm test` is the whole set-up:
 *   1. CHROMIUM_PATH, when set and present;
 *   2. Debian's /usr/bin/chromium;
 *   3. Playwright's own Chromium, when it was installed before;
 *   4. none: as root on Debian, `apt-get install -y chromium`; elsewhere `npx playwright install chromium`.
 * Says which one it uses and what it installs. Exits non-zero only when no browser can be had.
 * Run on its own: `node scripts/ensure-browser.mjs`; `npm test` runs it before the browser tests.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

const DEBIAN_CHROMIUM = '/usr/bin/chromium';

function run(command, args) {
  console.log(`ensure-browser: running ${[command, ...args].join(' ')}`);
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  return result.status === 0;
}

async function playwrightChromium() {
  try {
    const { chromium } = await import('@playwright/test');
    const path = chromium.executablePath();
    return path && existsSync(path) ? path : undefined;
  } catch {
    return undefined;
  }
}

/** The browser found without installing anything, or undefined. */
export async function findBrowser(env = process.env) {
  if (env.CHROMIUM_PATH && existsSync(env.CHROMIUM_PATH)) return { path: env.CHROMIUM_PATH, from: 'CHROMIUM_PATH' };
  if (env.CHROMIUM_PATH) console.warn(`ensure-browser: CHROMIUM_PATH=${env.CHROMIUM_PATH} does not exist; looking elsewhere`);
  if (existsSync(DEBIAN_CHROMIUM)) return { path: DEBIAN_CHROMIUM, from: "Debian's chromium package" };
  const own = await playwrightChromium();
  return own ? { path: own, from: "Playwright's own Chromium" } : undefined;
}

function installBrowser() {
  const root = typeof process.getuid === 'function' && process.getuid() === 0;
  if (root && existsSync('/usr/bin/apt-get')) {
    console.log("ensure-browser: no Chromium found; installing Debian's chromium package (root, apt-get)");
    return run('apt-get', ['update']) && run('apt-get', ['install', '-y', 'chromium']);
  }
  console.log("ensure-browser: no Chromium found; installing Playwright's Chromium (npx playwright install chromium)");
  return run('npx', ['--no-install', 'playwright', 'install', 'chromium']);
}

export async function ensureBrowser() {
  let found = await findBrowser();
  if (!found) {
    installBrowser();
    found = await findBrowser();
  }
  if (!found) {
    console.error('ensure-browser: no Chromium could be found or installed; set CHROMIUM_PATH to a Chromium binary');
    return false;
  }
  console.log(`ensure-browser: browser tests use ${found.path} (${found.from})`);
  return true;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  process.exitCode = (await ensureBrowser()) ? 0 : 1;
}
