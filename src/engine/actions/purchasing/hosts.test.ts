import { describe, expect, it } from 'vitest';
import { describe as read } from '../../apply';
import { DEDICATED_HOST_HOURLY, DEDICATED_REGION_FEE_HOURLY } from '../../catalog/prices';
import type { World } from '../../model/world';
import { no, ok } from '../../engine-test-helpers';
import { advance, amazonAmi, billingLine, defaultSubnet, hostOf, labWorld, launch } from './purchasing-test-helpers';

function allocate(world: World, params: Record<string, unknown> = {}) {
  const r = ok(world, 'ec2:AllocateHosts', { AvailabilityZone: 'us-east-1a', InstanceFamily: 'm5', Quantity: 1, ...params });
  return { world: r.world, hostId: r.response.HostIds[0] as string };
}

function runParams(world: World, extra: Record<string, unknown>) {
  return { ImageId: amazonAmi(world), InstanceType: 'm5.large', MinCount: 1, MaxCount: 1, SubnetId: defaultSubnet(world), ...extra };
}

function host(world: World, hostId: string) {
  return read(world, 'ec2:DescribeHosts', { HostIds: [hostId] }).Hosts[0];
}

describe('AllocateHosts / DescribeHosts', () => {
  it('allocates hosts with auto-placement off by default', () => {
    const { world, hostId } = allocate(labWorld());
    expect(hostId).toMatch(/^h-0[0-9a-f]{16}$/);
    expect(host(world, hostId)).toMatchObject({
      HostId: hostId,
      AvailabilityZone: 'us-east-1a',
      AutoPlacement: 'off',
      HostRecovery: 'off',
      State: 'available',
      HostProperties: { InstanceFamily: 'm5', TotalVCpus: 96 },
      Instances: [],
    });
  });

  it('needs exactly one of InstanceType and InstanceFamily, of a type sold as Dedicated Hosts', () => {
    const world = labWorld();
    const both = no(world, 'ec2:AllocateHosts', { AvailabilityZone: 'us-east-1a', InstanceType: 'm5.large', InstanceFamily: 'm5' });
    expect(both.code).toBe('InvalidParameterCombination');
    expect(both.rule).toBe('host.family-or-type');
    const none = no(world, 'ec2:AllocateHosts', { AvailabilityZone: 'us-east-1a' });
    expect(none.rule).toBe('host.family-or-type');
    const t2 = no(world, 'ec2:AllocateHosts', { AvailabilityZone: 'us-east-1a', InstanceType: 't2.micro' });
    expect(t2.code).toBe('InvalidParameterValue');
    expect(t2.rule).toBe('host.type-unsupported');
    expect(allocate(world, { InstanceFamily: undefined, InstanceType: 'm5.large' }).hostId).toMatch(/^h-/);
  });
});

