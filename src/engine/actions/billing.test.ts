import { describe, expect, it } from 'vitest';
import { apply, describe as read } from '../apply';
import { EBS_GB_MONTH, EIP_IDLE_HOURLY } from '../catalog/prices';
import type { World } from '../model/world';
import { no, ok } from '../engine-test-helpers';
import { advance, amazonAmi, billingLine, defaultSubnet, labWorld, launch } from './purchasing/purchasing-test-helpers';

describe('sim:AdvanceTime', () => {
  it('moves the clock by a positive whole number of seconds, at most three years', () => {
    const world = labWorld();
    const r = advance(world, 90);
    expect(r.response).toMatchObject({ Seconds: 90, Now: 90, Time: '2025-01-01T00:01:30.000Z' });
    expect(r.world.clock).toBe(90);
    expect(no(world, 'sim:AdvanceTime', { Seconds: 0 }).code).toBe('InvalidParameterValue');
    expect(no(world, 'sim:AdvanceTime', { Seconds: 1.5 }).code).toBe('InvalidParameterValue');
    expect(no(world, 'sim:AdvanceTime', { Seconds: 94_608_001 }).code).toBe('InvalidParameterValue');
    expect(no(world, 'sim:AdvanceTime', {}).code).toBe('MissingParameter');
  });
});

describe('Billing (rules 46, 47)', () => {
  it('On-Demand is billed per second, only while running', () => {
    const l = launch(labWorld());
    let world = advance(l.world, 1800).world;
    let line = billingLine(world, l.id);
    expect(line).toMatchObject({ Kind: 'instance', PurchaseOption: 'on-demand', Rate: 0.0104, Seconds: 1800, Billing: 'accruing' });
    expect(line.Amount).toBeCloseTo(0.0052, 6);
    world = ok(world, 'ec2:StopInstances', { InstanceIds: [l.id] }).world;
    world = advance(world, 7200).world;
    line = billingLine(world, l.id);
    expect(line.Seconds).toBe(1800);
    expect(line.Amount).toBeCloseTo(0.0052, 6);
    expect(line).toMatchObject({ Rate: 0, Billing: 'stopped' });
    expect(read(world, 'sim:BillingView', { InstanceId: l.id }).Lines).toHaveLength(1);
  });

  it('a Spot Instance pays the Spot price', () => {
    const l = launch(labWorld(), { InstanceMarketOptions: { MarketType: 'spot' } });
    const price = Number(
      read(l.world, 'ec2:DescribeSpotPriceHistory', { InstanceTypes: ['t3.micro'], AvailabilityZone: 'us-east-1a' }).SpotPriceHistory[0]
        .SpotPrice,
    );
    const world = advance(l.world, 3600).world;
    const line = billingLine(world, l.id);
    expect(line.PurchaseOption).toBe('spot');
    expect(line.Amount).toBeCloseTo(price, 6);
    expect(line.Amount).toBeLessThan(0.0104 * 0.41);
  });

  it('an Elastic IP is billed while it is not on a running instance', () => {
    const l = launch(labWorld());
    const eip = ok(l.world, 'ec2:AllocateAddress', { Domain: 'vpc' });
    const id = eip.response.AllocationId;
    let world = advance(eip.world, 3600).world;
    expect(billingLine(world, id).Amount).toBeCloseTo(EIP_IDLE_HOURLY, 6);
    world = ok(world, 'ec2:AssociateAddress', { AllocationId: id, InstanceId: l.id }).world;
    world = advance(world, 3600).world;
    expect(billingLine(world, id).Amount).toBeCloseTo(EIP_IDLE_HOURLY, 6);
    world = ok(world, 'ec2:StopInstances', { InstanceIds: [l.id] }).world;
    world = advance(world, 3600).world;
    expect(billingLine(world, id).Amount).toBeCloseTo(2 * EIP_IDLE_HOURLY, 6);
  });

  it('EBS volumes are billed per GB-month whatever the instance state', () => {
    const l = launch(labWorld());
    const stopped = ok(l.world, 'ec2:StopInstances', { InstanceIds: [l.id] }).world;
    const volume = [...stopped.volumes.values()].find((v) => v.attachment?.instanceId === l.id);
    expect(volume).toBeDefined();
    const world = advance(stopped, 30 * 86_400).world;
    const line = billingLine(world, volume?.id as string);
    expect(line.Kind).toBe('ebs');
    expect(line.Amount).toBeCloseTo((volume?.sizeGiB ?? 0) * EBS_GB_MONTH[volume?.volumeType ?? 'gp3'], 6);
  });

  it('BillingView with an unknown instance is refused', () => {
    expect(no(labWorld(), 'sim:BillingView', { InstanceId: 'i-0123456789abcdef0' }).code).toBe('InvalidInstanceID.NotFound');
  });
});

describe('Performance', () => {
  function bigWorld(): World {
    let world = labWorld();
    const params = {
      ImageId: amazonAmi(world),
      InstanceType: 'm5.large',
      MinCount: 100,
      MaxCount: 100,
    };
    for (const az of ['us-east-1a', 'us-east-1b', 'us-east-1c']) {
      const r = apply(world, { type: 'ec2:RunInstances', params: { ...params, SubnetId: defaultSubnet(world, az) } });
      if (!r.ok) throw new Error(r.error.message);
      world = r.world;
    }
    const ri = read(world, 'ec2:DescribeReservedInstancesOfferings', { InstanceType: 'm5.xlarge', OfferingType: 'No Upfront' })
      .ReservedInstancesOfferings[0];
    return ok(world, 'ec2:PurchaseReservedInstancesOffering', { ReservedInstancesOfferingId: ri.ReservedInstancesOfferingId, InstanceCount: 20 })
      .world;
  }

  it('AdvanceTime over 300 running instances stays within a few milliseconds', () => {
    const world = bigWorld();
    expect([...world.instances.values()].filter((i) => i.state === 'running')).toHaveLength(300);
    const times: number[] = [];
    let result = advance(world, 3600);
    for (let n = 0; n < 15; n++) {
      const start = performance.now();
      result = advance(world, 3600);
      times.push(performance.now() - start);
    }
    times.sort((a, b) => a - b);
    const median = times[Math.floor(times.length / 2)] as number;
    // 40 m5.large units covered by the 20 m5.xlarge regional RIs: 40 of 300 instances pay nothing
    const lines = read(result.world, 'sim:BillingView', {}).Lines.filter((l: { Kind: string }) => l.Kind === 'instance');
    expect(lines.filter((l: { PurchaseOption: string }) => l.PurchaseOption === 'regional-ri')).toHaveLength(40);
    console.log(`AdvanceTime, 300 running instances: median ${median.toFixed(2)} ms`);
    expect(median).toBeLessThan(25);
  });
});
