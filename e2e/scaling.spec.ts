import type { Locator, Page } from '@playwright/test';
import { expect, test, type LabPage } from './pages/lab-page';
import { LabsUi } from './pages/labs';
import { SCALING_STEPS } from './scaling-steps';
import { terminalUi } from './pages/terminal';

test.describe.configure({ timeout: 120_000 });

interface Stack {
  vpc: string;
  subnetA: string;
  subnetB: string;
  lb: string;
  tg: string;
  group: string;
  ami: string;
}

/**
 * A public VPC in two AZs with an internet-facing ALB, a target group behind a listener on HTTP:80 and an Auto Scaling
 * group of two across both AZs; two minutes later both targets are healthy. Built through actions (the `?e2e` hook).
 */
function buildStack(page: Page): Promise<Stack> {
  return page.evaluate(() => {
    const store = (window as any).__labStore;
    const run = (type: string, params: Record<string, unknown> = {}) => {
      const r = store.getState().dispatch({ type, params });
      if (!r?.ok) throw new Error(`${type}: ${r?.error?.code} ${r?.error?.message}`);
      return r.response;
    };
    const vpc = run('ec2:CreateVpc', { CidrBlock: '10.0.0.0/16' }).Vpc.VpcId;
    const igw = run('ec2:CreateInternetGateway').InternetGateway.InternetGatewayId;
    run('ec2:AttachInternetGateway', { InternetGatewayId: igw, VpcId: vpc });
    const main = store.getState().world.vpcs.get(vpc).mainRouteTableId;
    run('ec2:CreateRoute', { RouteTableId: main, DestinationCidrBlock: '0.0.0.0/0', GatewayId: igw });
    const subnet = (cidr: string, az: string) => run('ec2:CreateSubnet', { VpcId: vpc, CidrBlock: cidr, AvailabilityZone: az }).Subnet.SubnetId;
    const subnetA = subnet('10.0.1.0/24', 'us-east-1a');
    const subnetB = subnet('10.0.2.0/24', 'us-east-1b');
    const ami = store
      .getState()
      .world.images.values()
      .find((i: any) => i.region === 'us-east-1' && i.rootDeviceType === 'ebs' && i.public).id;
    const lt = run('ec2:CreateLaunchTemplate', { LaunchTemplateName: 'web', LaunchTemplateData: { ImageId: ami, InstanceType: 't3.micro' } }).LaunchTemplate
      .LaunchTemplateId;
    const tg = run('elasticloadbalancing:CreateTargetGroup', { Name: 'web-tg', Protocol: 'HTTP', Port: 80, VpcId: vpc }).TargetGroups[0].TargetGroupArn;
    const created = run('elasticloadbalancing:CreateLoadBalancer', { Name: 'web-alb', Subnets: [subnetA, subnetB] }).LoadBalancers[0];
    const lb = created.LoadBalancerArn;
    // the ALB got the VPC default group, which admits only itself: clients need port 80 from the internet (S5)
    run('ec2:AuthorizeSecurityGroupIngress', {
      GroupId: created.SecurityGroups[0],
      IpPermissions: [{ IpProtocol: 'tcp', FromPort: 80, ToPort: 80, IpRanges: [{ CidrIp: '0.0.0.0/0' }] }],
    });
    run('elasticloadbalancing:CreateListener', { LoadBalancerArn: lb, Protocol: 'HTTP', Port: 80, DefaultActions: [{ Type: 'forward', TargetGroupArn: tg }] });
    run('autoscaling:CreateAutoScalingGroup', {
      AutoScalingGroupName: 'web',
      LaunchTemplate: { LaunchTemplateId: lt, Version: '$Latest' },
      MinSize: 2,
      MaxSize: 4,
      DesiredCapacity: 2,
      VPCZoneIdentifier: `${subnetA},${subnetB}`,
      TargetGroupARNs: [tg],
    });
    run('sim:AdvanceTime', { Seconds: 120 });
    const group = store.getState().world.autoScalingGroups.values()[0].id;
    store.getState().select(null);
    return { vpc, subnetA, subnetB, lb, tg, group, ami };
  });
}

