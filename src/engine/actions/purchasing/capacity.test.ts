import { describe, expect, it } from 'vitest';
import { describe as read } from '../../apply';
import type { World } from '../../model/world';
import { no, ok } from '../../engine-test-helpers';
import { amazonAmi, defaultSubnet, labWorld, launch } from './purchasing-test-helpers';

/**
 * Course "Reserved Instances": a zonal RI reserves capacity in its AZ; a regional RI and On-Demand do not.
 * sim:SetCapacity says how many more instances of a type EC2 can still place in an AZ.
 */

function buyRi(world: World, scope: 'zonal' | 'regional', count = 1, instanceType = 't3.micro') {
  const list = read(world, 'ec2:DescribeReservedInstancesOfferings', {
    InstanceType: instanceType,
    OfferingClass: 'standard',
    OfferingType: 'No Upfront',
    MaxDuration: 31_536_000,
    ProductDescription: 'Linux/UNIX',
    InstanceTenancy: 'default',
    ...(scope === 'zonal' ? { AvailabilityZone: 'us-east-1a' } : {}),
  }).ReservedInstancesOfferings as { ReservedInstancesOfferingId: string; Scope: string }[];
  const offering = list.find((o) => o.Scope === (scope === 'zonal' ? 'Availability Zone' : 'Region'));
  if (!offering) throw new Error(`no ${scope} offering`);
  return ok(world, 'ec2:PurchaseReservedInstancesOffering', { ReservedInstancesOfferingId: offering.ReservedInstancesOfferingId, InstanceCount: count }).world;
}

function setCapacity(world: World, available: number | undefined, az = 'us-east-1a', instanceType = 't3.micro') {
  return ok(world, 'sim:SetCapacity', { InstanceType: instanceType, AvailabilityZone: az, ...(available !== undefined ? { Available: available } : {}) });
}

function runParams(world: World, extra: Record<string, unknown> = {}) {
  return { ImageId: amazonAmi(world), InstanceType: 't3.micro', MinCount: 1, MaxCount: 1, SubnetId: defaultSubnet(world), ...extra };
}

