import { describe as suite, expect, it } from 'vitest';
import { createWorld, describe } from '../index';
import type { World } from '../model/world';
import { no, ok } from '../engine-test-helpers';
import { address, allocate, createEni, inst, lab, run, start, stop } from './compute-test-helpers';

const OTHER = '444455556666';

function addresses(world: World, params: Record<string, unknown> = {}): any[] {
  return describe(world, 'ec2:DescribeAddresses', params).Addresses;
}

/** An instance in the default VPC (public IPv4 on launch) plus one allocated Elastic IP. */
function withEip() {
  const r = run(createWorld({ defaultVpc: true }));
  const eip = allocate(r.world);
  return { world: eip.world, id: r.id, instance: r.instance, allocationId: eip.allocationId, publicIp: eip.publicIp };
}

suite('AllocateAddress (rule 39)', () => {
  it('allocates a regional public IPv4 that stays with the account', () => {
    const r = allocate(createWorld());
    expect(r.response).toMatchObject({ Domain: 'vpc', PublicIpv4Pool: 'amazon', NetworkBorderGroup: 'us-east-1' });
    expect(r.allocationId).toMatch(/^eipalloc-0[0-9a-f]{16}$/);
    expect(r.publicIp).toMatch(/^(54\.160|3\.80|44\.192)\.\d+\.\d+$/);
    expect(addresses(r.world)).toEqual([
      { AllocationId: r.allocationId, PublicIp: r.publicIp, Domain: 'vpc', PublicIpv4Pool: 'amazon', NetworkBorderGroup: 'us-east-1' },
    ]);
    expect(addresses(r.world, {}).length).toBe(1);
    expect(describe(r.world, 'ec2:DescribeAddresses', {}, 'eu-west-1').Addresses).toEqual([]);
  });

  it('allows five per region and refuses the sixth with AddressLimitExceeded', () => {
    let world = createWorld();
    const ids: string[] = [];
    for (let i = 0; i < 5; i++) {
      const r = allocate(world);
      world = r.world;
      ids.push(r.allocationId);
    }
    expect(new Set(addresses(world).map((a) => a.PublicIp)).size).toBe(5);
    const error = no(world, 'ec2:AllocateAddress', { Domain: 'vpc' });
    expect(error.code).toBe('AddressLimitExceeded');
    expect(error.rule).toBe('eip.quota');
    expect(error.message).toBe('The maximum number of addresses has been reached.');
    expect(ok(world, 'ec2:AllocateAddress', { Domain: 'vpc' }, { region: 'us-west-2' }).response.PublicIp).toMatch(/^(34\.208|52\.32|44\.224)\./);
    const released = ok(world, 'ec2:ReleaseAddress', { AllocationId: ids[0] }).world;
    expect(ok(released, 'ec2:AllocateAddress', { Domain: 'vpc' }).response.AllocationId).toBeDefined();
  });
});

