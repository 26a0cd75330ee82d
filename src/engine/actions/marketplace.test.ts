import { describe as suite, expect, it } from 'vitest';
import { apply, createWorld, describe, type World } from '../index';
import { LAB_MARKETPLACE_PRODUCT } from '../catalog/marketplace';
import { seedState } from '../rng';
import { no, ok } from '../engine-test-helpers';

/**
 * Course "Amazon Machine Image (AMI)": Marketplace AMIs can include commercial software and charge the instance plus
 * an extra cost for the AMI. Rule 70: AMIs with product codes can't be made public.
 */

const B = '444455556666';
const MARKETPLACE = '679593333241';
const CODE = LAB_MARKETPLACE_PRODUCT.productCodeId;

function marketplaceAmi(world: World, region = 'us-east-1'): string {
  return describe(world, 'ec2:DescribeImages', { Owners: ['aws-marketplace'] }, region).Images[0].ImageId;
}

function amazonAmi(world: World): string {
  return describe(world, 'ec2:DescribeImages', { Owners: ['amazon'], Filters: [{ Name: 'root-device-type', Values: ['ebs'] }] }).Images[0].ImageId;
}

function subnetIn(world: World, az = 'us-east-1a'): string {
  return describe(world, 'ec2:DescribeSubnets', { Filters: [{ Name: 'availability-zone', Values: [az] }] }).Subnets[0].SubnetId;
}

function launchFrom(world: World, imageId: string, extra: Record<string, unknown> = {}) {
  const r = ok(world, 'ec2:RunInstances', { ImageId: imageId, InstanceType: 't3.micro', MinCount: 1, MaxCount: 1, SubnetId: subnetIn(world), ...extra });
  return { world: r.world, id: r.response.Instances[0].InstanceId as string, response: r.response };
}

function lines(world: World, instanceId?: string): any[] {
  return describe(world, 'sim:BillingView', instanceId ? { InstanceId: instanceId } : {}).Lines;
}

suite('AWS Marketplace AMIs in the starting world', () => {
  it('one public Marketplace AMI per region, found with Owners aws-marketplace and product-code filters, not with Owners amazon', () => {
    const world = createWorld();
    const ids = new Set<string>();
    for (const region of Object.keys(world.regions)) {
      const [image, ...more] = describe(world, 'ec2:DescribeImages', { Owners: ['aws-marketplace'] }, region).Images;
      expect(more).toEqual([]);
      expect(image).toMatchObject({
        OwnerId: MARKETPLACE,
        ImageOwnerAlias: 'aws-marketplace',
        Public: true,
        State: 'available',
        RootDeviceType: 'ebs',
        ProductCodes: [{ ProductCodeId: CODE, ProductCodeType: 'marketplace' }],
      });
      expect(image.ImageLocation).toBe(`aws-marketplace/${image.Name}`);
      ids.add(image.ImageId);
      const amazon = describe(world, 'ec2:DescribeImages', { Owners: ['amazon'] }, region).Images;
      expect(amazon.map((i: any) => i.ImageId)).not.toContain(image.ImageId);
      expect(amazon.every((i: any) => i.ProductCodes === undefined)).toBe(true);
      const byCode = describe(world, 'ec2:DescribeImages', { Filters: [{ Name: 'product-code', Values: [CODE] }] }, region).Images;
      expect(byCode.map((i: any) => i.ImageId)).toEqual([image.ImageId]);
      const byAlias = describe(world, 'ec2:DescribeImages', { Filters: [{ Name: 'owner-alias', Values: ['aws-marketplace'] }] }, region).Images;
      expect(byAlias.map((i: any) => i.ImageId)).toEqual([image.ImageId]);
    }
    expect(ids.size).toBe(3); // regional ids
  });

  it('does not consume the id generator (ids of every later resource stay as they were), yet depends on the seed', () => {
    const world = createWorld();
    // Per region the generator draws 4 + 4 + 4 (snapshot, two Amazon AMIs) + 8 (the KMS key UUID): 60 draws in all.
    expect(world.rng).toBe((seedState(1) + Math.imul(60, 0x6d2b79f5)) | 0);
    const market = describe(world, 'ec2:DescribeImages', { Owners: ['aws-marketplace'] }).Images[0];
    expect(world.images.get(market.ImageId)?.ownerId).toBe(MARKETPLACE);
    // Another seed gives other ids.
    expect(marketplaceAmi(createWorld({ seed: 2 }))).not.toBe(market.ImageId);
    expect(marketplaceAmi(createWorld())).toBe(market.ImageId);
  });
});

