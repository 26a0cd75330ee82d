import { defineConfig, devices } from '@playwright/test';
import { existsSync } from 'node:fs';

// Browser tests run in Debian's Chromium. CHROMIUM_PATH overrides the location; on a machine without it,
// Playwright's own browser is used (for contributors elsewhere). CI never downloads a browser.
const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const executablePath = existsSync(chromiumPath) ? chromiumPath : undefined;
// PW_PORT lets several checkouts run their browser tests side by side.
const port = Number(process.env.PW_PORT ?? 4173);

export default defineConfig({
  testDir: './e2e',
  timeout: 30_000,
  expect: { timeout: 5_000 },
  fullyParallel: true,
  workers: process.env.CI ? 2 : undefined,
  // On CI (2 shared cores) a test that fails is run once more: a test that fails twice fails the run; one that passes
  // the second time is named "flaky" in `npm test`'s summary, to be fixed, not hidden. Locally, no retries.
  retries: process.env.CI ? 1 : 0,
  reporter: process.env.PW_JSON ? [['list'], ['json', { outputFile: process.env.PW_JSON }]] : 'list',
  use: {
    baseURL: `http://localhost:${port}`,
    viewport: { width: 1280, height: 720 },
    trace: 'off',
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'], viewport: { width: 1280, height: 720 } } }],
  // `--mode test`: the build with the developer doors (?e2e, ?demo=, ?bench=) the tests use; production has none.
  webServer: {
    command: `npx vite build --mode test --logLevel warn && npx vite preview --port ${port} --strictPort`,
    url: `http://localhost:${port}`,
    reuseExistingServer: !process.env.CI,
    timeout: 120_000,
  },
});
