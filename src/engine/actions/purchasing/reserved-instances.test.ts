import { describe, expect, it } from 'vitest';
import { describe as read } from '../../apply';
import type { World } from '../../model/world';
import { no, ok } from '../../engine-test-helpers';
import { advance, billingLine, defaultSubnet, labWorld, launch } from './purchasing-test-helpers';

function offering(world: World, filter: Record<string, unknown>) {
  const list = read(world, 'ec2:DescribeReservedInstancesOfferings', {
    OfferingClass: 'standard',
    InstanceTenancy: 'default',
    ProductDescription: 'Linux/UNIX',
    ...filter,
  }).ReservedInstancesOfferings;
  return list;
}

function buy(world: World, filter: Record<string, unknown>, count = 1) {
  const [o] = offering(world, { OfferingType: 'No Upfront', MaxDuration: 31_536_000, ...filter }).filter(
    (x: { Scope: string }) => (filter.AvailabilityZone ? x.Scope === 'Availability Zone' : x.Scope === 'Region'),
  );
  return ok(world, 'ec2:PurchaseReservedInstancesOffering', { ReservedInstancesOfferingId: o.ReservedInstancesOfferingId, InstanceCount: count });
}

describe('DescribeReservedInstancesOfferings', () => {
  it('lists zonal offerings per AZ and regional ones, 1 or 3 years, with prices', () => {
    const world = labWorld();
    const list = offering(world, { InstanceType: 'm5.large' });
    expect(list).toHaveLength(4 * 2 * 3);
    expect(new Set(list.map((o: { Duration: number }) => o.Duration))).toEqual(new Set([31_536_000, 94_608_000]));
    const regional = list.filter((o: { Scope: string }) => o.Scope === 'Region');
    expect(regional.every((o: { AvailabilityZone?: string }) => o.AvailabilityZone === undefined)).toBe(true);
    const zonal = list.filter((o: { Scope: string }) => o.Scope === 'Availability Zone');
    expect(new Set(zonal.map((o: { AvailabilityZone: string }) => o.AvailabilityZone))).toEqual(
      new Set(['us-east-1a', 'us-east-1b', 'us-east-1c']),
    );
    const allUpfront = list.find((o: { OfferingType: string; Duration: number }) => o.OfferingType === 'All Upfront' && o.Duration === 31_536_000);
    expect(allUpfront).toMatchObject({ InstanceType: 'm5.large', UsagePrice: 0, RecurringCharges: [], ProductDescription: 'Linux/UNIX', InstanceTenancy: 'default', CurrencyCode: 'USD' });
    expect(allUpfront.FixedPrice).toBeGreaterThan(0);
    const noUpfront = list.find((o: { OfferingType: string }) => o.OfferingType === 'No Upfront');
    expect(noUpfront.FixedPrice).toBe(0);
    expect(noUpfront.RecurringCharges[0]).toEqual({ Amount: noUpfront.UsagePrice, Frequency: 'Hourly' });
    // deterministic ids
    expect(offering(labWorld(), { InstanceType: 'm5.large' }).map((o: { ReservedInstancesOfferingId: string }) => o.ReservedInstancesOfferingId)).toEqual(
      list.map((o: { ReservedInstancesOfferingId: string }) => o.ReservedInstancesOfferingId),
    );
  });

  it('AvailabilityZone narrows to that AZ’s zonal offerings', () => {
    const list = offering(labWorld(), { InstanceType: 't3.micro', AvailabilityZone: 'us-east-1c' });
    expect(list.length).toBe(6);
    expect(list.every((o: { AvailabilityZone: string; Scope: string }) => o.AvailabilityZone === 'us-east-1c' && o.Scope === 'Availability Zone')).toBe(true);
  });
});

