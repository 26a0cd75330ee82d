import { expect, type Locator, type Page } from '@playwright/test';
import { settled } from './shell';
import { openWithTestHook } from './test-hook';

/** Ids of the classroom topology `LabCanvas.buildClassroom` makes. */
export interface Classroom {
  vpc: string;
  igw: string;
  subnetA: string;
  subnetB: string;
  web: string;
  app: string;
  db: string;
  eniA: string;
  eniB: string;
  volA: string;
  volB: string;
  eip: string;
}

/**
 * The canvas seen the way a learner sees it: nodes, drag to attach, the attach menu, the inspector and the tree.
 * Worlds are set up through actions: `?e2e` exposes the store (a test hook only), everything tested is clicked.
 */
export class LabCanvas {
  readonly inspector: Locator;
  readonly tree: Locator;
  readonly attachDialog: Locator;
  readonly dropStatus: Locator;

  constructor(readonly page: Page) {
    this.inspector = page.getByRole('tabpanel');
    this.tree = page.getByRole('tree', { name: 'Resources' });
    this.attachDialog = page.getByRole('dialog', { name: /^Attach / });
    this.dropStatus = page.locator('.react-flow').locator('..').getByRole('status');
  }

  /** Opens the lab with the test hook and waits for the engine. */
  async open() {
    await openWithTestHook(this.page);
  }

  /** Two AZs with a public subnet each (VPC with an internet gateway), three instances, a spare ENI and volume per AZ, an EIP. */
  async buildClassroom(): Promise<Classroom> {
    return this.page.evaluate(() => {
      const store = (window as any).__labStore;
      const run = (type: string, params: Record<string, unknown> = {}) => {
        const r = store.getState().dispatch({ type, params });
        if (!r?.ok) throw new Error(`${type}: ${r?.error?.code}`);
        return r.response;
      };
      const vpc = run('ec2:CreateVpc', { CidrBlock: '10.0.0.0/16' }).Vpc.VpcId;
      const igw = run('ec2:CreateInternetGateway').InternetGateway.InternetGatewayId;
      run('ec2:AttachInternetGateway', { InternetGatewayId: igw, VpcId: vpc });
      const subnet = (cidr: string, az: string) => {
        const id = run('ec2:CreateSubnet', { VpcId: vpc, CidrBlock: cidr, AvailabilityZone: az }).Subnet.SubnetId;
        run('ec2:ModifySubnetAttribute', { SubnetId: id, MapPublicIpOnLaunch: { Value: true } });
        return id;
      };
      const subnetA = subnet('10.0.1.0/24', 'us-east-1a');
      const subnetB = subnet('10.0.2.0/24', 'us-east-1b');
      const ami = store
        .getState()
        .world.images.values()
        .find((i: any) => i.region === 'us-east-1' && i.rootDeviceType === 'ebs' && i.public).id;
      const launch = (subnetId: string) =>
        run('ec2:RunInstances', { ImageId: ami, InstanceType: 't3.micro', MinCount: 1, MaxCount: 1, SubnetId: subnetId }).Instances[0]
          .InstanceId;
      const web = launch(subnetA);
      const app = launch(subnetA);
      const db = launch(subnetB);
      const eniA = run('ec2:CreateNetworkInterface', { SubnetId: subnetA }).NetworkInterface.NetworkInterfaceId;
      const eniB = run('ec2:CreateNetworkInterface', { SubnetId: subnetB }).NetworkInterface.NetworkInterfaceId;
      const volA = run('ec2:CreateVolume', { AvailabilityZone: 'us-east-1a', Size: 20 }).VolumeId;
      const volB = run('ec2:CreateVolume', { AvailabilityZone: 'us-east-1b', Size: 50 }).VolumeId;
      const eip = run('ec2:AllocateAddress', { Domain: 'vpc' }).AllocationId;
      store.getState().select(null);
      return { vpc, igw, subnetA, subnetB, web, app, db, eniA, eniB, volA, volB, eip };
    });
  }

  /** A canvas node (React Flow's focusable wrapper) by resource id. */
  node(id: string): Locator {
    return this.page.locator(`.react-flow__node[data-id="${id}"]`);
  }

  /**
   * Clicks a card as a learner does: once the camera has stopped. A click while the camera still flies (after an
   * action, or a panel opening) presses on one spot of the card and lets go on another, which React Flow takes for a
   * drag, not a click.
   */
  async clickNode(id: string) {
    await settled(this.page);
    await this.node(id).click();
  }

  /** The world's view of a resource, read through the test hook (for asserting, never for acting). */
  async resource(collection: string, id: string): Promise<any> {
    return this.page.evaluate(([c, i]) => (window as any).__labStore.getState().world[c!].get(i), [collection, id]);
  }

