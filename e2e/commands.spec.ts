import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './pages/lab-page';

test.describe('command palette and forms', () => {
  test('builds a VPC, two subnets in two AZs and an instance, with the forms’ defaults', async ({ lab, page }) => {
    await lab.goto();
    const ui = lab.commands;

    await ui.runCommand('create vpc');
    await expect(ui.palette.getByRole('heading', { name: 'Create VPC' })).toBeVisible();
    await expect(ui.field('IPv4 CIDR block')).toHaveValue('10.0.0.0/16');
    await ui.submitAccepted('Create VPC');
    await expect(ui.timelineEntry('Create VPC')).toBeVisible();

    await ui.openFromToolbar('Subnet');
    await expect(ui.field('Availability Zone')).toHaveValue('us-east-1a');
    await expect(ui.field('IPv4 CIDR block')).toHaveValue('10.0.0.0/24');
    await ui.submitAccepted('Create subnet');

    await ui.openFromToolbar('Subnet');
    await expect(ui.field('Availability Zone')).toHaveValue('us-east-1b');
    await expect(ui.field('IPv4 CIDR block')).toHaveValue('10.0.1.0/24');
    await ui.submitAccepted('Create subnet');

    await ui.openFromToolbar('Instance');
    await expect(ui.field('Instance type')).toHaveValue('t3.micro');
    await expect(ui.field('AMI')).toHaveValue(/^ami-/);
    await expect(ui.field('AMI').locator('option:checked')).toHaveText(/al2023.*EBS-backed/);
    await ui.submitAccepted('Launch');
    await expect(ui.timelineEntry('Launch instances')).toBeVisible();

    const subnets = await ui.subnets();
    expect(subnets.map((s) => [s.AvailabilityZone, s.CidrBlock])).toEqual([
      ['us-east-1a', '10.0.0.0/24'],
      ['us-east-1b', '10.0.1.0/24'],
    ]);
    const { Reservations } = await ui.read('ec2:DescribeInstances');
    expect(Reservations).toHaveLength(1);
    expect(Reservations[0].Instances[0]).toMatchObject({
      InstanceType: 't3.micro',
      SubnetId: subnets[1]!.SubnetId,
      State: { Name: 'running' },
    });
    await expect(page.getByRole('alert')).toHaveCount(0);
  });

  test('a subnet outside the VPC is refused: the card says InvalidSubnet.Range and the world is unchanged', async ({ lab, page }) => {
    await lab.goto();
    const ui = lab.commands;
    await ui.openFromToolbar('VPC');
    await ui.submitAccepted('Create VPC');
    const before = await ui.autosaveWorld();

    await ui.openFromToolbar('Subnet');
    await ui.field('IPv4 CIDR block').fill('10.9.0.0/24');
    await ui.submitButton('Create subnet').click();

    const card = ui.palette.getByTestId('explanation-card');
    await expect(card).toBeVisible();
    await expect(card).toHaveAttribute('role', 'alert');
    await expect(card.getByText('InvalidSubnet.Range', { exact: true })).toBeVisible();
    await expect(card.getByRole('link', { name: /^Course: / })).toHaveAttribute('href', /^#course\/[a-z0-9-]+$/);
    await expect(ui.field('IPv4 CIDR block')).toHaveValue('10.9.0.0/24'); // the form keeps what was typed

    // Esc closes the palette; the card stays over the canvas until dismissed (Esc again).
    await page.keyboard.press('Escape');
    await expect(ui.palette).toBeHidden();
    await expect(ui.explanationCard).toBeVisible();
    await expect(ui.explanationCard.getByText('InvalidSubnet.Range', { exact: true })).toBeVisible();
    await expect(ui.timelineEntry('Create subnet — refused')).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(ui.explanationCard).toBeHidden();

    expect(await ui.subnets()).toEqual([]);
    expect(await ui.autosaveWorld()).toEqual(before);
  });

  test('keyboard only: open the palette and create a VPC without the mouse', async ({ lab, page }) => {
    await lab.goto();
    const ui = lab.commands;
    await page.keyboard.press('Control+k');
    await expect(ui.paletteSearch).toBeFocused();
    await page.keyboard.type('create vpc');
    await expect(ui.palette.getByRole('option', { selected: true })).toContainText('Create VPC');
    await page.keyboard.press('Enter');
    await expect(ui.field('IPv4 CIDR block')).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(ui.palette).toBeHidden();
    await expect(ui.timelineEntry('Create VPC')).toBeVisible();
    await expect(ui.undoButton).toBeEnabled();
  });

  test('on a 390 px phone the palette shows each command’s whole name (the API name goes under it)', async ({ lab, page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await lab.goto();
    const ui = lab.commands;
    await page.keyboard.press('Control+k');
    await expect(ui.paletteSearch).toBeFocused();
    await ui.paletteSearch.fill('attach');
    const labels = ui.palette.getByRole('option').locator('p:first-child');
    await expect(labels.first()).toContainText('Attach');
    const cut = await labels.evaluateAll((ps) => ps.filter((p) => p.scrollWidth > p.clientWidth + 1).map((p) => p.textContent));
    expect(cut).toEqual([]);
  });

  test('moves through the list with the arrow keys and runs an app command from it', async ({ lab, page }) => {
    await lab.goto();
    const ui = lab.commands;
    await ui.openPalette();
    await ui.paletteSearch.fill('switch');
    const selected = ui.palette.getByRole('option', { selected: true });
    await expect(ui.palette.getByRole('option').first()).toHaveAttribute('aria-selected', 'true');
    for (let i = 0; i < 5 && !(await selected.textContent())?.includes('Switch lens'); i++) {
      await page.keyboard.press('ArrowDown');
    }
    await expect(selected).toContainText('Switch lens');
    await page.keyboard.press('Enter');
    await expect(ui.palette).toBeHidden();
    await expect(ui.lensButton('Physical')).toHaveAttribute('aria-pressed', 'true');
    await page.keyboard.press('Alt+Shift+L');
    await expect(ui.lensButton('Network')).toHaveAttribute('aria-pressed', 'true');
  });

  test('an action without a form of its own takes JSON parameters and shows the answer', async ({ lab }) => {
    await lab.goto();
    const response = await lab.commands.read('sim:ParseInstanceType', { InstanceType: 'r5dn.8xlarge' });
    expect(response).toMatchObject({ Family: 'r', Generation: 5, Size: '8xlarge' });
  });

  test('a form becomes JSON on request, and a request can be sent as another account', async ({ lab, page }) => {
    const canvas = lab.canvasView;
    await canvas.open();
    const imageId = await page.evaluate(() => {
      const store = (window as any).__labStore;
      const run = (type: string, params: Record<string, unknown>) => {
        const r = store.getState().dispatch({ type, params });
        if (!r?.ok) throw new Error(`${type}: ${r?.error?.code}`);
        return r.response;
      };
      const ami = store
        .getState()
        .world.images.values()
        .find((i: any) => i.region === 'us-east-1' && i.imageOwnerAlias === 'amazon' && i.rootDeviceType === 'ebs').id;
      const vpc = run('ec2:CreateVpc', { CidrBlock: '10.0.0.0/16' }).Vpc.VpcId;
      const subnet = run('ec2:CreateSubnet', { VpcId: vpc, CidrBlock: '10.0.1.0/24', AvailabilityZone: 'us-east-1a' }).Subnet.SubnetId;
      const instance = run('ec2:RunInstances', { ImageId: ami, InstanceType: 't3.micro', MinCount: 1, MaxCount: 1, SubnetId: subnet }).Instances[0].InstanceId;
      const image = run('ec2:CreateImage', { InstanceId: instance, Name: 'golden' }).ImageId;
      run('ec2:ModifyImageAttribute', { ImageId: image, LaunchPermission: { Add: [{ UserId: '444455556666' }] } });
      return image;
    });

    // A form hands its parameters to the JSON editor.
    await lab.commands.openFromToolbar('VPC');
    await page.getByRole('button', { name: 'Edit as JSON…' }).click();
    await expect(lab.commands.palette.getByLabel('Parameters (JSON, as in the AWS SDK)')).toHaveValue(/"CidrBlock": "10\.1\.0\.0\/16"/);
    await page.keyboard.press('Escape');

    // The account the image was shared with can copy it.
    await lab.commands.runCommand('ec2:CopyImage');
    await lab.commands.palette
      .getByLabel('Parameters (JSON, as in the AWS SDK)')
      .fill(JSON.stringify({ SourceRegion: 'us-east-1', SourceImageId: imageId, Name: 'golden-partner' }));
    await lab.commands.palette.getByLabel('Act as account').selectOption('444455556666');
    await lab.commands.palette.getByRole('button', { name: 'Send ec2:CopyImage' }).click();
    await expect(lab.commands.palette).toBeHidden();
    const owners = await page.evaluate(() =>
      (window as any).__labStore
        .getState()
        .world.images.values()
        .filter((i: any) => i.name === 'golden-partner')
        .map((i: any) => i.ownerId),
    );
    expect(owners).toEqual(['444455556666']);
  });

  test('palette, forms and the explanation card have no serious accessibility violations', async ({ lab, page }) => {
    test.setTimeout(180_000); // six full axe runs; each takes seconds on a busy machine
    await lab.goto();
    const ui = lab.commands;
    const check = async (what: string) => {
      for (const dark of [false, true]) {
        if ((await lab.isDark()) !== dark) await page.evaluate(() => document.documentElement.classList.toggle('dark'));
        const results = await new AxeBuilder({ page }).analyze();
        const bad = results.violations
          .filter((v) => v.impact === 'serious' || v.impact === 'critical')
          .map((v) => `${what} ${dark ? 'dark' : 'light'}: ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
        expect(bad).toEqual([]);
      }
    };
    await ui.openPalette();
    await check('palette');
    await ui.paletteSearch.fill('create subnet');
    await page.keyboard.press('Enter');
    await ui.submitButton('Create subnet').click(); // no VPC yet: refused
    await expect(ui.palette.getByTestId('explanation-card')).toBeVisible();
    await check('refusal in the form');
    await page.keyboard.press('Escape');
    await expect(ui.explanationCard).toBeVisible();
    await check('refusal over the canvas');
  });
});