describe('Launching on Dedicated Hosts (rule 76)', () => {
  it('a launch naming the host runs on it', () => {
    const { world, hostId } = allocate(labWorld());
    const r = ok(world, 'ec2:RunInstances', runParams(world, { Placement: { Tenancy: 'host', HostId: hostId } }));
    const id = r.response.Instances[0].InstanceId;
    expect(r.response.Instances[0].Placement).toMatchObject({ Tenancy: 'host', HostId: hostId });
    expect(read(r.world, 'sim:HostOf', { InstanceId: id })).toMatchObject({ HostId: hostId, AvailabilityZone: 'us-east-1a', Tenancy: 'host' });
    const h = host(r.world, hostId);
    expect(h.Instances).toEqual([{ InstanceId: id, InstanceType: 'm5.large', OwnerId: '111122223333' }]);
    expect(h.AvailableCapacity.AvailableVCpus).toBe(94);
  });

  it('auto-placement is off by default: an untargeted tenancy-host launch needs a host with it on', () => {
    const off = allocate(labWorld());
    const e = no(off.world, 'ec2:RunInstances', runParams(off.world, { Placement: { Tenancy: 'host' } }));
    expect(e.code).toBe('InsufficientHostCapacity');
    expect(e.rule).toBe('host.auto-placement-off');
    const on = allocate(off.world, { AutoPlacement: 'on' });
    const r = ok(on.world, 'ec2:RunInstances', runParams(on.world, { Placement: { Tenancy: 'host' } }));
    expect(r.response.Instances[0].Placement.HostId).toBe(on.hostId);
  });

  it('host and instance must share AZ and type; capacity is limited; no T3 unlimited', () => {
    const b = allocate(labWorld(), { AvailabilityZone: 'us-east-1b' });
    const az = no(b.world, 'ec2:RunInstances', runParams(b.world, { Placement: { Tenancy: 'host', HostId: b.hostId } }));
    expect(az.code).toBe('InvalidParameterCombination');
    expect(az.rule).toBe('host.az-mismatch');

    const m5 = allocate(labWorld());
    const type = no(m5.world, 'ec2:RunInstances', runParams(m5.world, { InstanceType: 'c5.large', Placement: { HostId: m5.hostId } }));
    expect(type.rule).toBe('host.instance-type-mismatch');

    const big = allocate(labWorld(), { InstanceFamily: undefined, InstanceType: 'm5.24xlarge' });
    const first = ok(big.world, 'ec2:RunInstances', runParams(big.world, { InstanceType: 'm5.24xlarge', Placement: { Tenancy: 'host', HostId: big.hostId } }));
    const full = no(first.world, 'ec2:RunInstances', runParams(first.world, { InstanceType: 'm5.24xlarge', Placement: { Tenancy: 'host', HostId: big.hostId } }));
    expect(full.code).toBe('InsufficientHostCapacity');
    expect(full.rule).toBe('host.capacity');

    const t3 = allocate(labWorld(), { InstanceFamily: 't3' });
    const unlimited = no(
      t3.world,
      'ec2:RunInstances',
      runParams(t3.world, { InstanceType: 't3.micro', Placement: { Tenancy: 'host', HostId: t3.hostId }, CreditSpecification: { CpuCredits: 'unlimited' } }),
    );
    expect(unlimited.rule).toBe('host.t3-unlimited');
    expect(unlimited.code).toBe('InvalidParameterCombination');
    ok(t3.world, 'ec2:RunInstances', runParams(t3.world, { InstanceType: 't3.micro', Placement: { Tenancy: 'host', HostId: t3.hostId }, CreditSpecification: { CpuCredits: 'standard' } }));
  });

  it('affinity host brings a stopped instance back to the same host', () => {
    const a = allocate(labWorld(), { AutoPlacement: 'on' });
    const b = allocate(a.world, { AutoPlacement: 'on' });
    const r = ok(b.world, 'ec2:RunInstances', runParams(b.world, { Placement: { Tenancy: 'host', HostId: b.hostId, Affinity: 'host' } }));
    const id = r.response.Instances[0].InstanceId;
    let world = ok(r.world, 'ec2:StopInstances', { InstanceIds: [id] }).world;
    world = ok(world, 'ec2:StartInstances', { InstanceIds: [id] }).world;
    expect(hostOf(world, id)).toBe(b.hostId);
    expect(world.instances.get(id)?.placement).toMatchObject({ tenancy: 'host', hostId: b.hostId, affinity: 'host' });
  });

  it('ReleaseHosts refuses an occupied host in Unsuccessful, and releases it once its instances are gone', () => {
    const { world, hostId } = allocate(labWorld());
    const r = ok(world, 'ec2:RunInstances', runParams(world, { Placement: { Tenancy: 'host', HostId: hostId } }));
    const id = r.response.Instances[0].InstanceId;
    const busy = ok(r.world, 'ec2:ReleaseHosts', { HostIds: [hostId] });
    expect(busy.response).toEqual({
      Successful: [],
      Unsuccessful: [
        { ResourceId: hostId, Error: { Code: 'Client.InvalidHost.Occupied', Message: `Dedicated host '${hostId}' cannot be released as it is occupied` } },
      ],
    });
    expect(host(busy.world, hostId).State).toBe('available');
    expect(busy.events.find((e) => e.type === 'refused')?.data).toEqual({ rule: 'host.release.occupied' });
    const gone = ok(busy.world, 'ec2:TerminateInstances', { InstanceIds: [id] }).world;
    const released = ok(gone, 'ec2:ReleaseHosts', { HostIds: [hostId] });
    expect(released.response).toEqual({ Successful: [hostId], Unsuccessful: [] });
    expect(host(released.world, hostId).State).toBe('released');
  });
});

