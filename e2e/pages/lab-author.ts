import { expect, type Locator, type Page } from '@playwright/test';

/**
 * "Make a lab from this scenario", seen the way a teacher sees it: the builder dialog (title, summary, minutes,
 * sections, the start, steps with goals and their live preview, export and import), and the lab panel a learner
 * gets from the link.
 */
export class LabAuthor {
  readonly dialog: Locator;
  readonly title: Locator;
  readonly summary: Locator;
  readonly minutes: Locator;
  readonly sections: Locator;
  readonly start: Locator;
  readonly startCounts: Locator;
  readonly steps: Locator;
  readonly addStepButton: Locator;
  readonly copyLinkButton: Locator;
  readonly downloadButton: Locator;
  readonly link: Locator;
  readonly notice: Locator;
  readonly missing: Locator;
  readonly importInput: Locator;
  readonly closeButton: Locator;
  /** The learner's side: the lab panel. */
  readonly labPanel: Locator;

  constructor(readonly page: Page) {
    this.dialog = page.getByTestId('lab-author');
    this.title = this.dialog.getByLabel('Lab title');
    this.summary = this.dialog.getByLabel(/^Summary/);
    this.minutes = this.dialog.getByLabel('Minutes');
    this.sections = this.dialog.getByTestId('author-sections');
    this.start = this.dialog.getByTestId('author-start');
    this.startCounts = this.dialog.getByTestId('author-start-counts');
    this.steps = this.dialog.getByTestId('author-step');
    this.addStepButton = this.dialog.getByRole('button', { name: '+ Add a step' });
    this.copyLinkButton = this.dialog.getByRole('button', { name: 'Copy link' });
    this.downloadButton = this.dialog.getByRole('button', { name: 'Download file' });
    this.link = this.dialog.getByTestId('author-link');
    this.notice = this.dialog.getByTestId('author-notice');
    this.missing = this.dialog.getByTestId('author-missing');
    this.importInput = this.dialog.getByTestId('author-import');
    this.closeButton = this.dialog.getByRole('button', { name: 'Close the lab builder' });
    this.labPanel = page.getByTestId('lab-panel');
  }

  /** Opens the builder from the command palette. */
  async openFromPalette() {
    await this.page.keyboard.press('Control+k');
    const search = this.page.getByRole('combobox', { name: 'Search commands and AWS actions' });
    await expect(search).toBeFocused();
    await search.fill('make a lab');
    await this.page.getByRole('option', { name: /Make a lab from this scenario/ }).click();
    await expect(this.dialog).toBeVisible();
    await expect(this.startCounts).toBeVisible();
  }

  /** Opens the builder from the Labs list ("Make your own lab from the canvas"). */
  async openFromLabsPicker() {
    await this.page.getByRole('banner').getByRole('button', { name: /^Labs/ }).click();
    await this.page.getByTestId('lab-picker').getByRole('button', { name: 'Make your own lab from the canvas' }).click();
    await expect(this.dialog).toBeVisible();
    await expect(this.startCounts).toBeVisible();
  }

  async tickSection(name: string) {
    await this.sections.getByRole('checkbox', { name, exact: true }).check();
  }

  step(n: number): Locator {
    return this.steps.nth(n - 1);
  }

  /** Opens step `n` in the editor (it is the only one open). */
  async openStep(n: number) {
    const toggle = this.step(n).getByRole('button', { expanded: false }).first();
    if (await toggle.isVisible()) await toggle.click();
    await expect(this.step(n).getByLabel('Step title')).toBeVisible();
  }

  async writeStep(n: number, text: { title: string; instruction: string; hints?: string[]; why?: string }) {
    await this.openStep(n);
    const step = this.step(n);
    await step.getByLabel('Step title').fill(text.title);
    await step.getByLabel(/^Instruction/).fill(text.instruction);
    for (const [i, hint] of (text.hints ?? []).entries()) {
      await step.getByRole('button', { name: '+ Add a hint' }).click();
      await step.getByLabel(`Hint ${i + 1}`, { exact: true }).fill(hint);
    }
    if (text.why) await step.getByLabel(/^Why/).fill(text.why);
  }

  goal(step: number, n: number): Locator {
    return this.step(step).getByTestId('goal-builder').nth(n - 1);
  }

  /** A select or field of goal `n` of a step, by its label after "Goal n " ("kind of resource", "Availability Zone"). */
  goalField(step: number, n: number, name: string): Locator {
    return this.goal(step, n).getByLabel(`Goal ${n} ${name}`, { exact: true });
  }

  goalLabel(step: number, n: number): Locator {
    return this.goal(step, n).getByTestId('goal-label');
  }

  goalMet(step: number, n: number): Locator {
    return this.goal(step, n).getByTestId('goal-met');
  }

  /** Copies the link and returns it (read from the dialog: headless clipboards are not readable everywhere). */
  async exportLink(): Promise<string> {
    await this.copyLinkButton.click();
    await expect(this.link).toBeVisible();
    const link = await this.link.inputValue();
    expect(link).toMatch(/#labdoc=1\./);
    return link;
  }

  labStep(n: number): Locator {
    return this.labPanel.getByTestId('lab-step').nth(n - 1);
  }
}