suite('AssociateAddress (rules 32, 40–43)', () => {
  it('rule 32: the Elastic IP replaces the dynamic public IPv4 for good, with its own public DNS name', () => {
    const s = withEip();
    const dynamic = s.instance.PublicIpAddress;
    const r = ok(s.world, 'ec2:AssociateAddress', { AllocationId: s.allocationId, InstanceId: s.id });
    expect(r.response.AssociationId).toMatch(/^eipassoc-0[0-9a-f]{16}$/);
    expect(r.events.find((e) => e.type === 'public-ip-released')?.from).toBe(dynamic);
    const i = inst(r.world, s.id);
    expect(i.PublicIpAddress).toBe(s.publicIp);
    expect(i.PublicDnsName).toBe(`ec2-${s.publicIp.replaceAll('.', '-')}.compute-1.amazonaws.com`);
    expect(i.NetworkInterfaces[0].Association).toMatchObject({ PublicIp: s.publicIp, IpOwnerId: '111122223333' });
    expect(address(r.world, s.allocationId)).toMatchObject({
      AssociationId: r.response.AssociationId,
      InstanceId: s.id,
      NetworkInterfaceId: i.NetworkInterfaces[0].NetworkInterfaceId,
      NetworkInterfaceOwnerId: '111122223333',
      PrivateIpAddress: i.PrivateIpAddress,
    });
  });

  it('rule 40: by InstanceId the instance must have exactly one interface and not be terminated', () => {
    const s = withEip();
    const second = createEni(s.world, s.instance.SubnetId);
    const two = ok(second.world, 'ec2:AttachNetworkInterface', { NetworkInterfaceId: second.eniId, InstanceId: s.id, DeviceIndex: 1 }).world;
    const error = no(two, 'ec2:AssociateAddress', { AllocationId: s.allocationId, InstanceId: s.id });
    expect(error.code).toBe('InvalidInstanceID');
    expect(error.rule).toBe('instance.multiple-enis');
    // naming the interface works
    const r = ok(two, 'ec2:AssociateAddress', { AllocationId: s.allocationId, NetworkInterfaceId: second.eniId });
    expect(address(r.world, s.allocationId).NetworkInterfaceId).toBe(second.eniId);
    const terminated = ok(s.world, 'ec2:TerminateInstances', { InstanceIds: [s.id] }).world;
    const gone = no(terminated, 'ec2:AssociateAddress', { AllocationId: s.allocationId, InstanceId: s.id });
    expect(gone.code).toBe('IncorrectInstanceState');
    expect(gone.rule).toBe('eip.associate.instance-state');
  });

  it('rule 41: a second Elastic IP on the same private IP pushes the first off (it stays allocated); PrivateIpAddress targets a secondary', () => {
    const s = withEip();
    const first = ok(s.world, 'ec2:AssociateAddress', { AllocationId: s.allocationId, InstanceId: s.id }).world;
    const other = allocate(first);
    const second = ok(other.world, 'ec2:AssociateAddress', { AllocationId: other.allocationId, InstanceId: s.id });
    expect(inst(second.world, s.id).PublicIpAddress).toBe(other.publicIp);
    expect(address(second.world, s.allocationId).AssociationId).toBeUndefined();
    expect(addresses(second.world)).toHaveLength(2);
    const eth0 = s.instance.NetworkInterfaces[0].NetworkInterfaceId;
    const bad = no(second.world, 'ec2:AssociateAddress', { AllocationId: s.allocationId, NetworkInterfaceId: eth0, PrivateIpAddress: '172.31.0.99' });
    expect(bad.code).toBe('InvalidParameterValue');
    expect(bad.rule).toBe('eip.associate.private-ip');
    const assigned = ok(second.world, 'ec2:AssignPrivateIpAddresses', { NetworkInterfaceId: eth0, PrivateIpAddresses: ['172.31.0.99'] }).world;
    const onSecondary = ok(assigned, 'ec2:AssociateAddress', { AllocationId: s.allocationId, NetworkInterfaceId: eth0, PrivateIpAddress: '172.31.0.99' });
    const ips = inst(onSecondary.world, s.id).NetworkInterfaces[0].PrivateIpAddresses;
    expect(ips.map((a: any) => [a.PrivateIpAddress, a.Association?.PublicIp])).toEqual([
      ['172.31.0.4', other.publicIp],
      ['172.31.0.99', s.publicIp],
    ]);
  });

  it('rule 42: reassociation is automatic unless AllowReassociation=false (Resource.AlreadyAssociated)', () => {
    const s = withEip();
    const b = run(s.world);
    const onA = ok(b.world, 'ec2:AssociateAddress', { AllocationId: s.allocationId, InstanceId: s.id });
    const error = no(onA.world, 'ec2:AssociateAddress', { AllocationId: s.allocationId, InstanceId: b.id, AllowReassociation: false });
    expect(error.code).toBe('Resource.AlreadyAssociated');
    expect(error.rule).toBe('eip.associate.already');
    expect(error.message).toBe(`resource ${s.allocationId} is already associated with associate-id ${onA.response.AssociationId}`);
    const moved = ok(onA.world, 'ec2:AssociateAddress', { AllocationId: s.allocationId, InstanceId: b.id });
    expect(inst(moved.world, b.id).PublicIpAddress).toBe(s.publicIp);
    // A lost the Elastic IP and got a brand-new dynamic address
    const a = inst(moved.world, s.id).PublicIpAddress;
    expect(a).toBeDefined();
    expect(a).not.toBe(s.publicIp);
    expect(a).not.toBe(s.instance.PublicIpAddress);
  });

  it('rule 43: the VPC needs an attached internet gateway (Gateway.NotAttached)', () => {
    const l = lab({ igw: false });
    const r = run(l.world, { SubnetId: l.subnetA });
    const eip = allocate(r.world);
    const error = no(eip.world, 'ec2:AssociateAddress', { AllocationId: eip.allocationId, InstanceId: r.id });
    expect(error.code).toBe('Gateway.NotAttached');
    expect(error.rule).toBe('eip.associate.no-igw');
    expect(error.message).toBe(`Network ${l.vpcId} is not attached to any internet gateway`);
    const attached = ok(eip.world, 'ec2:AttachInternetGateway', { InternetGatewayId: l.igwId, VpcId: l.vpcId }).world;
    const okay = ok(attached, 'ec2:AssociateAddress', { AllocationId: eip.allocationId, InstanceId: r.id });
    expect(inst(okay.world, r.id).PublicIpAddress).toBe(eip.publicIp);
  });

  it('an Elastic IP on a detached interface follows it to the instance it is attached to', () => {
    const l = lab();
    const r = run(l.world, { SubnetId: l.subnetA });
    const created = createEni(r.world, l.subnetA);
    const eip = allocate(created.world);
    const w = ok(eip.world, 'ec2:AssociateAddress', { AllocationId: eip.allocationId, NetworkInterfaceId: created.eniId }).world;
    expect(address(w, eip.allocationId).InstanceId).toBeUndefined();
    const attached = ok(w, 'ec2:AttachNetworkInterface', { NetworkInterfaceId: created.eniId, InstanceId: r.id, DeviceIndex: 1 }).world;
    expect(address(attached, eip.allocationId).InstanceId).toBe(r.id);
  });
});

