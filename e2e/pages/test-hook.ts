import { expect, type Page } from '@playwright/test';

/**
 * Opens the lab at `path` (its query must carry `e2e`: the test hook that exposes the store, for reading ids and
 * asserting, never for acting) and waits until the canvas shows and the engine has made the world.
 */
export async function openWithTestHook(page: Page, path = '/?e2e') {
  await page.goto(path);
  await expect(page.locator('.react-flow__viewport')).toBeVisible();
  await page.waitForFunction(() => (window as any).__labStore?.getState().world !== null);
}