describe('Physical hosts of shared tenancy (sim:HostOf)', () => {
  it('a stop/start moves the instance to new hardware; a reboot does not', () => {
    const { world, id } = launch(labWorld());
    const first = hostOf(world, id);
    expect(first).toMatch(/^h-0[0-9a-f]{16}$/);
    const rebooted = ok(world, 'ec2:RebootInstances', { InstanceIds: [id] }).world;
    expect(hostOf(rebooted, id)).toBe(first);
    const stopped = ok(rebooted, 'ec2:StopInstances', { InstanceIds: [id] }).world;
    expect(read(stopped, 'sim:HostOf', { InstanceId: id }).HostId).toBeUndefined();
    const started = ok(stopped, 'ec2:StartInstances', { InstanceIds: [id] }).world;
    expect(hostOf(started, id)).toMatch(/^h-/);
    expect(hostOf(started, id)).not.toBe(first);
  });
});

describe('ModifyInstancePlacement (rule 76)', () => {
  it('needs a stopped instance', () => {
    const { world, id } = launch(labWorld());
    const e = no(world, 'ec2:ModifyInstancePlacement', { InstanceId: id, Tenancy: 'dedicated' });
    expect(e.code).toBe('InvalidInstanceState');
    expect(e.rule).toBe('placement.not-stopped');
    const stopped = ok(world, 'ec2:StopInstances', { InstanceIds: [id] }).world;
    const r = ok(stopped, 'ec2:ModifyInstancePlacement', { InstanceId: id, Tenancy: 'dedicated' });
    expect(r.response).toEqual({ Return: true });
    expect(r.world.instances.get(id)?.placement.tenancy).toBe('dedicated');
  });

  it('moves a stopped instance onto a host with affinity; host tenancy can never go back', () => {
    const l = launch(labWorld(), { InstanceType: 'm5.large' });
    const { world: w1, hostId } = allocate(l.world);
    let world = ok(w1, 'ec2:StopInstances', { InstanceIds: [l.id] }).world;
    const wrong = no(world, 'ec2:ModifyInstancePlacement', { InstanceId: l.id, Tenancy: 'default', Affinity: 'host' });
    expect(wrong.code).toBe('InvalidParameterCombination');
    expect(wrong.rule).toBe('placement.affinity-needs-host');
    world = ok(world, 'ec2:ModifyInstancePlacement', { InstanceId: l.id, HostId: hostId, Affinity: 'host' }).world;
    world = ok(world, 'ec2:StartInstances', { InstanceIds: [l.id] }).world;
    expect(hostOf(world, l.id)).toBe(hostId);
    world = ok(world, 'ec2:StopInstances', { InstanceIds: [l.id] }).world;
    const back = no(world, 'ec2:ModifyInstancePlacement', { InstanceId: l.id, Tenancy: 'dedicated' });
    expect(back.code).toBe('InvalidRequest');
    expect(back.rule).toBe('placement.host-tenancy-final');
  });

  it('affinity host on a released host: the instance cannot start', () => {
    const { world: w0, hostId } = allocate(labWorld());
    const r = ok(w0, 'ec2:RunInstances', runParams(w0, { Placement: { Tenancy: 'host', HostId: hostId, Affinity: 'host' } }));
    const id = r.response.Instances[0].InstanceId;
    let world = ok(r.world, 'ec2:StopInstances', { InstanceIds: [id] }).world;
    world = ok(world, 'ec2:ReleaseHosts', { HostIds: [hostId] }).world;
    const e = no(world, 'ec2:StartInstances', { InstanceIds: [id] });
    expect(e.code).toBe('InvalidHostState');
    expect(e.rule).toBe('host.not-available');
  });
});