suite('Marketplace software charge (course: instance cost plus an extra cost for the AMI)', () => {
  it('an instance from a Marketplace AMI pays the instance and a per-second software line; an Amazon AMI only the instance', () => {
    let world = createWorld({ defaultVpc: true });
    const paid = launchFrom(world, marketplaceAmi(world));
    world = paid.world;
    expect(paid.response.Instances[0].ProductCodes).toEqual([{ ProductCodeId: CODE, ProductCodeType: 'marketplace' }]);
    expect(describe(world, 'ec2:DescribeInstanceAttribute', { InstanceId: paid.id, Attribute: 'productCodes' }).ProductCodes).toEqual([
      { ProductCodeId: CODE, ProductCodeType: 'marketplace' },
    ]);
    const free = launchFrom(world, amazonAmi(world));
    world = ok(free.world, 'sim:AdvanceTime', { Seconds: 1800 }).world;

    const mine = lines(world, paid.id);
    expect(mine.map((l) => l.Kind)).toEqual(['instance', 'software']);
    const software = mine[1];
    expect(software).toMatchObject({ ResourceId: paid.id, Kind: 'software', Rate: 0.05, Seconds: 1800, BilledPer: 'second', Billing: 'accruing' });
    expect(software.Amount).toBeCloseTo(0.025, 6);
    expect(software.PurchaseOption).toBe(`marketplace ${CODE}`);
    expect(mine[0].Amount).toBeCloseTo(0.0104 / 2, 6); // the instance itself, t3.micro On-Demand
    expect(lines(world, free.id).map((l) => l.Kind)).toEqual(['instance']);
    // Stopped: the software charge stops with the instance.
    const stopped = ok(world, 'ec2:StopInstances', { InstanceIds: [paid.id] }).world;
    const later = ok(stopped, 'sim:AdvanceTime', { Seconds: 3600 }).world;
    const after = lines(later, paid.id).find((l) => l.Kind === 'software');
    expect(after).toMatchObject({ Rate: 0, Billing: 'stopped' });
    expect(after.Amount).toBeCloseTo(0.025, 6);
  });

  it('the software charge is due whatever pays for the instance (Spot here)', () => {
    let world = createWorld({ defaultVpc: true });
    const spot = launchFrom(world, marketplaceAmi(world), { InstanceMarketOptions: { MarketType: 'spot' } });
    world = ok(spot.world, 'sim:AdvanceTime', { Seconds: 3600 }).world;
    const [instance, software] = lines(world, spot.id);
    expect(instance.PurchaseOption).toBe('spot');
    expect(software.Kind).toBe('software');
    expect(software.Amount).toBeCloseTo(0.05, 6);
  });
});

