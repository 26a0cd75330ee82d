/**
 * Finds the Chromium the browser tests run in, or provisions one, so that `npm test` is the whole set-up:
 *   1. CHROMIUM_PATH, when set and present;
 *   2. Debian's /usr/bin/chromium;
 *   3. Playwright's own Chromium, when it was installed before;
 *   4. none: as root on Debian, `apt-get install -y chromium`; elsewhere `npx playwright install chromium`.
 * Two browser tests also check files outside the browser: the exported SVG with `rsvg-convert` (Debian's librsvg2-bin)
 * and the printed handout with `pdftotext` (poppler-utils). When missing, they are installed the same way (root on
 * Debian); elsewhere it says which packages to install.
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

/** Root on a system with apt-get: Debian packages can be installed. */
function canApt() {
  const root = typeof process.getuid === 'function' && process.getuid() === 0;
  return root && existsSync('/usr/bin/apt-get');
}

function installBrowser() {
  if (canApt()) {
    console.log("ensure-browser: no Chromium found; installing Debian's chromium package (root, apt-get)");
    return run('apt-get', ['update']) && run('apt-get', ['install', '-y', 'chromium']);
  }
  console.log("ensure-browser: no Chromium found; installing Playwright's Chromium (npx playwright install chromium)");
  return run('npx', ['--no-install', 'playwright', 'install', 'chromium']);
}

/** Command-line tools the browser tests use, and the Debian package of each. */
const TOOLS = [
  { command: 'rsvg-convert', pkg: 'librsvg2-bin', why: 'renders the exported SVG outside the browser' },
  { command: 'pdftotext', pkg: 'poppler-utils', why: 'reads the printed handout' },
];

function onPath(command) {
  return spawnSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' }).status === 0;
}

/** Installs the missing tools when it can; otherwise says which packages to install (two tests fail without them). */
export function ensureTools() {
  const missing = TOOLS.filter((tool) => !onPath(tool.command));
  if (missing.length === 0) return true;
  const pkgs = missing.map((tool) => tool.pkg);
  for (const tool of missing) console.log(`ensure-browser: ${tool.command} is missing (${tool.why}; package ${tool.pkg})`);
  if (canApt() && run('apt-get', ['update'])) run('apt-get', ['install', '-y', ...pkgs]);
  const still = missing.filter((tool) => !onPath(tool.command));
  if (still.length > 0) console.warn(`ensure-browser: install ${still.map((t) => t.pkg).join(' and ')}; the export and handout tests need them`);
  return still.length === 0;
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
  const browser = await ensureBrowser();
  ensureTools();
  process.exitCode = browser ? 0 : 1;
}