describe('Dedicated billing', () => {
  it('a Dedicated Host is billed per host, its instances are not', () => {
    const { world, hostId } = allocate(labWorld());
    const r = ok(world, 'ec2:RunInstances', runParams(world, { Placement: { Tenancy: 'host', HostId: hostId } }));
    const id = r.response.Instances[0].InstanceId;
    const later = advance(r.world, 3600).world;
    const hostLine = billingLine(later, hostId);
    expect(hostLine.Kind).toBe('dedicated-host');
    expect(hostLine.Amount).toBeCloseTo(DEDICATED_HOST_HOURLY('m5') ?? -1, 6);
    expect(billingLine(later, id)).toMatchObject({ Amount: 0, Rate: 0, PurchaseOption: 'dedicated-host' });
  });

  it('a Dedicated Host is billed per started hour, not per second: 10 s pay a full hour, 3601 s pay two', () => {
    const hourly = DEDICATED_HOST_HOURLY('m5') ?? -1;
    const r = ok(labWorld(), 'ec2:AllocateHosts', { AvailabilityZone: 'us-east-1a', InstanceFamily: 'm5', Quantity: 1 });
    const hostId = r.response.HostIds[0];
    const created = r.events.find((e) => e.type === 'created');
    expect(created?.message).toContain('billed per hour, not per second');
    expect(created?.data).toEqual({ hourlyRate: hourly, billedPer: 'hour' });
    // The first hour is charged when it starts.
    expect(billingLine(r.world, hostId)).toMatchObject({ Kind: 'dedicated-host', BilledPer: 'hour', Seconds: 0, Billing: 'accruing' });
    expect(billingLine(r.world, hostId).Amount).toBeCloseTo(hourly, 6);
    const tenSeconds = advance(r.world, 10).world;
    expect(billingLine(tenSeconds, hostId).Amount).toBeCloseTo(hourly, 6);
    expect(billingLine(advance(r.world, 3600).world, hostId).Amount).toBeCloseTo(hourly, 6);
    expect(billingLine(advance(r.world, 3601).world, hostId).Amount).toBeCloseTo(2 * hourly, 6);
    expect(billingLine(advance(advance(r.world, 1800).world, 1801).world, hostId).Amount).toBeCloseTo(2 * hourly, 6);
    // Released after 10 s: the started hour stays paid, nothing more accrues.
    const released = ok(tenSeconds, 'ec2:ReleaseHosts', { HostIds: [hostId] });
    expect(released.events.find((e) => e.type === 'released')?.message).toContain('billed per hour');
    const later = advance(released.world, 7200).world;
    expect(billingLine(later, hostId)).toMatchObject({ Billing: 'stopped', Rate: 0, Seconds: 10 });
    expect(billingLine(later, hostId).Amount).toBeCloseTo(hourly, 6);
    expect(read(later, 'sim:BillingView', {}).Total).toBeCloseTo(hourly, 6);
  });

  it('instances are billed per second (the contrast with hosts)', () => {
    const a = launch(labWorld(), { InstanceType: 'm5.large' });
    const line = billingLine(advance(a.world, 10).world, a.id);
    expect(line.BilledPer).toBe('second');
    expect(line.Amount).toBeCloseTo((0.096 * 10) / 3600, 6); // not a full hour (0.096)
    expect(line.Amount).toBeLessThan(0.001);
  });

  it('Dedicated Instances pay a premium plus one regional fee while any runs', () => {
    const a = launch(labWorld(), { InstanceType: 'm5.large', Placement: { Tenancy: 'dedicated' } });
    const b = launch(a.world, { InstanceType: 'm5.large', Placement: { Tenancy: 'dedicated' } });
    const later = advance(b.world, 3600).world;
    expect(billingLine(later, a.id)).toMatchObject({ PurchaseOption: 'dedicated' });
    expect(billingLine(later, a.id).Amount).toBeCloseTo(0.096 * 1.1, 6);
    const fee = read(later, 'sim:BillingView', {}).Lines.filter((l: { Kind: string }) => l.Kind === 'dedicated-region-fee');
    expect(fee).toHaveLength(1);
    expect(fee[0].Amount).toBeCloseTo(DEDICATED_REGION_FEE_HOURLY, 6);
    expect(hostOf(later, a.id)).not.toBe(hostOf(later, b.id));
  });
});
