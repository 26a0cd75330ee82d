import { apply, createWorld, type Action } from '../src/engine';
import { createScenario, encodeScenario } from '../src/scenario';
import { classroomScenario } from '../src/scenario/fixtures/classroom';
import { expect, test } from './pages/lab-page';

/** The reference classroom scenario as a link: a log of steps, one of them refused on purpose. */
const classroomLink = () => {
  const { lab: _lab, camera: _camera, ...input } = classroomScenario().input;
  return { fragment: encodeScenario(createScenario(input)), steps: input.log.length };
};

test('a teacher presents the classroom scenario by keyboard, with the presenter view in step', async ({ page, context }) => {
  const { fragment, steps } = classroomLink();
  await page.goto(`/#${fragment}`);
  await expect(page.locator('.react-flow__node-instance').first()).toBeVisible({ timeout: 20_000 });

  await page.locator('body').press('p');
  const presenter = page.getByTestId('presenter');
  await expect(presenter).toBeVisible();
  const step = presenter.getByTestId('presenter-step');
  const narration = presenter.getByTestId('presenter-narration');
  await expect(step).toHaveText(`Step 0 of ${steps}`);
  await expect(narration).toContainText('The starting point');

  await page.keyboard.press('ArrowRight');
  await expect(step).toHaveText(`Step 1 of ${steps}`);
  await expect(narration).toContainText('Step 1: Create VPC');
  await expect(presenter.locator('.react-flow__node-vpc:not(.present-removed)')).toHaveCount(1);
  await page.keyboard.press('Space');
  await page.keyboard.press('PageDown');
  await expect(step).toHaveText(`Step 3 of ${steps}`);
  await page.keyboard.press('PageUp');
  await expect(step).toHaveText(`Step 2 of ${steps}`);
  await page.keyboard.press('End');
  await expect(step).toHaveText(`Step ${steps} of ${steps}`);
  await page.keyboard.press('Home');
  await expect(step).toHaveText(`Step 0 of ${steps}`);
  await expect(presenter.locator('.react-flow__node-vpc:not(.present-removed)')).toHaveCount(0);

  // jump to a step by number, from the keyboard only
  const jump = presenter.getByLabel('Go to step');
  await jump.focus();
  await page.keyboard.type('5');
  await page.keyboard.press('Enter');
  await expect(step).toHaveText(`Step 5 of ${steps}`);

  // the step refused on purpose shows AWS's explanation, large
  const refused = firstRefusedStep();
  expect(refused).toBeGreaterThan(0);
  await jump.fill(String(refused));
  await page.keyboard.press('Enter');
  await expect(presenter.getByTestId('explanation-card')).toBeVisible();
  await expect(presenter.getByTestId('explanation-card')).toContainText('InvalidParameterCombination');
  if (process.env.SCREENSHOTS) await page.screenshot({ path: 'docs/screenshot-presenter-refusal.png' });

  // the presenter view: a second window, kept in step
  const [view] = await Promise.all([context.waitForEvent('page'), presenter.getByRole('button', { name: 'Presenter view' }).click()]);
  await expect(view.getByTestId('presenter-view-current')).toBeVisible();
  await page.locator('body').click({ position: { x: 5, y: 200 } });
  await page.keyboard.press('Home');
  await expect(view.getByTestId('presenter-view-current')).toHaveText('The starting point');
  await expect(view.getByTestId('presenter-view-next')).toHaveText('Step 1: Create VPC');
  await view.getByRole('button', { name: 'Next →' }).click();
  await expect(step).toHaveText(`Step 1 of ${steps}`);
  await view.close();

  // a live drill: fail a host at the end of the log
  await page.keyboard.press('End');
  await presenter.getByTestId('presenter-drills').locator('summary').click();
  await presenter.getByRole('button', { name: /Fail the host/ }).click();
  await expect(step).toHaveText(`Step ${steps + 1} of ${steps + 2}`);
  await expect(narration).toContainText(/status check/i);
  await page.keyboard.press('ArrowRight');
  await expect(step).toHaveText(`Step ${steps + 2} of ${steps + 2}`);

  await page.keyboard.press('Escape');
  await expect(presenter).toBeHidden();
});

/** The 1-based number of the classroom log's step refused on purpose (the cross-AZ attach). */
function firstRefusedStep(): number {
  let world = createWorld();
  const log = classroomScenario().input.log;
  for (let i = 0; i < log.length; i++) {
    const r = apply(world, log[i] as Action);
    if (!r.ok) return i + 1;
    world = r.world;
  }
  return 0;
}