  /** Waits until the viewport stops moving (the canvas fits itself to a growing world with a short animation). */
  async settle() {
    await this.page.waitForFunction(
      () =>
        new Promise<boolean>((resolve) => {
          const viewport = document.querySelector('.react-flow__viewport') as HTMLElement | null;
          const before = viewport?.style.transform;
          setTimeout(() => {
            const middle = viewport?.style.transform;
            setTimeout(() => resolve(middle === before && viewport?.style.transform === before), 200);
          }, 200);
        }),
    );
  }

  /** Is the whole node inside the canvas's visible area? */
  async inView(id: string): Promise<boolean> {
    const box = await this.node(id).boundingBox();
    const view = await this.page.locator('.react-flow').boundingBox();
    if (!box || !view) return false;
    return box.x >= view.x && box.y >= view.y && box.x + box.width <= view.x + view.width && box.y + box.height <= view.y + view.height;
  }

  /** Drags one node onto another with the mouse, in small steps; `hold` runs while hovering, before the drop. */
  async drag(fromId: string, toId: string, hold?: () => Promise<void>) {
    await this.settle();
    // The readable camera may leave one of the two outside the view: fit everything first, as a learner would.
    if (!(await this.inView(fromId)) || !(await this.inView(toId))) {
      await this.page.getByRole('button', { name: 'Fit all (F)' }).click();
      await this.settle();
    }
    const from = await this.node(fromId).boundingBox();
    const to = await this.node(toId).boundingBox();
    if (!from || !to) throw new Error(`cannot see ${fromId} or ${toId}`);
    const start = { x: from.x + from.width / 2, y: from.y + from.height / 2 };
    const end = { x: to.x + to.width / 2, y: to.y + Math.min(to.height / 2, 30) };
    await this.page.mouse.move(start.x, start.y);
    await this.page.mouse.down();
    const steps = 10;
    for (let i = 1; i <= steps; i++) {
      await this.page.mouse.move(start.x + ((end.x - start.x) * i) / steps, start.y + ((end.y - start.y) * i) / steps);
    }
    if (hold) await hold();
    await this.page.mouse.up();
  }

  /** Where a node sits on the canvas (its translate in flow coordinates: independent of pan and zoom). */
  async flowPosition(id: string): Promise<string> {
    return this.node(id).evaluate((el) => (el as HTMLElement).style.transform);
  }

  /** The inspector field's value ("Public IPv4", "State", …). */
  field(label: string): Locator {
    return this.page.locator(`dd[data-field="${label}"]`);
  }

  treeItem(id: string): Locator {
    return this.page.locator(`[role="treeitem"][data-id="${id}"]`);
  }

  /**
   * The details panel (tree, inspector, timeline) is a drawer under 1280 px, and at 1280 px with a lab open beside it
   * (the canvas keeps half the width): open it with the "Details" button over the canvas when it is not on screen.
   */
  async showDetails() {
    const tab = this.page.getByRole('tab', { name: 'Inspector' });
    if (await tab.isVisible()) return;
    await this.page.getByRole('group', { name: 'Panels' }).getByRole('button', { name: 'Details' }).click();
    await expect(tab).toBeVisible();
  }

  async showTree() {
    await this.showDetails();
    await this.page.getByRole('tab', { name: 'Tree' }).click();
    await expect(this.tree).toBeVisible();
  }

  async showInspector() {
    await this.showDetails();
    await this.page.getByRole('tab', { name: 'Inspector' }).click();
  }

  /** Selects a resource as a learner does: in the tree view when it is listed there, else on the canvas; ends on the inspector. */
  async select(id: string) {
    await this.showTree();
    const listed = await this.treeItem(id).isVisible();
    if (listed) await this.treeItem(id).click();
    await this.showInspector();
    if (!listed) await this.clickNode(id);
    await expect.poll(() => this.page.evaluate(() => (window as any).__labStore.getState().selection)).toBe(id);
  }

  /** A button of the inspector ("Detach", "Reboot", …), by its exact name. */
  inspectorButton(name: string): Locator {
    return this.inspector.getByRole('button', { name, exact: true });
  }

  /** Selects the resource, then presses one of the inspector's buttons for it. */
  async pressInInspector(id: string, button: string) {
    await this.select(id);
    await this.inspectorButton(button).click();
    await this.closeDetailsDrawer();
  }

  /** A details drawer lies over the lab panel at 1280 px: close it, as a learner does to read the next step. */
  async closeDetailsDrawer() {
    if (!(await this.page.getByTestId('details-drawer').isVisible())) return;
    await this.page.getByRole('button', { name: 'Close the details panel' }).click();
    await expect(this.page.getByTestId('details-drawer')).toBeHidden();
  }
}
