import { existsSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { EMBED_SANDBOX, embedSnippet } from '../src/share/build-share';
import { createScenario, encodeScenario } from '../src/scenario';
import { classroomScenario } from '../src/scenario/fixtures/classroom';

/**
 * The embed snippet as a course page uses it (issue #11): on a page of another site, the snippet's sandboxed frame
 * shows the read-only lab, and its "Open in ec2-lab" opens a normal tab; the full lab, framed the same way, is
 * refused by its headers (frame-ancestors 'none').
 */
// The course page is served by the test (page.route), which Chromium counts as a public site framing a local one:
// its local-network checks would block the frame before any header is read. They are off for this file only.
test.use({
  launchOptions: {
    ...(existsSync('/usr/bin/chromium') ? { executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' } : {}),
    args: ['--no-sandbox', '--disable-gpu', '--disable-features=LocalNetworkAccessChecks,PrivateNetworkAccessRespectPreflightResults'],
  },
});

const { lab: _lab, camera: _camera, ...input } = classroomScenario().input;
const fragment = encodeScenario(createScenario(input));

function coursePage(iframe: string): string {
  return `<!doctype html><html><head><title>Course</title></head><body><h1>Week 3</h1>${iframe}</body></html>`;
}

test('the snippet works in its sandbox on another site; the full lab cannot be framed', async ({ page, baseURL }) => {
  test.setTimeout(90_000);
  const snippet = embedSnippet(fragment, 'Two AZs', `${baseURL}/`);
  expect(snippet).toContain(`sandbox="${EMBED_SANDBOX}"`);
  const full = snippet.replace('/embed/#', '/#').replace('title="Two AZs"', 'title="Full lab"');
  // another site: another origin on this machine (a public one would meet Chromium's private-network checks)
  const course = baseURL!.replace('localhost', '127.0.0.1');
  expect(course).not.toBe(baseURL);
  await page.route(`${course}/course/**`, (route) => route.fulfill({ contentType: 'text/html', body: coursePage(snippet + full) }));
  await page.goto(`${course}/course/week-3`);

  const embed = page.frameLocator('iframe[title="Two AZs"]');
  await expect(embed.getByTestId('embed-title')).toBeVisible({ timeout: 30_000 });
  await expect(embed.locator('.react-flow__node').first()).toBeVisible();
  const open = embed.getByRole('link', { name: /Open in ec2-lab/ });
  await expect(open).toHaveAttribute('target', '_blank');
  const popup = page.waitForEvent('popup');
  await open.click();
  const tab = await popup;
  await tab.waitForLoadState();
  expect(new URL(tab.url()).pathname).toBe('/');
  expect(new URL(tab.url()).search).toBe('');
  await tab.close();

  // the full lab in the same kind of frame: refused by its headers (an error page instead), nothing of it runs
  const fullFrame = await (await page.locator('iframe[title="Full lab"]').elementHandle())!.contentFrame();
  await expect.poll(() => fullFrame!.url(), { timeout: 15_000 }).toBe('chrome-error://chromewebdata/');
  await expect(page.frameLocator('iframe[title="Full lab"]').locator('.react-flow')).toHaveCount(0);
});