describe('PurchaseReservedInstancesOffering (rule 75)', () => {
  it('buys an RI from an offering of this Region; an unknown or foreign offering is refused', () => {
    const world = labWorld();
    const r = buy(world, { InstanceType: 'm5.large', AvailabilityZone: 'us-east-1a' }, 2);
    const id = r.response.ReservedInstancesId;
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-a[0-9a-f]{3}-[0-9a-f]{12}$/);
    const [ri] = read(r.world, 'ec2:DescribeReservedInstances', {}).ReservedInstances;
    expect(ri).toMatchObject({
      ReservedInstancesId: id,
      InstanceType: 'm5.large',
      AvailabilityZone: 'us-east-1a',
      Scope: 'Availability Zone',
      InstanceCount: 2,
      Duration: 31_536_000,
      OfferingType: 'No Upfront',
      State: 'active',
      Start: '2025-01-01T00:00:00.000Z',
      End: '2026-01-01T00:00:00.000Z',
    });

    const e = no(world, 'ec2:PurchaseReservedInstancesOffering', {
      ReservedInstancesOfferingId: '00000000-0000-4000-a000-000000000000',
      InstanceCount: 1,
    });
    expect(e.code).toBe('InvalidReservedInstancesOfferingId');
    expect(e.rule).toBe('ri.offering.not-found');
    const [west] = read(world, 'ec2:DescribeReservedInstancesOfferings', { InstanceType: 'm5.large' }, 'us-west-2').ReservedInstancesOfferings;
    const foreign = no(world, 'ec2:PurchaseReservedInstancesOffering', {
      ReservedInstancesOfferingId: west.ReservedInstancesOfferingId,
      InstanceCount: 1,
    });
    expect(foreign.rule).toBe('ri.offering.not-found');
  });

  it('only regional purchases can be queued', () => {
    const world = labWorld();
    const [zonal] = offering(world, { InstanceType: 'm5.large', AvailabilityZone: 'us-east-1a' });
    const e = no(world, 'ec2:PurchaseReservedInstancesOffering', {
      ReservedInstancesOfferingId: zonal.ReservedInstancesOfferingId,
      InstanceCount: 1,
      PurchaseTime: '2025-01-02T00:00:00Z',
    });
    expect(e.code).toBe('InvalidParameterCombination');
    expect(e.rule).toBe('ri.queue.regional-only');
    const regional = offering(world, { InstanceType: 'm5.large', OfferingType: 'All Upfront' }).find((o: { Scope: string }) => o.Scope === 'Region');
    const r = ok(world, 'ec2:PurchaseReservedInstancesOffering', {
      ReservedInstancesOfferingId: regional.ReservedInstancesOfferingId,
      InstanceCount: 1,
      PurchaseTime: '2025-01-02T00:00:00Z',
    });
    const id = r.response.ReservedInstancesId;
    expect(read(r.world, 'ec2:DescribeReservedInstances', {}).ReservedInstances[0].State).toBe('queued');
    expect(billingLine(r.world, id)).toBeUndefined();
    const later = advance(r.world, 86_400).world;
    expect(read(later, 'ec2:DescribeReservedInstances', {}).ReservedInstances[0].State).toBe('active');
    expect(billingLine(later, id).Amount).toBeCloseTo(regional.FixedPrice, 2);
  });

  it('an unused reservation is still billed every hour of its term (it cannot be cancelled)', () => {
    const r = buy(labWorld(), { InstanceType: 'm5.large' });
    const [ri] = read(r.world, 'ec2:DescribeReservedInstances', {}).ReservedInstances;
    const world = advance(r.world, 3600).world;
    const line = billingLine(world, r.response.ReservedInstancesId);
    expect(line.Kind).toBe('reservation');
    expect(line.Amount).toBeCloseTo(ri.UsagePrice, 6);
    expect(line.Utilization).toBe(0);
  });
});

describe('Reserved Instance coverage in billing', () => {
  it('zonal RI: exact type in exact AZ only', () => {
    let world = buy(labWorld(), { InstanceType: 'm5.large', AvailabilityZone: 'us-east-1a' }).world;
    const a = launch(world, { InstanceType: 'm5.large' });
    const b = launch(a.world, { InstanceType: 'm5.large', SubnetId: defaultSubnet(a.world, 'us-east-1b') });
    world = advance(b.world, 3600).world;
    const covered = billingLine(world, a.id);
    expect(covered).toMatchObject({ PurchaseOption: 'zonal-ri', Rate: 0, Amount: 0, CoveredBy: { 'zonal-ri': 3600 } });
    const other = billingLine(world, b.id);
    expect(other).toMatchObject({ PurchaseOption: 'on-demand', Rate: 0.096, CoveredBy: { 'on-demand': 3600 } });
    expect(other.Amount).toBeCloseTo(0.096, 6);
  });

  it('regional RI: any AZ, and size-flexible: one m5.large covers 50 % of an m5.xlarge', () => {
    let world = buy(labWorld(), { InstanceType: 'm5.large' }).world;
    const x = launch(world, { InstanceType: 'm5.xlarge', SubnetId: defaultSubnet(world, 'us-east-1c') });
    world = advance(x.world, 3600).world;
    const line = billingLine(world, x.id);
    expect(line.PurchaseOption).toBe('regional-ri');
    expect(line.Rate).toBeCloseTo(0.096, 6);
    expect(line.Amount).toBeCloseTo(0.096, 6);
    expect(line.CoveredBy).toEqual({ 'regional-ri': 1800, 'on-demand': 1800 });
    const [ri] = read(world, 'ec2:DescribeReservedInstances', {}).ReservedInstances;
    expect(billingLine(world, ri.ReservedInstancesId)).toMatchObject({ Utilization: 1, Covers: [x.id] });
  });

  it('a stopped instance is not covered and not billed; the RI keeps billing', () => {
    let world = buy(labWorld(), { InstanceType: 'm5.large' }).world;
    const i = launch(world, { InstanceType: 'm5.large' });
    world = ok(i.world, 'ec2:StopInstances', { InstanceIds: [i.id] }).world;
    world = advance(world, 3600).world;
    expect(billingLine(world, i.id)).toBeUndefined();
  });
});