/**
 * The same stack built as a learner builds it: the VPC and a subnet in each of two AZs with the toolbar's forms, the
 * rest typed in the terminal (gateway and route, launch template, target group, ALB and listener, the group of two).
 * Ids are read back through the test hook, for asserting only.
 */
async function buildStackThroughUi(lab: LabPage, page: Page): Promise<Stack> {
  const ui = lab.commands;
  await ui.openFromToolbar('VPC');
  await ui.submitAccepted('Create VPC');
  await ui.openFromToolbar('Subnet');
  await expect(ui.field('Availability Zone')).toHaveValue('us-east-1a');
  await ui.submitAccepted('Create subnet');
  await ui.openFromToolbar('Subnet');
  await expect(ui.field('Availability Zone')).toHaveValue('us-east-1b');
  await ui.submitAccepted('Create subnet');

  await page.getByRole('button', { name: 'Terminal' }).click();
  const terminal = page.getByTestId('terminal');
  const rows = terminal.locator('.xterm-rows');
  await expect(rows).toContainText('[cloudshell-user@ec2-lab ~]$');
  const input = terminal.locator('textarea.xterm-helper-textarea');
  // Pasted, as a learner pastes a command from a guide (the terminal spec presses real keys).
  for (const line of SCALING_STEPS) {
    await input.evaluate((el, t) => {
      const data = new DataTransfer();
      data.setData('text/plain', t);
      el.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
    }, line);
    await input.press('Enter');
  }
  await expect(rows).toContainText(/group=2\s+2\s+4/);
  await page.getByRole('button', { name: 'Close the terminal' }).click();
  await expect(terminal).toHaveCount(0);

  expect(await run(page, 'sim:AdvanceTime', { Seconds: 120 })).toBe(true);
  return page.evaluate(() => {
    const world = (window as any).__labStore.getState().world;
    const vpc = world.vpcs.values()[0].id;
    const subnet = (az: string) => world.subnets.values().find((x: any) => x.az === az).id;
    return {
      vpc,
      subnetA: subnet('us-east-1a'),
      subnetB: subnet('us-east-1b'),
      lb: world.loadBalancers.values()[0].id,
      tg: world.targetGroups.values()[0].id,
      group: world.autoScalingGroups.values()[0].id,
      ami: world.launchTemplates.values()[0].versions[0].data.ImageId,
    };
  });
}

/** The parts of a group's outline (one per subnet) and the instance cards inside them. */
async function expectInsideOutline(page: Page, group: string, instances: readonly string[]) {
  const parts = page.locator(`.react-flow__node-autoScalingGroup:has([data-group="${group}"])`);
  const boxes = await Promise.all((await parts.all()).map((p: Locator) => p.boundingBox()));
  for (const id of instances) {
    const card = await page.locator(`.react-flow__node[data-id="${id}"]`).boundingBox();
    expect(card, id).not.toBeNull();
    const holder = boxes.find(
      (b) => b && card && card.x >= b.x && card.y >= b.y && card.x + card.width <= b.x + b.width && card.y + card.height <= b.y + b.height,
    );
    expect(holder, `${id} lies inside an outline part of the group`).toBeTruthy();
  }
}

/** The things a learner does not click in this drill: a sim: action through the store (the palette has them too). */
function run(page: Page, type: string, params: Record<string, unknown>) {
  return page.evaluate(([t, p]) => (window as any).__labStore.getState().dispatch({ type: t, params: p })?.ok, [type, params] as const);
}