suite('Product codes follow the AMI and keep it from being public (rule 70)', () => {
  it('a copy keeps the product code and can be shared with an account, but making it public is refused (UnsupportedOperation)', () => {
    const world = createWorld();
    const copy = ok(world, 'ec2:CopyImage', { SourceRegion: 'us-east-1', SourceImageId: marketplaceAmi(world), Name: 'my-nginx' }, { region: 'eu-west-1' });
    const copyId = copy.response.ImageId;
    const image = describe(copy.world, 'ec2:DescribeImages', { ImageIds: [copyId] }, 'eu-west-1').Images[0];
    expect(image).toMatchObject({ OwnerId: '111122223333', ProductCodes: [{ ProductCodeId: CODE, ProductCodeType: 'marketplace' }] });
    expect(image.ImageOwnerAlias).toBeUndefined();
    expect(describe(copy.world, 'ec2:DescribeImageAttribute', { ImageId: copyId, Attribute: 'productCodes' }, 'eu-west-1').ProductCodes).toEqual([
      { ProductCodeId: CODE, ProductCodeType: 'marketplace' },
    ]);

    const error = no(copy.world, 'ec2:ModifyImageAttribute', { ImageId: copyId, LaunchPermission: { Add: [{ Group: 'all' }] } }, { region: 'eu-west-1' });
    expect(error.code).toBe('UnsupportedOperation');
    expect(error.rule).toBe('ami.share.public-product-code');
    expect(error.message).toContain(copyId);
    expect(error.message).toContain(CODE);
    const legacy = no(copy.world, 'ec2:ModifyImageAttribute', { ImageId: copyId, Attribute: 'launchPermission', OperationType: 'add', UserGroups: ['all'] }, { region: 'eu-west-1' });
    expect(legacy.rule).toBe('ami.share.public-product-code');

    const shared = ok(copy.world, 'ec2:ModifyImageAttribute', { ImageId: copyId, LaunchPermission: { Add: [{ UserId: B }] } }, { region: 'eu-west-1' });
    const asB = apply(shared.world, { type: 'ec2:DescribeImages', params: { ImageIds: [copyId] }, region: 'eu-west-1', account: B });
    expect(asB.ok && asB.response.Images[0].ProductCodes[0].ProductCodeId).toBe(CODE);
  });

  it('an AMI without product codes can be made public (the accepted side)', () => {
    const world = createWorld();
    const copy = ok(world, 'ec2:CopyImage', { SourceRegion: 'us-east-1', SourceImageId: amazonAmi(world), Name: 'my-al2023' });
    const pub = ok(copy.world, 'ec2:ModifyImageAttribute', { ImageId: copy.response.ImageId, LaunchPermission: { Add: [{ Group: 'all' }] } });
    expect(describe(pub.world, 'ec2:DescribeImages', { ImageIds: [copy.response.ImageId] }).Images[0].Public).toBe(true);
  });

  it('an AMI baked from an instance of a Marketplace AMI keeps its product code (and its instances pay the software)', () => {
    const world = createWorld({ defaultVpc: true });
    const paid = launchFrom(world, marketplaceAmi(world));
    const baked = ok(paid.world, 'ec2:CreateImage', { InstanceId: paid.id, Name: 'baked-nginx', NoReboot: true });
    const imageId = baked.response.ImageId;
    expect(describe(baked.world, 'ec2:DescribeImages', { ImageIds: [imageId] }).Images[0].ProductCodes).toEqual([
      { ProductCodeId: CODE, ProductCodeType: 'marketplace' },
    ]);
    expect(baked.events.find((e) => e.data?.rule === 'ami.share.public-product-code')?.message).toContain(CODE);
    const child = launchFrom(baked.world, imageId);
    const later = ok(child.world, 'sim:AdvanceTime', { Seconds: 3600 }).world;
    expect(lines(later, child.id).find((l) => l.Kind === 'software')?.Amount).toBeCloseTo(0.05, 6);
    expect(no(later, 'ec2:ModifyImageAttribute', { ImageId: imageId, LaunchPermission: { Add: [{ Group: 'all' }] } }).rule).toBe(
      'ami.share.public-product-code',
    );
  });

  it('the Marketplace AMI itself belongs to the seller: the learner can not change it', () => {
    const world = createWorld();
    const error = no(world, 'ec2:ModifyImageAttribute', { ImageId: marketplaceAmi(world), LaunchPermission: { Add: [{ UserId: B }] } });
    expect([error.code, error.rule]).toEqual(['AuthFailure', 'ami.modify.not-owner']);
  });
});
