import { execFileSync } from 'node:child_process';
import { apply, createWorld, type Action, type World } from '../src/engine';
import { createScenario, encodeScenario } from '../src/scenario';
import { classroomScenario } from '../src/scenario/fixtures/classroom';
import type { Page } from '@playwright/test';
import { expect, test } from './pages/lab-page';

const STEPS = 12;
const noteOf = (i: number) => `Teacher note ${i}: ask the room what changed.`;

/** A prepared 12-step demo: the classroom scenario's first 12 steps, with two chapters and a note per step. */
function demoLink(): string {
  const log = classroomScenario().input.log.slice(0, STEPS) as Action[];
  let world: World = createWorld();
  for (const action of log) {
    const r = apply(world, action);
    if (r.ok) world = r.world;
  }
  const stepNotes = log.map((_, i) => ({ note: noteOf(i + 1), ...(i === 0 ? { chapter: 'The network' } : i === 5 ? { chapter: 'Instances' } : {}) }));
  return encodeScenario(createScenario({ world, log, layout: { positions: {} }, title: 'Twelve steps', notes: 'A demo for the room.', stepNotes }));
}

/** Open a link; on this loaded machine a cold decoder worker can pass its time budget once: then open it again. */
async function openLink(page: Page, hash: string) {
  for (let attempt = 0; attempt < 3; attempt++) {
    await page.goto('/');
    await page.goto(`/#${hash}`);
    const opened = page.getByTestId('link-banner').or(page.getByTestId('link-error'));
    await expect(opened).toBeVisible({ timeout: 30_000 });
    if (await page.getByTestId('link-banner').isVisible()) return;
  }
  throw new Error('the link did not open');
}

test('a teacher presents a 12-step demo by keyboard, with notes in the presenter window, and prints the handout', async ({ page, context }, info) => {
  test.setTimeout(180_000);
  await page.setViewportSize({ width: 1920, height: 1080 });
  await openLink(page, demoLink());
  await expect(page.getByTestId('link-banner')).toContainText('Twelve steps');
  await page.locator('body').press('p');
  const presenter = page.getByTestId('presenter');
  const step = presenter.getByTestId('presenter-step');
  await expect(step).toHaveText(`Step 0 of ${STEPS}`);
  // Projector text size while presenting
  await expect(page.locator('html')).toHaveAttribute('data-text-size', 'projector');

  // the presenter view, opened from the keyboard
  await presenter.getByRole('button', { name: 'Presenter view' }).focus();
  const [view] = await Promise.all([context.waitForEvent('page'), page.keyboard.press('Enter')]);
  await expect(view.getByTestId('presenter-view-note')).toHaveText('A demo for the room.');
  await expect(view.getByTestId('presenter-view-next-note')).toHaveText(noteOf(1));
  await page.bringToFront();
  await page.locator('body').press('ArrowRight');
  await expect(step).toHaveText(`Step 1 of ${STEPS}`);
  await expect(presenter.getByTestId('presenter-chapter')).toContainText('The network');
  await expect(view.getByTestId('presenter-view-note')).toHaveText(noteOf(1));
  await expect(view.getByTestId('presenter-view-next-note')).toHaveText(noteOf(2));
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowLeft');
  await expect(step).toHaveText(`Step 1 of ${STEPS}`);
  const jump = presenter.getByLabel('Go to step');
  await jump.focus();
  await page.keyboard.type('7');
  await page.keyboard.press('Enter');
  await expect(step).toHaveText(`Step 7 of ${STEPS}`);
  await expect(presenter.getByTestId('presenter-chapter')).toContainText('Instances');
  await expect(view.getByTestId('presenter-view-chapter')).toContainText('Instances');
  await expect(view.getByTestId('presenter-view-note')).toHaveText(noteOf(7));
  await expect(view.getByTestId('presenter-view-next-note')).toHaveText(noteOf(8));

  // node text on the projector is at least 18 px on screen
  const smallest = await presenter.locator('.react-flow__node').evaluateAll((nodes) => {
    let min = Infinity;
    for (const node of nodes) {
      const zoom = node.getBoundingClientRect().width / (node as HTMLElement).offsetWidth || 1;
      for (const el of Array.from(node.querySelectorAll('*'))) {
        if (!Array.from(el.childNodes).some((c) => c.nodeType === 3 && c.textContent?.trim())) continue;
        min = Math.min(min, parseFloat(getComputedStyle(el).fontSize) * zoom);
      }
    }
    return min;
  });
  expect(smallest).toBeGreaterThanOrEqual(17.9);

  // edit the current step's note: the presenter view follows
  await presenter.getByRole('button', { name: 'Edit note' }).click();
  await presenter.getByLabel('Note for step 7 (presenter view and handout)').fill('Point at the new instance.');
  await expect(view.getByTestId('presenter-view-note')).toHaveText('Point at the new instance.');
  await view.close();

  // the handout, printed to PDF: every step's narration is in it
  await presenter.getByRole('button', { name: 'Print steps' }).click();
  const handout = page.getByTestId('handout');
  await expect(handout.getByTestId('handout-step')).toHaveCount(STEPS + 1, { timeout: 60_000 });
  const titles = await handout.getByTestId('handout-step').locator('h2').allTextContents();
  const pdfPath = info.outputPath('handout.pdf');
  await page.emulateMedia({ media: 'print' });
  await page.pdf({ path: pdfPath, format: 'A4' });
  const text = execFileSync('pdftotext', ['-layout', pdfPath, '-']).toString().replace(/\s+/g, ' ');
  for (const title of titles) expect(text).toContain(title.replace(/\s+/g, ' '));
  expect(text).toContain('Point at the new instance.');
  expect(text).toContain(noteOf(3));
});

test('a student opens the link at step 5, sees step 5, branches, and goes back to step 5', async ({ page, lab }) => {
  test.setTimeout(120_000);
  await openLink(page, `${demoLink()}&step=5`);
  const bar = page.getByTestId('follow-bar');
  await expect(bar.getByTestId('follow-step')).toHaveText('Following “Twelve steps” at step 5 of 12.', { timeout: 30_000 });
  await expect(bar.getByTestId('follow-back')).toBeDisabled();
  const vpcsAtFive = (await lab.commands.vpcs()).length;

  // branch: a VPC of the student's own
  await lab.commands.openFromToolbar('VPC');
  await lab.commands.submitAccepted('Create VPC');
  await expect(bar).toContainText(/\d+ steps? of your own/);
  expect((await lab.commands.vpcs()).length).toBe(vpcsAtFive + 1);

  await bar.getByTestId('follow-back').click();
  await expect(bar.getByTestId('follow-back')).toBeDisabled();
  await expect(bar).toContainText('Try things from here');
  expect((await lab.commands.vpcs()).length).toBe(vpcsAtFive);

  // an out-of-range step opens at the end and says why
  await openLink(page, `${demoLink()}&step=40`);
  await expect(page.getByTestId('follow-problem')).toContainText('step-out-of-range', { timeout: 30_000 });
  await expect(bar.getByTestId('follow-step')).toContainText('at step 12 of 12');
});