suite('Disassociate, stop/start and terminate (rules 31, 33, 34, 46)', () => {
  it('rule 33: disassociating gives the running instance a brand-new dynamic public IPv4', () => {
    const s = withEip();
    const a = ok(s.world, 'ec2:AssociateAddress', { AllocationId: s.allocationId, InstanceId: s.id });
    const d = ok(a.world, 'ec2:DisassociateAddress', { AssociationId: a.response.AssociationId });
    const fresh = inst(d.world, s.id).PublicIpAddress;
    expect(fresh).toBeDefined();
    expect(fresh).not.toBe(s.publicIp);
    expect(fresh).not.toBe(s.instance.PublicIpAddress);
    expect(d.events.map((e) => e.type)).toEqual(['eip-disassociated', 'public-ip-assigned']);
    expect(address(d.world, s.allocationId).AssociationId).toBeUndefined();
  });

  it('rule 33: a stopped instance gets its new dynamic IPv4 only at the next start', () => {
    const s = withEip();
    const a = ok(s.world, 'ec2:AssociateAddress', { AllocationId: s.allocationId, InstanceId: s.id });
    const off = stop(a.world, s.id);
    const d = ok(off, 'ec2:DisassociateAddress', { AssociationId: a.response.AssociationId }).world;
    expect(inst(d, s.id).PublicIpAddress).toBeUndefined();
    const on = start(d, s.id);
    expect(inst(on, s.id).PublicIpAddress).toBeDefined();
    expect(inst(on, s.id).PublicIpAddress).not.toBe(s.publicIp);
  });

  it('rules 31/46: the Elastic IP association survives stop and start', () => {
    const s = withEip();
    const a = ok(s.world, 'ec2:AssociateAddress', { AllocationId: s.allocationId, InstanceId: s.id }).world;
    const off = stop(a, s.id);
    expect(inst(off, s.id).PublicIpAddress).toBe(s.publicIp);
    const on = start(off, s.id);
    expect(inst(on, s.id).PublicIpAddress).toBe(s.publicIp);
    expect(address(on, s.allocationId).InstanceId).toBe(s.id);
  });

  it('rule 34: an Elastic IP on a secondary address keeps the instance from getting a new dynamic IPv4 after a stop', () => {
    const s = withEip();
    const eth0 = s.instance.NetworkInterfaces[0].NetworkInterfaceId;
    const assigned = ok(s.world, 'ec2:AssignPrivateIpAddresses', { NetworkInterfaceId: eth0, SecondaryPrivateIpAddressCount: 1 });
    const secondary = assigned.response.AssignedPrivateIpAddresses[0].PrivateIpAddress;
    const a = ok(assigned.world, 'ec2:AssociateAddress', { AllocationId: s.allocationId, NetworkInterfaceId: eth0, PrivateIpAddress: secondary }).world;
    // the running instance keeps its dynamic address on the primary IP
    expect(inst(a, s.id).PublicIpAddress).toBe(s.instance.PublicIpAddress);
    const cycled = start(stop(a, s.id), s.id);
    expect(inst(cycled, s.id).PublicIpAddress).toBeUndefined();
    expect(address(cycled, s.allocationId).PrivateIpAddress).toBe(secondary);
  });

  it('rule 46: terminate disassociates the Elastic IP, which stays allocated', () => {
    const s = withEip();
    const a = ok(s.world, 'ec2:AssociateAddress', { AllocationId: s.allocationId, InstanceId: s.id }).world;
    const t = ok(a, 'ec2:TerminateInstances', { InstanceIds: [s.id] });
    expect(address(t.world, s.allocationId)).toEqual({
      AllocationId: s.allocationId,
      PublicIp: s.publicIp,
      Domain: 'vpc',
      PublicIpv4Pool: 'amazon',
      NetworkBorderGroup: 'us-east-1',
    });
    expect(t.events.some((e) => e.type === 'eip-disassociated')).toBe(true);
  });
});