describe('sim:SetCapacity and InsufficientInstanceCapacity (rule 75)', () => {
  it('refuses an On-Demand launch over the capacity with AWS’s message naming the AZs that still have room', () => {
    const full = setCapacity(labWorld(), 0);
    expect(full.response).toMatchObject({ InstanceType: 't3.micro', AvailabilityZone: 'us-east-1a', Available: 0, Running: 0, YouCanLaunch: 0 });
    const error = no(full.world, 'ec2:RunInstances', runParams(full.world));
    expect(error.code).toBe('InsufficientInstanceCapacity');
    expect(error.rule).toBe('capacity.insufficient');
    expect(error.section).toBe('Reserved Instances');
    expect(error.message).toBe(
      'We currently do not have sufficient t3.micro capacity in the Availability Zone you requested (us-east-1a). Our system will be working on provisioning additional capacity. You can currently get t3.micro capacity by not specifying an Availability Zone in your request or choosing us-east-1b, us-east-1c.',
    );
    // Another AZ or another type still launches.
    ok(full.world, 'ec2:RunInstances', runParams(full.world, { SubnetId: defaultSubnet(full.world, 'us-east-1b') }));
    ok(full.world, 'ec2:RunInstances', runParams(full.world, { InstanceType: 't3.small' }));
  });

  it('Available counts what is left: one more fits, the next is refused; MaxCount launches what fits, MinCount must fit', () => {
    const running = launch(labWorld());
    const one = setCapacity(running.world, 1);
    expect(one.response).toMatchObject({ Available: 1, Running: 1 });
    const second = launch(one.world);
    expect(no(second.world, 'ec2:RunInstances', runParams(second.world)).code).toBe('InsufficientInstanceCapacity');
    // MinCount 1, MaxCount 3 with one slot left: one is launched, with a notice.
    const batch = ok(one.world, 'ec2:RunInstances', runParams(one.world, { MinCount: 1, MaxCount: 3 }));
    expect(batch.response.Instances).toHaveLength(1);
    expect(batch.events.find((e) => e.type === 'notice' && e.data?.rule === 'capacity.insufficient')?.message).toContain(
      'all the t3.micro capacity EC2 has left in us-east-1a',
    );
    expect(no(one.world, 'ec2:RunInstances', runParams(one.world, { MinCount: 2, MaxCount: 3 })).rule).toBe('capacity.insufficient');
    // Removing the limit (no Available) makes the pool unlimited again.
    const unlimited = setCapacity(second.world, undefined);
    expect(unlimited.response.Available).toBeNull();
    ok(unlimited.world, 'ec2:RunInstances', runParams(unlimited.world, { MinCount: 5, MaxCount: 5 }));
  });

  it('a zonal RI reserves capacity: its launch goes through with no On-Demand capacity left, and only up to its count', () => {
    const world = setCapacity(buyRi(labWorld(), 'zonal', 1), 0).world;
    const covered = ok(world, 'ec2:RunInstances', runParams(world));
    expect(covered.response.Instances[0].Placement.AvailabilityZone).toBe('us-east-1a');
    const later = ok(covered.world, 'sim:AdvanceTime', { Seconds: 60 }).world;
    const line = read(later, 'sim:BillingView', { InstanceId: covered.response.Instances[0].InstanceId }).Lines[0];
    expect(line.PurchaseOption).toBe('zonal-ri');
    const error = no(covered.world, 'ec2:RunInstances', runParams(covered.world));
    expect([error.code, error.rule]).toEqual(['InsufficientInstanceCapacity', 'capacity.insufficient']);
    expect(error.fix).toContain('zonal Reserved Instances keep 1 t3.micro slot');
  });

  it('a regional RI reserves no capacity: the launch is refused', () => {
    const world = setCapacity(buyRi(labWorld(), 'regional', 1), 0).world;
    const error = no(world, 'ec2:RunInstances', runParams(world));
    expect([error.code, error.rule]).toEqual(['InsufficientInstanceCapacity', 'capacity.insufficient']);
  });

  it('StartInstances needs capacity again (stop/start can fail), unless a zonal RI keeps the slot', () => {
    const a = launch(labWorld());
    const stopped = ok(a.world, 'ec2:StopInstances', { InstanceIds: [a.id] }).world;
    const full = setCapacity(stopped, 0).world;
    const error = no(full, 'ec2:StartInstances', { InstanceIds: [a.id] });
    expect([error.code, error.rule, error.resources]).toEqual(['InsufficientInstanceCapacity', 'capacity.insufficient', [a.id]]);
    const reserved = buyRi(full, 'zonal', 1);
    const started = ok(reserved, 'ec2:StartInstances', { InstanceIds: [a.id] });
    expect(started.world.instances.get(a.id)?.state).toBe('running');
    // A reboot keeps the host: no capacity needed.
    const running = setCapacity(launch(labWorld()).world, 0);
    const id = [...running.world.instances.values()][0]?.id ?? '';
    ok(running.world, 'ec2:RebootInstances', { InstanceIds: [id] });
  });

  it('Spot launches respect capacity too (zonal RIs never cover Spot); a Spot request waits open with capacity-not-available', () => {
    const world = setCapacity(buyRi(labWorld(), 'zonal', 1), 0).world;
    const error = no(world, 'ec2:RunInstances', runParams(world, { InstanceMarketOptions: { MarketType: 'spot' } }));
    expect(error.code).toBe('InsufficientInstanceCapacity');
    const r = ok(world, 'ec2:RequestSpotInstances', {
      InstanceCount: 1,
      Type: 'persistent',
      LaunchSpecification: { ImageId: amazonAmi(world), InstanceType: 't3.micro', SubnetId: defaultSubnet(world) },
    });
    const requestId = r.response.SpotInstanceRequests[0].SpotInstanceRequestId;
    const request = read(r.world, 'ec2:DescribeSpotInstanceRequests', { SpotInstanceRequestIds: [requestId] }).SpotInstanceRequests[0];
    expect(request).toMatchObject({ State: 'open', Status: { Code: 'capacity-not-available' } });
    expect(request.InstanceId).toBeUndefined();
    // Capacity comes back: EC2 fulfils the waiting request.
    const back = setCapacity(r.world, 2);
    expect(back.response.Launched).toHaveLength(1);
    const fulfilled = read(back.world, 'ec2:DescribeSpotInstanceRequests', { SpotInstanceRequestIds: [requestId] }).SpotInstanceRequests[0];
    expect(fulfilled).toMatchObject({ State: 'active', Status: { Code: 'fulfilled' }, InstanceId: back.response.Launched[0] });
    expect(back.response.Available).toBe(1);
  });

  it('instances on a Dedicated Host use the learner’s own host, not EC2’s shared capacity', () => {
    const host = ok(labWorld(), 'ec2:AllocateHosts', { AvailabilityZone: 'us-east-1a', InstanceFamily: 'm5', Quantity: 1 });
    const hostId = host.response.HostIds[0];
    const full = setCapacity(host.world, 0, 'us-east-1a', 'm5.large').world;
    ok(full, 'ec2:RunInstances', runParams(full, { InstanceType: 'm5.large', Placement: { Tenancy: 'host', HostId: hostId } }));
    expect(no(full, 'ec2:RunInstances', runParams(full, { InstanceType: 'm5.large' })).rule).toBe('capacity.insufficient');
  });

  it('refuses an unknown type or AZ', () => {
    const world = labWorld();
    expect(no(world, 'sim:SetCapacity', { InstanceType: 't3.enormous', AvailabilityZone: 'us-east-1a', Available: 0 }).code).toBe('InvalidParameterValue');
    const other = no(world, 'sim:SetCapacity', { InstanceType: 't3.micro', AvailabilityZone: 'eu-west-1a', Available: 0 }, { region: 'us-east-1' });
    expect(other.code).toBe('InvalidParameterValue');
    expect(no(world, 'sim:SetCapacity', { InstanceType: 't3.micro', AvailabilityZone: 'eu-west-9z', Available: 0 }).code).toBe('InvalidParameterValue');
    expect(no(world, 'sim:SetCapacity', { InstanceType: 't3.micro', AvailabilityZone: 'us-east-1a', Available: -1 }).code).toBe('InvalidParameterValue');
  });
});
