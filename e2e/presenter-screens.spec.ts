import type { Page } from '@playwright/test';
import { createScenario, encodeScenario } from '../src/scenario';
import { classroomScenario } from '../src/scenario/fixtures/classroom';
import { expect, test } from './pages/lab-page';

const CHAPTERS: Record<number, string> = { 1: 'The network', 12: 'Instances', 16: 'Interfaces stay in their AZ', 21: 'Addresses and a golden AMI' };
const AT = 19;

/** The classroom scenario prepared for a class: a chapter now and then and a note on every step. */
function preparedLink(): { hash: string; steps: number } {
  const { lab: _lab, camera: _camera, ...input } = classroomScenario().input;
  const stepNotes = input.log.map((_, i) => ({ note: `Ask the room what step ${i + 1} changed.`, ...(CHAPTERS[i + 1] ? { chapter: CHAPTERS[i + 1] } : {}) }));
  return { hash: encodeScenario(createScenario({ ...input, stepNotes })), steps: input.log.length };
}

/** Open the prepared link in presenter mode at step AT (a cold decoder worker on this loaded machine may need a second try). */
async function present(page: Page): Promise<number> {
  const { hash, steps } = preparedLink();
  const presenter = page.getByTestId('presenter');
  for (let attempt = 0; attempt < 3 && !(await presenter.isVisible()); attempt++) {
    await page.goto('/');
    await page.goto(`/#${hash}&step=${AT}&present=1`);
    await presenter.or(page.getByTestId('link-error')).waitFor({ timeout: 30_000 });
  }
  await expect(presenter.getByTestId('presenter-step')).toHaveText(`Step ${AT} of ${steps}`);
  return steps;
}

/** Everything a presenter needs is on screen without scrolling sideways: the narration and Previous/Next. */
async function expectUsable(page: Page) {
  const presenter = page.getByTestId('presenter');
  const width = page.viewportSize()!.width;
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
  for (const target of [presenter.getByTestId('presenter-narration'), presenter.getByRole('button', { name: 'Next →' }), presenter.getByRole('button', { name: /^Exit/ })]) {
    const box = (await target.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(width + 0.5);
  }
  await expect(presenter.getByTestId('presenter-chapter')).toContainText('Interfaces stay in their AZ');
}

const sizes = [
  { name: '1920', width: 1920, height: 1080, scheme: 'light' as const },
  { name: '1280', width: 1280, height: 720, scheme: 'light' as const },
  { name: '390-light', width: 390, height: 844, scheme: 'light' as const },
  { name: '390-dark', width: 390, height: 844, scheme: 'dark' as const },
];

for (const size of sizes) {
  test(`presenter mode mid-way through a prepared scenario at ${size.name}`, async ({ page }, info) => {
    test.setTimeout(120_000);
    await page.emulateMedia({ colorScheme: size.scheme });
    await page.setViewportSize({ width: size.width, height: size.height });
    await present(page);
    await page.waitForTimeout(1500); // the step's animations and camera move settle
    await expectUsable(page);
    await page.screenshot({ path: info.outputPath(`presenter-${size.name}.png`) });
    if (process.env.SCREENSHOTS && size.name === '1920') await page.screenshot({ path: 'docs/screenshot-presenter.png' });
  });
}

test('a card a step adds fades in where it belongs, not flying in from its group corner', async ({ page }) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 1920, height: 1080 });
  await present(page);
  // step 1 of the classroom log creates the VPC
  await page.keyboard.press('Home');
  await page.waitForTimeout(1000);
  await page.keyboard.press('ArrowRight');
  const added = page.getByTestId('presenter').locator('.react-flow__node.present-added').first();
  await added.waitFor();
  // React Flow places a card with its transform (a translation in its group): the fade-in must not replace it
  const placed = () => added.evaluate((el) => ({ now: getComputedStyle(el).transform, inline: (el as HTMLElement).style.transform }));
  await page.waitForTimeout(60);
  const early = await placed();
  expect(early.inline).toMatch(/translate/);
  const [, x, y] = /translate\(([-\d.]+)px, ?([-\d.]+)px\)/.exec(early.inline)!;
  expect(early.now).toBe(`matrix(1, 0, 0, 1, ${Number(x)}, ${Number(y)})`);
  await page.waitForTimeout(1500);
  expect((await placed()).now).toBe(early.now);
});
