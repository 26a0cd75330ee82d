import { test as base, expect, type Locator, type Page } from '@playwright/test';
import { LabCanvas } from './lab-canvas';
import { LabCommands } from './lab-commands';

/** The lab's first screen, seen the way a learner sees it. */
export class LabPage {
  readonly header: Locator;
  readonly title: Locator;
  readonly themeToggle: Locator;
  readonly canvas: Locator;
  readonly viewport: Locator;
  readonly emptyHint: Locator;
  /** Console errors and uncaught page errors seen since the page opened. */
  readonly errors: string[] = [];

  constructor(readonly page: Page) {
    this.header = page.getByRole('banner');
    this.title = this.header.getByRole('heading', { level: 1 });
    this.themeToggle = this.header.getByRole('button', { name: /switch to (dark|light) theme/i });
    this.canvas = page.locator('.react-flow');
    this.viewport = page.locator('.react-flow__viewport');
    this.emptyHint = page.getByRole('note').filter({ hasText: 'Start by creating a VPC' });
    page.on('console', (msg) => {
      if (msg.type() === 'error') this.errors.push(`console.error: ${msg.text()}`);
    });
    page.on('pageerror', (error) => this.errors.push(`page error: ${error.message}`));
  }

  async goto() {
    await this.page.goto('/');
    await expect(this.viewport).toBeVisible();
  }

  region(name: string): Locator {
    return this.page.getByRole('region', { name: `Region ${name}`, exact: true });
  }

  zone(zoneName: string): Locator {
    return this.page.getByRole('region', { name: `Availability Zone ${zoneName}`, exact: true });
  }

  async isDark(): Promise<boolean> {
    return this.page.evaluate(() => document.documentElement.classList.contains('dark'));
  }

  async toggleTheme() {
    await this.themeToggle.click();
  }

  /** Header history and lens, toolbar, command palette and forms, explanation card, timeline, autosave banner. */
  get commands(): LabCommands {
    return new LabCommands(this.page);
  }

  /** The canvas: nodes, drag to attach, the attach menu, the inspector and the tree view. */
  get canvasView(): LabCanvas {
    return new LabCanvas(this.page);
  }
}

/** `test` with a `lab` fixture that fails the test on any console error or page error. */
export const test = base.extend<{ lab: LabPage }>({
  lab: async ({ page }, use) => {
    const lab = new LabPage(page);
    await use(lab);
    expect(lab.errors, 'console errors and page errors').toEqual([]);
  },
});

export { expect };
