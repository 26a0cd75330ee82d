import { expect, type Locator, type Page } from '@playwright/test';
import { openWithTestHook } from './test-hook';

/**
 * Guided labs seen the way a learner sees them: the header's Labs button, the picker, the docked lab panel (steps,
 * goals, hints, the "why", Show solution, Reset, Leave), the confirmation dialog and the completion summary.
 */
export class LabsUi {
  readonly labsButton: Locator;
  readonly picker: Locator;
  readonly panel: Locator;
  /** The panel's heading: the running lab's title. */
  readonly title: Locator;
  readonly confirmDialog: Locator;
  readonly goalCount: Locator;
  readonly steps: Locator;
  readonly instruction: Locator;
  readonly goals: Locator;
  readonly hints: Locator;
  readonly why: Locator;
  readonly summary: Locator;
  readonly playback: Locator;

  constructor(readonly page: Page) {
    this.labsButton = page.getByRole('banner').getByRole('button', { name: 'Labs', exact: true });
    this.picker = page.getByTestId('lab-picker');
    this.panel = page.getByTestId('lab-panel');
    this.title = this.panel.getByRole('heading', { level: 2 });
    this.confirmDialog = page.getByTestId('lab-confirm');
    this.goalCount = this.panel.getByTestId('lab-goal-count');
    this.steps = this.panel.getByTestId('lab-step');
    this.instruction = this.panel.getByTestId('lab-instruction');
    this.goals = this.panel.getByTestId('lab-goals');
    this.hints = this.panel.getByTestId('lab-hint');
    this.why = this.panel.getByTestId('lab-why');
    this.summary = this.panel.getByTestId('lab-summary');
    this.playback = this.panel.getByTestId('lab-playback');
  }

  /** Opens the lab with the test hook (to read ids, never to act) and waits for the engine. */
  async open(path = '/?e2e') {
    await openWithTestHook(this.page, path);
  }

  /** A fresh page, then `start`: returns the lab's refs. */
  async openAndStart(id: string, title?: string | RegExp): Promise<Record<string, string>> {
    await this.open();
    await this.start(id, title);
    return this.refs();
  }

  card(id: string): Locator {
    return this.picker.locator(`[data-lab-id="${id}"]`);
  }

  async openPicker() {
    await this.labsButton.click();
    await expect(this.picker).toBeVisible();
  }

  /** Picker → the lab's card (→ confirm when asked) → the panel shows the lab. */
  async start(id: string, title?: string | RegExp) {
    await this.openPicker();
    await this.card(id).click();
    if (await this.confirmDialog.isVisible().catch(() => false)) await this.confirm('Start the lab');
    await expect(this.picker).toBeHidden();
    await expect(this.panel).toBeVisible();
    if (title) await expect(this.title).toHaveText(title);
    await expect(this.goalCount).toHaveText(/^0 of \d+ goals$/);
  }

  async confirm(name: string) {
    await expect(this.confirmDialog).toBeVisible();
    await this.confirmDialog.getByRole('button', { name, exact: true }).click();
    await expect(this.confirmDialog).toBeHidden();
  }

  /** The names the lab gave to what its start made (`web`, `data`, …): read through the test hook. */
  async refs(): Promise<Record<string, string>> {
    return this.page.evaluate(() => (window as any).__labStore.getState().activeLab?.state.refs ?? {});
  }

  /** Step `n` (1-based) shows a checkmark. */
  async expectStepDone(n: number) {
    await expect(this.steps.nth(n - 1)).toHaveAttribute('data-state', 'done');
  }

  async expectCurrentStep(n: number, title: string | RegExp) {
    const step = this.steps.nth(n - 1);
    await expect(step).toHaveAttribute('data-state', 'current');
    await expect(step).toContainText(title);
  }

  async showHint() {
    await this.panel.getByRole('button', { name: /^Show hint \d+ of \d+$/ }).click();
  }

  async showSolution() {
    await this.panel.getByRole('button', { name: 'Show solution' }).click();
    await this.confirm('Show solution');
  }

  footerButton(name: 'Show solution' | 'Reset lab' | 'Leave lab'): Locator {
    return this.panel.getByRole('button', { name, exact: true });
  }

  /** The lab is complete: the summary shows. */
  async expectComplete(timeout?: number) {
    await expect(this.summary).toBeVisible(timeout ? { timeout } : {});
    await expect(this.summary.getByRole('heading', { name: 'Lab complete' })).toBeVisible();
  }

  /** The done marks kept in localStorage. */
  async doneMarks(): Promise<Record<string, string>> {
    return this.page.evaluate(() => JSON.parse(localStorage.getItem('ec2-lab:labs-done:v1') ?? '{}'));
  }
}