suite('ReleaseAddress and unknown ids (rules 44, 45)', () => {
  it('rule 44: an associated address can’t be released in a non-default VPC', () => {
    const l = lab();
    const r = run(l.world, { SubnetId: l.subnetA });
    const eip = allocate(r.world);
    const a = ok(eip.world, 'ec2:AssociateAddress', { AllocationId: eip.allocationId, InstanceId: r.id });
    const error = no(a.world, 'ec2:ReleaseAddress', { AllocationId: eip.allocationId });
    expect(error.code).toBe('InvalidIPAddress.InUse');
    expect(error.rule).toBe('eip.release.associated');
    const d = ok(a.world, 'ec2:DisassociateAddress', { AssociationId: a.response.AssociationId }).world;
    const released = ok(d, 'ec2:ReleaseAddress', { AllocationId: eip.allocationId }).world;
    expect(addresses(released)).toEqual([]);
  });

  it('rule 44: in the default VPC release disassociates automatically (the instance gets a new dynamic IP)', () => {
    const s = withEip();
    const a = ok(s.world, 'ec2:AssociateAddress', { AllocationId: s.allocationId, InstanceId: s.id }).world;
    const r = ok(a, 'ec2:ReleaseAddress', { AllocationId: s.allocationId });
    expect(addresses(r.world)).toEqual([]);
    const fresh = inst(r.world, s.id).PublicIpAddress;
    expect(fresh).toBeDefined();
    expect(fresh).not.toBe(s.publicIp);
    // The narration does not contradict itself: disassociated on the way out, then released.
    const messages = r.events.filter((e) => e.type === 'eip-disassociated' || e.type === 'eip-released').map((e) => e.message);
    expect(messages).toHaveLength(2);
    expect(messages[0]).toContain('It is released next');
    expect(messages[0]).not.toContain('stays allocated');
    expect(messages[1]).toBe(`Elastic IP ${s.publicIp} (${s.allocationId}) released back to Amazon.`);
    expect(r.events.findIndex((e) => e.type === 'eip-disassociated')).toBeLessThan(r.events.findIndex((e) => e.type === 'eip-released'));
    // A plain DisassociateAddress still says the address stays allocated.
    const associationId = address(a, s.allocationId).AssociationId as string;
    const d = ok(a, 'ec2:DisassociateAddress', { AssociationId: associationId });
    expect(d.events.find((e) => e.type === 'eip-disassociated')?.message).toContain('It stays allocated to the account.');
  });

  it('rule 44: another account can’t release your address (AuthFailure)', () => {
    const mine = allocate(createWorld());
    const error = no(mine.world, 'ec2:ReleaseAddress', { AllocationId: mine.allocationId }, { account: OTHER });
    expect(error.code).toBe('AuthFailure');
    expect(error.rule).toBe('eip.release.not-owner');
  });

  it('rule 45: unknown allocation, association and public IP are NotFound', () => {
    const s = withEip();
    const alloc = no(s.world, 'ec2:AssociateAddress', { AllocationId: 'eipalloc-0123456789abcdef0', InstanceId: s.id });
    expect(alloc.code).toBe('InvalidAllocationID.NotFound');
    expect(no(s.world, 'ec2:ReleaseAddress', { AllocationId: 'eipalloc-0123456789abcdef0' }).code).toBe('InvalidAllocationID.NotFound');
    const assoc = no(s.world, 'ec2:DisassociateAddress', { AssociationId: 'eipassoc-0123456789abcdef0' });
    expect(assoc.code).toBe('InvalidAssociationID.NotFound');
    expect(assoc.rule).toBe('eip.association.not-found');
    const ip = no(s.world, 'ec2:DescribeAddresses', { PublicIps: ['203.0.113.7'] });
    expect(ip.code).toBe('InvalidAddress.NotFound');
    expect(ip.rule).toBe('eip.address.not-found');
    expect(addresses(s.world, { PublicIps: [s.publicIp] }).map((a) => a.AllocationId)).toEqual([s.allocationId]);
  });
});