test.describe('horizontal scaling on the canvas', () => {
  test('an ALB across two AZs with a group of two: traffic, a lost AZ, capacity replaced, traffic still served, the bill', async ({ lab, page }) => {
    const canvas = lab.canvasView;
    await canvas.open();
    const s = await buildStackThroughUi(lab, page);

    // The load balancer spans both AZ columns; the target group shows two healthy targets.
    await expect(canvas.node(s.lb)).toContainText('web-alb');
    await expect(canvas.node(s.lb)).toContainText('Zones: us-east-1a, us-east-1b');
    await expect(canvas.node(s.lb)).toContainText('HTTP:80 → web-tg');
    await expect(canvas.node(s.tg)).toContainText('2 healthy');
    await expect(page.locator('.react-flow__edge.target-healthy')).toHaveCount(2);
    // The group is an outline around its two instances, one part in each AZ's subnet, labelled min/desired/max.
    const members = () =>
      page.evaluate(() => (window as any).__labStore.getState().world.autoScalingGroups.values()[0].instances.map((m: any) => m.instanceId) as string[]);
    const parts = page.locator(`.react-flow__node-autoScalingGroup:has([data-group="${s.group}"])`);
    await expect(parts).toHaveCount(2);
    for (const part of await parts.all()) {
      await expect(part).toContainText('web · min 2 / desired 2 / max 4');
      await expect(part).toContainText('Auto Scaling group · 1 of 2 here');
    }
    await canvas.settle();
    await expectInsideOutline(page, s.group, await members());
    // Its label selects the group (the second part's too); the outline's inside leaves the instance cards clickable.
    await canvas.showInspector();
    await canvas.settle(); // opening the inspector re-frames the view: click the label where it comes to rest
    const selection = () => page.evaluate(() => (window as any).__labStore.getState().selection);
    // On a loaded machine the inspector's re-framing can start after the settle above; a click that landed while the
    // view still moved hits what was under the pointer then, so click again once it has come to rest.
    await expect(async () => {
      await parts.nth(1).getByRole('button', { name: /^Auto Scaling group web, min 2 \/ desired 2 \/ max 4/ }).click();
      expect(await selection()).toBe(s.group);
    }).toPass({ timeout: 10_000 });
    await expect(canvas.field('Recent activity')).toContainText('Launching a new EC2 instance');
    // From the keyboard: the label is a button in the tab order; Enter selects the group.
    await page.evaluate(() => (window as any).__labStore.getState().select(null));
    await parts.nth(0).getByRole('button').focus();
    await page.keyboard.press('Enter');
    await expect.poll(selection).toBe(s.group);
    const [first] = await members();
    await canvas.closeDetailsDrawer();
    await canvas.clickNode(first!);
    await expect.poll(selection).toBe(first);
    await page.screenshot({ path: 'test-results/scaling-outline.png' });

    // Traffic from the inspector of the load balancer.
    await canvas.select(s.lb);
    await expect(canvas.field('DNS name')).toContainText('web-alb');
    await canvas.inspectorButton('Send 1,000 requests').click();
    await expect(page.getByTestId('traffic-result')).toContainText('1,000 requests: 1,000 × 200');
    // The requests flow on the canvas: the listener's line and one line per target that served, animated in CSS.
    const flow = page.locator('.react-flow__edge.traffic-flow');
    await expect(flow).toHaveCount(3);
    expect(await flow.first().locator('path').first().evaluate((p) => getComputedStyle(p).animationName)).toContain('traffic-move');
    await page.screenshot({ path: 'test-results/scaling-traffic.png' });

    // The tree lists the load balancer (its listener inside), the target group, the group and the launch template.
    await canvas.showTree();
    await expect(canvas.treeItem(s.lb)).toContainText('ALB · internet-facing');
    await expect(canvas.treeItem(s.tg)).toContainText('2 of 2 healthy');
    await expect(canvas.treeItem(s.group)).toContainText('min 2 · desired 2 · max 4');
    await expect(page.getByRole('treeitem', { name: /^web, launch template/ })).toBeVisible();

    // Lose us-east-1a from the keyboard: the zone in the tree, Enter on the inspector's Fail button.
    const zone = `zone:${s.vpc}:us-east-1a`;
    await canvas.treeItem(zone).focus();
    await page.keyboard.press('Enter');
    await canvas.showInspector();
    await canvas.inspectorButton('Fail this Availability Zone').focus();
    await page.keyboard.press('Enter');
    await expect(canvas.node('az:us-east-1a').locator('[data-zone-failed]')).toHaveText('Zone down');
    await expect(canvas.field('State')).toContainText('down (failure drill): 1 instance(s) impaired');
    await expect(canvas.inspectorButton('Restore this Availability Zone')).toBeVisible();

    // Its target drains, the group relaunches in us-east-1b.
    expect(await run(page, 'sim:AdvanceTime', { Seconds: 30 })).toBe(true);
    await expect(canvas.node(s.tg)).toContainText('draining');
    await expect(canvas.node(s.tg)).toContainText('Target.DeregistrationInProgress');
    expect(await run(page, 'sim:AdvanceTime', { Seconds: 150 })).toBe(true);
    await expect(canvas.node(s.tg)).toContainText('2 healthy');
    // The member in us-east-1a waits out the deregistration delay (300 s, S36) before it is terminated.
    await expect(parts.nth(0)).toContainText('1 of 3 here');
    expect(await run(page, 'sim:AdvanceTime', { Seconds: 150 })).toBe(true);
    // The replacement is drawn inside the outline's part in us-east-1b; the part in us-east-1a is empty.
    await expect(parts.nth(0)).toContainText('None in this subnet now');
    await expect(parts.nth(1)).toContainText('Auto Scaling group · 2 of 2 here');
    await canvas.settle();
    await expectInsideOutline(page, s.group, await members());
    const zones = await page.evaluate(() =>
      (window as any).__labStore
        .getState()
        .world.autoScalingGroups.values()[0]
        .instances.map((m: any) => m.az),
    );
    expect(zones).toEqual(['us-east-1b', 'us-east-1b']);

    // Traffic keeps flowing, to the two instances of us-east-1b; with reduced motion the dots stand still and fade.
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await canvas.select(s.lb);
    await canvas.inspectorButton('Send 1,000 requests').click();
    await expect(page.getByTestId('traffic-result')).toContainText('1,000 × 200');
    await expect(page.getByTestId('traffic-result')).not.toContainText('503');
    await expect(flow).toHaveCount(3);
    expect(await flow.first().locator('path').first().evaluate((p) => getComputedStyle(p).animationName)).toBe('traffic-fade');
    await page.emulateMedia({ reducedMotion: null });

    // The zone comes back from the load balancer's inspector; the group rebalances into it.
    await canvas.inspectorButton('Restore us-east-1a').click();
    await expect(canvas.node('az:us-east-1a').locator('[data-zone-failed]')).toHaveCount(0);
    await expect(canvas.inspectorButton('Fail us-east-1a')).toBeVisible();

    // The group's inspector tells why it launched.
    await canvas.select(s.group);
    await expect(canvas.field('Recent activity')).toContainText('Launching a new EC2 instance');

    // The bill, from the palette.
    await lab.commands.runCommand('Show the bill');
    const bill = page.getByTestId('bill-dialog');
    await expect(bill).toBeVisible();
    await expect(bill.getByTestId('bill-total')).toContainText('/h now');
    await expect(bill.locator('[data-bill-line^="i-"]').first()).toContainText('Paid by On-Demand');
    await page.screenshot({ path: 'test-results/scaling-bill.png' });
    await page.keyboard.press('Escape');
    await expect(bill).toBeHidden();
  });

  test('drag an instance onto the target group to register it; the inspector menu does the same from the keyboard', async ({ lab, page }) => {
    const canvas = lab.canvasView;
    await canvas.open();
    const s = await buildStack(page);
    const [one, two] = await page.evaluate(([subnet, ami]) => {
      const store = (window as any).__labStore;
      const launch = () =>
        store.getState().dispatch({ type: 'ec2:RunInstances', params: { ImageId: ami, InstanceType: 't3.micro', MinCount: 1, MaxCount: 1, SubnetId: subnet } })
          .response.Instances[0].InstanceId;
      return [launch(), launch()];
    }, [s.subnetA, s.ami] as const);
    await page.screenshot({ path: 'test-results/scaling-canvas.png' });

    // Selected first: the camera brings the selection into view, then stays put while the card is dragged.
    await canvas.select(one!);
    await canvas.drag(one!, s.tg, async () => {
      await expect(canvas.node(s.tg)).toContainText('✓ can register');
      await expect(canvas.dropStatus).toContainText(`Release to register ${one} in target group web-tg`);
    });
    await expect(canvas.node(s.tg)).toContainText(one!);
    expect((await canvas.resource('targetGroups', s.tg)).targets.map((t: any) => t.id)).toContain(one);

    await canvas.select(two!);
    await canvas.inspectorButton('Register in target group…').click();
    const menu = page.getByRole('dialog', { name: /^Register instance/ });
    await expect(menu).toContainText('web-tg');
    await page.keyboard.press('Enter');
    await expect(menu).toBeHidden();
    await expect(canvas.node(s.tg)).toContainText(two!);
  });

  test('a listener rule shows in the load balancer inspector, and its target group gets its own line', async ({ lab, page }) => {
    const canvas = lab.canvasView;
    await canvas.open();
    const s = await buildStack(page);
    // A second fleet behind the same listener, by path: typed in the terminal as a learner would.
    await page.getByRole('button', { name: 'Terminal' }).click();
    const { rows, type } = await terminalUi(page);
    await type(`API=$(aws elbv2 create-target-group --name api-tg --protocol HTTP --port 80 --vpc-id ${s.vpc} --query 'TargetGroups[0].TargetGroupArn' --output text)`);
    await type(`L=$(aws elbv2 describe-listeners --load-balancer-arn ${s.lb} --query 'Listeners[0].ListenerArn' --output text)`);
    await type("aws elbv2 create-rule --listener-arn $L --priority 10 --conditions Field=path-pattern,Values='/api/*' --actions Type=forward,TargetGroupArn=$API --query 'Rules[0].Priority' --output text");
    await expect(rows).toContainText(/--output text\s*10\s*\[cloudshell-user/);
    await page.getByRole('button', { name: 'Close the terminal' }).click();
    await canvas.select(s.lb);
    await expect(canvas.field('Listener rules')).toContainText('HTTP:80 #10 path /api/* → api-tg');
    await expect(page.locator(`.react-flow__edge[data-id^="rule:"]`)).toHaveCount(1);
  });

  test('the "Lose an AZ" lab: the zone failed and restored from its inspector on the canvas, traffic kept served', async ({ lab, page }) => {
    const labs = new LabsUi(page);
    // By its link (the picker's start expects no goal met yet; this drill's last goals hold before it starts).
    await labs.open('/?e2e#lab=lose-an-az');
    await expect(labs.title).toHaveText('Lose an AZ and keep serving');
    const canvas = lab.canvasView;
    await labs.expectCurrentStep(1, 'Lose us-east-1a');
    // The zone's column on the canvas: click its title, then the inspector's button. The lab opens framed on the
    // load balancer and its instances; the zones' titles above them come into view with "Fit all".
    await canvas.showInspector();
    await page.getByRole('button', { name: 'Fit all (F)' }).click();
    await canvas.node('az:us-east-1a').getByRole('heading', { name: 'us-east-1a' }).click();
    await canvas.inspectorButton('Fail this Availability Zone').click();
    await canvas.closeDetailsDrawer();
    await labs.expectStepDone(1);
    await expect(canvas.node('az:us-east-1a').locator('[data-zone-failed]')).toBeVisible();

    expect(await run(page, 'sim:AdvanceTime', { Seconds: 90 })).toBe(true);
    const lb = await page.evaluate(() => (window as any).__labStore.getState().world.loadBalancers.values()[0].id);
    await canvas.select(lb);
    await canvas.inspectorButton('Send 1,000 requests').click();
    await expect(page.getByTestId('traffic-result')).toContainText('1,000 × 200');
    await canvas.closeDetailsDrawer();
    await labs.expectStepDone(2);

    await canvas.select(lb);
    await canvas.inspectorButton('Restore us-east-1a').click();
    await canvas.closeDetailsDrawer();
    expect(await run(page, 'sim:AdvanceTime', { Seconds: 120 })).toBe(true);
    await labs.expectStepDone(3);
  });
});
