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

/** The step controls (Previous, Next, the scrubber, Go) are wholly inside the viewport. */
async function expectControlsOnScreen(page: Page, where: string) {
  const presenter = page.getByTestId('presenter');
  const { width, height } = page.viewportSize()!;
  for (const target of [
    presenter.getByRole('button', { name: '← Previous' }),
    presenter.getByRole('button', { name: 'Next →' }),
    presenter.getByTestId('presenter-scrubber'),
    presenter.getByRole('button', { name: 'Go', exact: true }),
  ]) {
    const box = (await target.boundingBox())!;
    expect(box, where).not.toBeNull();
    expect(box.y, `${where}: top of a control`).toBeGreaterThanOrEqual(0);
    expect(box.y + box.height, `${where}: a control ends below the fold`).toBeLessThanOrEqual(height + 0.5);
    expect(box.x + box.width, `${where}: a control ends right of the screen`).toBeLessThanOrEqual(width + 0.5);
  }
}

const fold = [
  { name: '1280x720', width: 1280, height: 720 },
  { name: '1024x768', width: 1024, height: 768 },
  { name: '1920x1080', width: 1920, height: 1080 },
  { name: '390x844', width: 390, height: 844 },
];

for (const size of fold) {
  test(`at ${size.name} the step controls stay above the fold on every step, the longest narration too`, async ({ page }, info) => {
    test.setTimeout(240_000);
    await page.setViewportSize({ width: size.width, height: size.height });
    const steps = await present(page);
    const presenter = page.getByTestId('presenter');
    const narration = presenter.getByTestId('presenter-narration');
    await page.keyboard.press('Home');
    let longest = { step: 0, height: 0 };
    for (let step = 0; step <= steps; step++) {
      if (step > 0) await page.keyboard.press('ArrowRight');
      await expect(presenter.getByTestId('presenter-step')).toHaveText(`Step ${step} of ${steps}`);
      await expectControlsOnScreen(page, `step ${step}`);
      const height = await narration.evaluate((el) => el.scrollHeight);
      if (height > longest.height) longest = { step, height };
    }
    // the step with the longest narration, in light and dark: its text scrolls in its box, the controls stay put
    const box = presenter.getByTestId('presenter-narration-scroll');
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      const jump = presenter.getByRole('textbox', { name: 'Go to step' });
      await jump.fill(String(longest.step));
      await jump.press('Enter');
      await expect(presenter.getByTestId('presenter-step')).toHaveText(`Step ${longest.step} of ${steps}`);
      await page.waitForTimeout(800);
      await expectControlsOnScreen(page, `longest narration (step ${longest.step}), ${scheme}`);
      // the presenter itself never scrolls: only the narration's own box does
      expect(await presenter.evaluate((el) => el.scrollHeight - el.clientHeight)).toBeLessThanOrEqual(0);
      const scroll = await box.evaluate((el) => ({ client: el.clientHeight, full: el.scrollHeight }));
      expect(scroll.client, 'the narration keeps some room').toBeGreaterThan(40);
      await page.screenshot({ path: info.outputPath(`presenter-fold-${size.name}-${scheme}.png`) });
    }
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

/**
 * Under 1280 px the header is one compact row (title and chapter, Tools, Exit; the tools fold out on demand), and a
 * narration cut by its box says so: a "More ↓" cue that scrolls on, gone once the last line is in sight.
 */
for (const size of [
  { name: '390x844', width: 390, height: 844 },
  { name: '1024x768', width: 1024, height: 768 },
]) {
  test(`at ${size.name} the presenter header is compact and a cut narration has a scroll cue`, async ({ page }) => {
    test.setTimeout(120_000);
    await page.setViewportSize({ width: size.width, height: size.height });
    await present(page);
    const presenter = page.getByTestId('presenter');
    const header = presenter.locator('header');
    expect((await header.boundingBox())!.height, 'header height').toBeLessThanOrEqual(90);
    await expect(presenter.getByRole('button', { name: 'Edit note' })).toBeHidden();
    await presenter.getByRole('button', { name: /^Tools/ }).click();
    await expect(presenter.getByRole('button', { name: 'Edit note' })).toBeVisible();
    await presenter.getByRole('button', { name: /^Tools/ }).click();
    await expect(presenter.getByRole('button', { name: 'Edit note' })).toBeHidden();

    const box = presenter.getByTestId('presenter-narration-scroll');
    const more = presenter.getByTestId('presenter-narration-more');
    const cut = await box.evaluate((el) => el.scrollHeight > el.clientHeight + 2);
    if (size.width < 768) expect(cut, 'step 19 runs on below its box on a phone').toBe(true);
    if (!cut) return expect(more).toHaveCount(0);
    await expect(more).toBeVisible();
    for (let i = 0; i < 10 && (await more.isVisible()); i++) {
      await more.click();
      await page.waitForTimeout(400);
    }
    await expect(more).toHaveCount(0);
    expect(await box.evaluate((el) => el.scrollTop + el.clientHeight >= el.scrollHeight - 2)).toBe(true);
  });
}
