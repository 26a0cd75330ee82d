import { expect, test } from '@playwright/test';

/**
 * After one visit the built lab works with no network: the service worker (vite-plugin-pwa, Workbox) precaches the
 * whole build, lazily loaded chunks included, so a reload offline still shows the canvas and opens a guided lab.
 */
test('after one visit the lab opens offline, and a guided lab starts', async ({ page, context }) => {
  await page.goto('/');
  await expect(page.locator('.react-flow')).toBeVisible();
  // the worker is active once its install step has precached every file
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  const manifest = await page.evaluate(() => document.querySelector('link[rel="manifest"]')?.getAttribute('href'));
  expect(manifest).toBe('/manifest.webmanifest');

  await context.setOffline(true);
  await page.reload();
  await expect(page.locator('.react-flow')).toBeVisible();
  expect(await page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);

  await page.goto('/#lab=ebs-move');
  const panel = page.getByTestId('lab-panel');
  await expect(panel).toBeVisible({ timeout: 10_000 });
  await expect(panel.getByRole('heading', { level: 2 })).not.toBeEmpty();
});

test('the web app manifest makes the lab installable', async ({ request }) => {
  const res = await request.get('/manifest.webmanifest');
  expect(res.ok()).toBe(true);
  const manifest = await res.json();
  expect(manifest.display).toBe('standalone');
  expect(manifest.icons.map((i: { sizes: string }) => i.sizes)).toEqual(expect.arrayContaining(['192x192', '512x512']));
  for (const icon of manifest.icons as { src: string }[]) expect((await request.get(`/${icon.src}`)).ok()).toBe(true);
});
