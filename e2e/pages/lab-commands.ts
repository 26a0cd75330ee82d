import { expect, type Locator, type Page } from '@playwright/test';

/**
 * The command layer seen the way a learner sees it: the header's history buttons and lens switch, the left toolbar,
 * the command palette with its action forms, the explanation card, the timeline and the autosave banner.
 */
export class LabCommands {
  readonly palette: Locator;
  readonly paletteSearch: Locator;
  readonly paletteButton: Locator;
  readonly undoButton: Locator;
  readonly redoButton: Locator;
  readonly toolbar: Locator;
  /** The explanation card, wherever it shows (inside the palette's form, or over the canvas). */
  readonly explanationCard: Locator;
  readonly timeline: Locator;
  readonly autosaveBanner: Locator;

  constructor(readonly page: Page) {
    this.palette = page.getByTestId('command-palette');
    this.paletteSearch = this.palette.getByRole('combobox', { name: 'Search commands and AWS actions' });
    this.paletteButton = page.getByRole('banner').getByRole('button', { name: /commands/i });
    this.undoButton = page.getByRole('banner').getByRole('button', { name: 'Undo', exact: true });
    this.redoButton = page.getByRole('banner').getByRole('button', { name: 'Redo', exact: true });
    this.toolbar = page.getByRole('navigation', { name: 'Create and connect' });
    this.explanationCard = page.getByTestId('explanation-card');
    this.timeline = page.getByRole('region', { name: 'Timeline' });
    this.autosaveBanner = page.getByTestId('autosave-banner');
  }

  /** A timeline entry by its title ("Create VPC", "Create subnet — refused", "Undid ec2:CreateSubnet"). */
  timelineEntry(title: string): Locator {
    return this.timeline.getByRole('listitem').filter({ hasText: title }).first();
  }

  lensButton(name: 'Network' | 'Physical'): Locator {
    return this.page.getByRole('group', { name: 'Lens' }).getByRole('button', { name });
  }

  /** A field of the open action form, by its label. */
  field(label: string | RegExp): Locator {
    return this.palette.getByLabel(label, { exact: typeof label === 'string' });
  }

  submitButton(name: string): Locator {
    return this.palette.getByRole('button', { name, exact: true });
  }

  async openPalette() {
    await this.paletteButton.click();
    await expect(this.paletteSearch).toBeFocused();
  }

  /** Ctrl+K, type the query, Enter: runs the best match (an engine action opens its form). */
  async runCommand(query: string) {
    if (!(await this.palette.isVisible())) await this.page.keyboard.press('Control+k');
    await expect(this.paletteSearch).toBeFocused();
    await this.paletteSearch.fill(query);
    await this.page.keyboard.press('Enter');
  }

  /** Opens an action's form from the left toolbar ("VPC", "Subnet", "Instance", …). */
  async openFromToolbar(name: string) {
    await this.toolbar.getByRole('button', { name, exact: true }).click();
    await expect(this.palette).toBeVisible();
  }

  /** Submits the open form and waits for the palette to close (the action was accepted). */
  async submitAccepted(name: string) {
    await this.submitButton(name).click();
    await expect(this.palette).toBeHidden();
  }

  /**
   * Asks the simulation through the palette (a Describe* or sim: read) and returns the JSON response it shows.
   * Reads never change the world and add no undo step.
   */
  async read(type: string, params: Record<string, unknown> = {}): Promise<any> {
    await this.runCommand(type);
    const editor = this.palette.getByLabel('Parameters (JSON, as in the AWS SDK)');
    if (await editor.isVisible()) {
      await editor.fill(JSON.stringify(params));
      await this.palette.getByRole('button', { name: `Send ${type}` }).click();
    } else {
      await this.palette.getByRole('button', { name: /^(Describe|Show)$/ }).click();
    }
    const response = this.palette.getByRole('region', { name: 'Response' }).locator('pre');
    await expect(response).toBeVisible();
    const text = await response.textContent();
    await this.page.keyboard.press('Escape');
    await expect(this.palette).toBeHidden();
    return JSON.parse(text ?? 'null');
  }

  async subnets(): Promise<{ SubnetId: string; AvailabilityZone: string; CidrBlock: string }[]> {
    return (await this.read('ec2:DescribeSubnets')).Subnets;
  }

  async vpcs(): Promise<{ VpcId: string; CidrBlock: string }[]> {
    return (await this.read('ec2:DescribeVpcs')).Vpcs;
  }

  /** The world as autosave last wrote it (waits for the debounced save to catch up with the timeline). */
  async autosaveWorld(): Promise<unknown> {
    // The save is debounced and then waits for an idle moment (up to 2.4 s under load): `pagehide` writes a pending
    // one at once, as when the tab closes, so what is read is the save of what is on screen.
    await this.page.evaluate(() => dispatchEvent(new Event('pagehide')));
    const text = await this.autosave();
    return text ? JSON.parse(text).world : null;
  }

  /** The JSON of the autosave in localStorage (null when nothing was saved). */
  async autosave(key = 'ec2-lab:autosave:v1'): Promise<string | null> {
    return this.page.evaluate((k) => localStorage.getItem(k), key);
  }
}
