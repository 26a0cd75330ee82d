import { expect, type Locator, type Page } from '@playwright/test';
import { openWithTestHook } from './test-hook';

/** Keys the lab keeps in localStorage (the autosave, and the work kept aside while a link is open). */
export const AUTOSAVE_KEY = 'ec2-lab:autosave:v1';
export const BEFORE_LINK_KEY = 'ec2-lab:autosave:before-link';

/** What a test compares between two pages: the world (as JSON), the positions and the lens. */
export interface LabSnapshot {
  world: string;
  positions: string;
  lens: string;
}

/**
 * Share links and files, seen the way a learner sees them: the header's Share button and dialog (link, copy, QR
 * code, file, embed code), the banner after opening a link or file ("Back to your work", errors), the embed view.
 * Worlds are read through the `?e2e` test hook (for asserting, never for acting).
 */
export class SharePage {
  readonly shareButton: Locator;
  readonly dialog: Locator;
  readonly title: Locator;
  readonly notes: Locator;
  readonly link: Locator;
  readonly copyButton: Locator;
  readonly length: Locator;
  readonly facts: Locator;
  readonly qr: Locator;
  readonly tooLong: Locator;
  readonly banner: Locator;
  readonly error: Locator;
  readonly backButton: Locator;
  readonly fileInput: Locator;

  constructor(readonly page: Page) {
    this.shareButton = page.getByRole('banner').getByRole('button', { name: 'Share', exact: true });
    this.dialog = page.getByRole('dialog', { name: 'Share this lab' });
    this.title = this.dialog.getByLabel('Title');
    this.notes = this.dialog.getByLabel(/^Notes/);
    this.link = this.dialog.getByTestId('share-link');
    this.copyButton = this.dialog.getByRole('button', { name: 'Copy link', exact: true });
    this.length = this.dialog.getByTestId('share-length');
    this.facts = this.dialog.getByTestId('share-facts');
    this.qr = this.dialog.getByTestId('share-qr');
    this.tooLong = this.dialog.getByTestId('share-too-long');
    this.banner = page.getByTestId('link-banner');
    this.error = page.getByTestId('link-error');
    this.backButton = this.banner.getByRole('button', { name: 'Back to your work' });
    this.fileInput = this.dialog.getByTestId('share-file-input');
  }

  /** Opens the lab with the test hook (optionally with a hash or a query) and waits for the engine. */
  async open(suffix = '') {
    await openWithTestHook(this.page, suffix.startsWith('?') ? `/${suffix.replace(/^\?/, '?e2e&')}` : `/?e2e${suffix}`);
  }