suite('DescribeAddresses filters', () => {
  it('filters by instance, association and public IP', () => {
    const s = withEip();
    const spare = allocate(s.world);
    const a = ok(spare.world, 'ec2:AssociateAddress', { AllocationId: s.allocationId, InstanceId: s.id });
    const ids = (filters: any[]) => addresses(a.world, { Filters: filters }).map((x) => x.AllocationId);
    expect(ids([{ Name: 'instance-id', Values: [s.id] }])).toEqual([s.allocationId]);
    expect(ids([{ Name: 'association-id', Values: [a.response.AssociationId] }])).toEqual([s.allocationId]);
    expect(ids([{ Name: 'public-ip', Values: [spare.publicIp] }])).toEqual([spare.allocationId]);
    expect(ids([{ Name: 'domain', Values: ['vpc'] }])).toEqual([s.allocationId, spare.allocationId]);
  });
});

suite('addresses by public IP and border group (rule 45)', () => {
  it('ReleaseAddress: an unknown public IP is InvalidAddress.NotFound; a VPC address must be released by allocation id', () => {
    const a = allocate(createWorld());
    const unknown = no(a.world, 'ec2:ReleaseAddress', { PublicIp: '198.51.100.7' });
    expect(unknown).toMatchObject({ code: 'InvalidAddress.NotFound', rule: 'eip.address.not-found' });
    const known = no(a.world, 'ec2:ReleaseAddress', { PublicIp: a.publicIp });
    expect(known.code).toBe('InvalidParameterValue');
    expect(known.message).toBe(`You must specify an allocation id when releasing a VPC elastic IP address (allocation ${a.allocationId})`);
    const both = no(a.world, 'ec2:ReleaseAddress', { PublicIp: a.publicIp, AllocationId: a.allocationId });
    expect(both.code).toBe('InvalidParameterCombination');
  });

  it('ReleaseAddress: the right NetworkBorderGroup is accepted, a wrong one is InvalidAddress.NotFound', () => {
    const a = allocate(createWorld());
    const wrong = no(a.world, 'ec2:ReleaseAddress', { AllocationId: a.allocationId, NetworkBorderGroup: 'us-west-2' });
    expect(wrong.code).toBe('InvalidAddress.NotFound');
    expect(wrong.message).toContain(a.publicIp);
    const released = ok(a.world, 'ec2:ReleaseAddress', { AllocationId: a.allocationId, NetworkBorderGroup: 'us-east-1' });
    expect(addresses(released.world)).toEqual([]);
  });

  it('a VPC address is associated by AllocationId and disassociated by AssociationId, never by PublicIp alone', () => {
    const l = lab();
    const r = run(l.world, { SubnetId: l.subnetA });
    const a = allocate(r.world);
    const eni = r.instance.NetworkInterfaces[0].NetworkInterfaceId;
    const unknown = no(a.world, 'ec2:AssociateAddress', { PublicIp: '198.51.100.7', NetworkInterfaceId: eni });
    expect(unknown.code).toBe('InvalidAddress.NotFound');
    const byIp = no(a.world, 'ec2:AssociateAddress', { PublicIp: a.publicIp, NetworkInterfaceId: eni });
    expect(byIp).toMatchObject({
      code: 'InvalidParameterCombination',
      rule: 'eip.associate.public-ip',
    });
    expect(byIp.message).toMatch(/^You must specify an allocation id when mapping an address to a VPC instance\b/);
    expect(no(a.world, 'ec2:AssociateAddress', { PublicIp: a.publicIp, InstanceId: r.id }).code).toBe('InvalidParameterCombination');
    const associated = ok(a.world, 'ec2:AssociateAddress', { AllocationId: a.allocationId, NetworkInterfaceId: eni });
    expect(inst(associated.world, r.id).PublicIpAddress).toBe(a.publicIp);
    const unmap = no(associated.world, 'ec2:DisassociateAddress', { PublicIp: a.publicIp });
    expect(unmap).toMatchObject({
      code: 'InvalidParameterValue',
      rule: 'eip.disassociate.public-ip',
    });
    expect(unmap.message).toMatch(/^You must specify an association id when unmapping an address from a VPC instance\b/);
    expect(no(associated.world, 'ec2:DisassociateAddress', { PublicIp: '198.51.100.7' }).code).toBe('InvalidAddress.NotFound');
    const back = ok(associated.world, 'ec2:DisassociateAddress', { AssociationId: associated.response.AssociationId });
    expect(inst(back.world, r.id).PublicIpAddress).not.toBe(a.publicIp);
  });
});
