import { describe as suite, expect, it } from 'vitest';
import { apply, createWorld, describe, RULES, SECTIONS } from './index';
import { deepFreeze, no, ok } from './engine-test-helpers';

suite('the starting world', () => {
  it('has the account, three regions with three AZs each, and us-east-1 as home', () => {
    const world = createWorld();
    expect(world.account).toBe('111122223333');
    expect(world.homeRegion).toBe('us-east-1');
    expect(Object.keys(world.regions).sort()).toEqual(['eu-west-1', 'us-east-1', 'us-west-2']);
    expect(world.regions['us-east-1']?.zones.map((z) => z.ZoneName)).toEqual(['us-east-1a', 'us-east-1b', 'us-east-1c']);
    expect(world.regions['eu-west-1']?.zones.map((z) => z.ZoneName)).toEqual(['eu-west-1a', 'eu-west-1b', 'eu-west-1c']);
    expect(world.vpcs.keys()).toEqual([]);
  });

  it('has an Amazon EBS-backed AMI, an instance-store AMI and alias/aws/ebs in every region', () => {
    const world = createWorld();
    for (const region of Object.keys(world.regions)) {
      const amazon = describe(world, 'ec2:DescribeImages', { Owners: ['amazon'] }, region).Images;
      expect(amazon.map((i: { RootDeviceType: string }) => i.RootDeviceType).sort()).toEqual(['ebs', 'instance-store']);
      const images = [...world.images.values()].filter((i) => i.region === region && i.imageOwnerAlias === 'amazon');
      expect(images.map((i) => i.rootDeviceType).sort()).toEqual(['ebs', 'instance-store']);
      expect(images.every((i) => i.public)).toBe(true);
      const keys = [...world.kmsKeys.values()].filter((k) => k.region === region);
      expect(keys.map((k) => k.aliases)).toEqual([['alias/aws/ebs']]);
    }
  });

  it('has one public AWS Marketplace AMI per region, with a marketplace product code', () => {
    const world = createWorld();
    for (const region of Object.keys(world.regions)) {
      const market = describe(world, 'ec2:DescribeImages', { Owners: ['aws-marketplace'] }, region).Images;
      expect(market).toHaveLength(1);
      expect(market[0]).toMatchObject({
        OwnerId: '679593333241',
        ImageOwnerAlias: 'aws-marketplace',
        Public: true,
        RootDeviceType: 'ebs',
        ProductCodes: [{ ProductCodeType: 'marketplace' }],
      });
      expect(market[0].ImageId).toMatch(/^ami-0[0-9a-f]{16}$/);
    }
  });

  it('is deterministic per seed', () => {
    expect(JSON.stringify(createWorld())).toBe(JSON.stringify(createWorld()));
    expect(JSON.stringify(createWorld({ seed: 2 }))).not.toBe(JSON.stringify(createWorld()));
  });

  it('creates the default VPC on request: 172.31.0.0/16, a /20 default subnet per AZ, an attached gateway', () => {
    const world = createWorld({ defaultVpc: true });
    const vpcs = [...world.vpcs.values()].filter((v) => v.region === 'us-east-1');
    expect(vpcs).toHaveLength(1);
    expect(vpcs[0]?.isDefault).toBe(true);
    expect(vpcs[0]?.cidrBlocks[0]?.cidr).toBe('172.31.0.0/16');
    const subnets = describe(world, 'ec2:DescribeSubnets').Subnets;
    expect(subnets.map((s: any) => [s.AvailabilityZone, s.CidrBlock, s.MapPublicIpOnLaunch, s.DefaultForAz])).toEqual([
      ['us-east-1a', '172.31.0.0/20', true, true],
      ['us-east-1b', '172.31.16.0/20', true, true],
      ['us-east-1c', '172.31.32.0/20', true, true],
    ]);
    expect(subnets[0].AvailableIpAddressCount).toBe(4091);
    const igws = describe(world, 'ec2:DescribeInternetGateways').InternetGateways;
    expect(igws[0].Attachments[0].VpcId).toBe(vpcs[0]?.id);
    expect([...world.vpcs.values()]).toHaveLength(3);
  });
});

suite('the door', () => {
  const world = deepFreeze(createWorld());

  it('refuses unknown action types with InvalidAction and keeps the world', () => {
    for (const type of ['ec2:Nope', '', 42, null, undefined, { a: 1 }]) {
      const r = apply(world, { type } as never);
      expect(r.ok).toBe(false);
      if (!r.ok) {
        expect(r.error.code).toBe('InvalidAction');
        expect(r.error.rule).toBe('request.unknown-action');
      }
      expect(r.world).toBe(world);
    }
  });

  it('refuses non-objects without throwing', () => {
    for (const action of [null, 3, 'ec2:CreateVpc', [], true]) {
      const r = apply(world, action as never);
      expect(r.ok).toBe(false);
      expect(r.world).toBe(world);
    }
  });

  it('refuses unknown regions and malformed accounts', () => {
    expect(no(world, 'ec2:DescribeVpcs', {}, { region: 'mars-1' }).code).toBe('InvalidParameterValue');
    expect(no(world, 'ec2:DescribeVpcs', {}, { account: 'me' }).code).toBe('InvalidParameterValue');
  });

  it('refuses params that are not an object and ill-typed members', () => {
    const r = apply(world, { type: 'ec2:CreateVpc', params: [1, 2] as never });
    expect(r.ok || r.error.code).toBe('InvalidParameterValue');
    expect(no(world, 'ec2:CreateVpc', { CidrBlock: 42 }).code).toBe('InvalidParameterValue');
    const missing = no(world, 'ec2:CreateVpc', {});
    expect(missing.code).toBe('MissingParameter');
    expect(missing.message).toContain('CidrBlock');
  });

  it('answers reads with the same world object', () => {
    const r = apply(world, { type: 'ec2:DescribeVpcs' });
    expect(r.ok && r.world).toBe(world);
  });

  it('never mutates its input and narrates accepted actions', () => {
    const { world: next, response, events } = ok(world, 'ec2:CreateVpc', { CidrBlock: '10.16.0.0/16' });
    expect(next).not.toBe(world);
    expect(world.vpcs.size).toBe(0);
    expect(response.Vpc.VpcId).toMatch(/^vpc-0[0-9a-f]{16}$/);
    expect(events[0]?.message).toContain(response.Vpc.VpcId);
    // structural sharing: untouched collections are the same objects
    expect(next.images).toBe(world.images);
    expect(next.instances).toBe(world.instances);
  });

  it('gives every catalogue rule a code, a concept, a fix and a real course section', () => {
    for (const [id, rule] of Object.entries(RULES)) {
      expect(rule.code, id).toMatch(/^[A-Za-z][A-Za-z0-9.]+$/);
      expect(rule.concept.length, id).toBeGreaterThan(20);
      expect(rule.fix.length, id).toBeGreaterThan(5);
      expect(SECTIONS, id).toContain(rule.section);
    }
  });
});