  async openDialog() {
    await this.shareButton.click();
    await expect(this.dialog).toBeVisible();
    await expect(this.link).toHaveValue(/#s=1\./);
  }

  async close() {
    await this.dialog.getByRole('button', { name: 'Close', exact: true }).click();
    await expect(this.dialog).toBeHidden();
  }

  /** The link as the dialog shows it (after title/notes edits have been packed in). */
  async linkText(): Promise<string> {
    await expect(this.link).toHaveAttribute('aria-busy', 'false');
    await expect(this.link).toHaveValue(/#s=1\./);
    return this.link.inputValue();
  }

  /** Press Copy and read the clipboard (the context needs clipboard permissions). */
  async copyLink(): Promise<string> {
    await expect(this.link).toHaveAttribute('aria-busy', 'false');
    await this.copyButton.click();
    await expect(this.dialog.getByText('Copied to the clipboard.')).toBeVisible();
    return this.page.evaluate(() => navigator.clipboard.readText());
  }

  /** Press "Download .ec2lab.json"; returns the file's name and text. */
  async downloadFile(): Promise<{ name: string; text: string }> {
    await expect(this.link).toHaveAttribute('aria-busy', 'false');
    const [download] = await Promise.all([
      this.page.waitForEvent('download'),
      this.dialog.getByRole('button', { name: /^Download \.ec2lab\.json$/ }).click(),
    ]);
    const stream = await download.createReadStream();
    const chunks: Buffer[] = [];
    for await (const chunk of stream) chunks.push(chunk as Buffer);
    return { name: download.suggestedFilename(), text: Buffer.concat(chunks).toString('utf8') };
  }

  /** Open a file through the dialog's "Open a file…" button (its file input). */
  async importFile(name: string, text: string) {
    await this.openDialog();
    await this.fileInput.setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) });
    await expect(this.dialog).toBeHidden();
  }

  /** Drop a file on the canvas, as the OS does when a file is dragged from the desktop. */
  async dropFile(name: string, text: string) {
    const target = this.page.locator('.react-flow').locator('..');
    const transfer = await this.page.evaluateHandle(
      ([n, t]) => {
        const dt = new DataTransfer();
        dt.items.add(new File([t!], n!, { type: 'application/json' }));
        return dt;
      },
      [name, text],
    );
    await target.dispatchEvent('dragenter', { dataTransfer: transfer });
    await target.dispatchEvent('dragover', { dataTransfer: transfer });
    await target.dispatchEvent('drop', { dataTransfer: transfer });
  }

  /** The world (a SHA-256 of its JSON, so that a failure prints a short diff), positions and lens now. */
  async snapshot(): Promise<LabSnapshot> {
    return this.page.evaluate(async () => {
      const s = (window as any).__labStore.getState();
      const bytes = new TextEncoder().encode(JSON.stringify(s.world));
      const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes));
      const world = Array.from(digest, (b) => b.toString(16).padStart(2, '0')).join('');
      return { world, positions: JSON.stringify(s.positions), lens: s.lens };
    });
  }

  /** The canvas camera (React Flow's viewport transform) as numbers: x, y, zoom. */
  async camera(): Promise<[number, number, number]> {
    const transform = await this.page.locator('.react-flow__viewport').evaluate((el) => (el as HTMLElement).style.transform);
    const m = /translate\(([-\d.]+)px, ([-\d.]+)px\) scale\(([\d.]+)\)/.exec(transform);
    if (!m) throw new Error(`unexpected transform ${transform}`);
    return [Number(m[1]), Number(m[2]), Number(m[3])];
  }

  /** Waits until the autosave holds the world shown now. */
  async autosaved() {
    await this.page.waitForFunction((key) => {
      const raw = localStorage.getItem(key);
      const world = (window as any).__labStore.getState().world;
      return raw !== null && JSON.stringify(JSON.parse(raw).world) === JSON.stringify(world);
    }, AUTOSAVE_KEY);
  }

  /** A few actions through the test hook: a VPC with a subnet and an instance (a world unlike a fresh one). */
  async buildSmall(cidr = '10.0.0.0/16'): Promise<{ vpc: string; subnet: string; instance: string }> {
    return this.page.evaluate((block) => {
      const store = (window as any).__labStore;
      const run = (type: string, params: Record<string, unknown> = {}) => {
        const r = store.getState().dispatch({ type, params });
        if (!r?.ok) throw new Error(`${type}: ${r?.error?.code}`);
        return r.response;
      };
      const vpc = run('ec2:CreateVpc', { CidrBlock: block }).Vpc.VpcId;
      const subnet = run('ec2:CreateSubnet', {
        VpcId: vpc,
        CidrBlock: block.replace(/\.0\.0\/16$/, '.1.0/24'),
        AvailabilityZone: 'us-east-1b',
      }).Subnet.SubnetId;
      const ami = store
        .getState()
        .world.images.values()
        .find((i: any) => i.region === 'us-east-1' && i.rootDeviceType === 'ebs' && i.public).id;
      const instance = run('ec2:RunInstances', { ImageId: ami, InstanceType: 't3.micro', MinCount: 1, MaxCount: 1, SubnetId: subnet })
        .Instances[0].InstanceId;
      return { vpc, subnet, instance };
    }, cidr);
  }
}

/** Screenshots for the README are retaken with SCREENSHOTS=1 (documentation, not assertions). */
export const screenshots = !!process.env.SCREENSHOTS;

/** The part after `#` of a link. */
export const fragmentOf = (link: string) => link.slice(link.indexOf('#') + 1);
