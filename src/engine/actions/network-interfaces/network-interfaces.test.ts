import { describe as suite, expect, it } from 'vitest';
import { describe } from '../../index';
import type { World } from '../../model/world';
import { no, ok } from '../../engine-test-helpers';
import { address, allocate, createEni, eni, inst, lab, run, start, stop } from '../compute-test-helpers';

function attach(world: World, eniId: string, instanceId: string, deviceIndex = 1) {
  return ok(world, 'ec2:AttachNetworkInterface', { NetworkInterfaceId: eniId, InstanceId: instanceId, DeviceIndex: deviceIndex });
}

function privateIps(world: World, eniId: string): string[] {
  return eni(world, eniId).PrivateIpAddresses.map((a: any) => a.PrivateIpAddress);
}

/** A lab whose VPC has an Amazon IPv6 /56 and a subnet with a /64 of it (us-east-1a). */
function ipv6Lab() {
  const l = lab();
  const assoc = ok(l.world, 'ec2:AssociateVpcCidrBlock', { VpcId: l.vpcId, AmazonProvidedIpv6CidrBlock: true });
  const block: string = assoc.response.Ipv6CidrBlockAssociation.Ipv6CidrBlock;
  const subnetIpv6 = block.replace('/56', '/64');
  const sub = ok(assoc.world, 'ec2:CreateSubnet', {
    VpcId: l.vpcId,
    CidrBlock: '10.16.64.0/20',
    AvailabilityZone: 'us-east-1a',
    Ipv6CidrBlock: subnetIpv6,
  });
  return { ...l, world: sub.world, subnet6: sub.response.Subnet.SubnetId as string, subnetIpv6 };
}

suite('CreateNetworkInterface (rules 6–9, 11, 14)', () => {
  it('creates an available interface with the lowest free address, a MAC, the default group and DNS name', () => {
    const l = lab();
    const r = createEni(l.world, l.subnetA, { Description: 'license' });
    const n = r.response.NetworkInterface;
    expect(n.NetworkInterfaceId).toMatch(/^eni-0[0-9a-f]{16}$/);
    expect(n).toMatchObject({
      SubnetId: l.subnetA,
      VpcId: l.vpcId,
      AvailabilityZone: 'us-east-1a',
      PrivateIpAddress: '10.16.0.4',
      PrivateDnsName: 'ip-10-16-0-4.ec2.internal',
      Status: 'available',
      SourceDestCheck: true,
      Description: 'license',
      InterfaceType: 'interface',
      Groups: [{ GroupId: l.defaultGroup, GroupName: 'default' }],
      Ipv6Addresses: [],
    });
    expect(n.MacAddress).toMatch(/^(02|06|0a|0e)(:[0-9a-f]{2}){5}$/);
    expect(n.Attachment).toBeUndefined();
    expect(n.Association).toBeUndefined();
    expect(createEni(r.world, l.subnetA).response.NetworkInterface.PrivateIpAddress).toBe('10.16.0.5');
  });

  it('takes explicit primary and secondary addresses, and a count of secondaries', () => {
    const l = lab();
    const r = createEni(l.world, l.subnetA, {
      PrivateIpAddresses: [
        { PrivateIpAddress: '10.16.0.50', Primary: false },
        { PrivateIpAddress: '10.16.0.40', Primary: true },
      ],
      SecondaryPrivateIpAddressCount: 2,
    });
    expect(r.response.NetworkInterface.PrivateIpAddresses.map((a: any) => [a.PrivateIpAddress, a.Primary])).toEqual([
      ['10.16.0.40', true],
      ['10.16.0.50', false],
      ['10.16.0.4', false],
      ['10.16.0.5', false],
    ]);
  });

  it('rules 6–8: refuses an address outside the subnet, a reserved one, or one in use', () => {
    const l = lab();
    const outside = no(l.world, 'ec2:CreateNetworkInterface', { SubnetId: l.subnetA, PrivateIpAddress: '10.16.20.5' });
    expect(outside.code).toBe('InvalidParameterValue');
    expect(outside.rule).toBe('ip.outside-subnet');
    const reserved = no(l.world, 'ec2:CreateNetworkInterface', { SubnetId: l.subnetA, PrivateIpAddress: '10.16.0.2' });
    expect(reserved.code).toBe('InvalidParameterValue');
    expect(reserved.rule).toBe('ip.reserved');
    const first = createEni(l.world, l.subnetA, { PrivateIpAddress: '10.16.0.9' });
    const used = no(first.world, 'ec2:CreateNetworkInterface', { SubnetId: l.subnetA, PrivateIpAddress: '10.16.0.9' });
    expect(used.code).toBe('InvalidIPAddress.InUse');
    expect(used.rule).toBe('ip.in-use');
    expect(used.message).toContain(first.eniId);
  });

  it('rule 9: a full subnet refuses new interfaces with InsufficientFreeAddressesInSubnet', () => {
    const l = lab();
    const sub = ok(l.world, 'ec2:CreateSubnet', { VpcId: l.vpcId, CidrBlock: '10.16.250.0/28', AvailabilityZone: 'us-east-1a' });
    const subnetId = sub.response.Subnet.SubnetId;
    const full = createEni(sub.world, subnetId, { SecondaryPrivateIpAddressCount: 10 });
    expect(full.response.NetworkInterface.PrivateIpAddresses).toHaveLength(11);
    const error = no(full.world, 'ec2:CreateNetworkInterface', { SubnetId: subnetId });
    expect(error.code).toBe('InsufficientFreeAddressesInSubnet');
    expect(error.rule).toBe('subnet.full');
  });

  it('rule 11: refuses a security group of another VPC (InvalidGroup.NotFound)', () => {
    const l = lab({ defaultVpc: true });
    const defaultVpc = describe(l.world, 'ec2:DescribeVpcs', { Filters: [{ Name: 'is-default', Values: ['true'] }] }).Vpcs[0].VpcId;
    const foreign = ok(l.world, 'ec2:CreateSecurityGroup', { GroupName: 'x', Description: 'x', VpcId: defaultVpc });
    const error = no(foreign.world, 'ec2:CreateNetworkInterface', { SubnetId: l.subnetA, Groups: [foreign.response.GroupId] });
    expect(error.code).toBe('InvalidGroup.NotFound');
    expect(error.rule).toBe('eni.sg.same-vpc');
    expect(error.message).toBe(`The security group '${foreign.response.GroupId}' does not exist in VPC '${l.vpcId}'`);
    const mine = ok(foreign.world, 'ec2:CreateSecurityGroup', { GroupName: 'x', Description: 'x', VpcId: l.vpcId });
    const r = createEni(mine.world, l.subnetA, { Groups: [mine.response.GroupId] });
    expect(r.response.NetworkInterface.Groups).toEqual([{ GroupId: mine.response.GroupId, GroupName: 'x' }]);
  });
});

suite('Attach and detach (rules 14–18, 20, 25)', () => {
  it('rule 14/25: an interface keeps MAC, addresses, Elastic IP, groups and flags when it moves between instances', () => {
    const l = lab();
    const a = run(l.world, { SubnetId: l.subnetA });
    const b = run(a.world, { SubnetId: l.subnetA2 });
    const web = ok(b.world, 'ec2:CreateSecurityGroup', { GroupName: 'web', Description: 'web', VpcId: l.vpcId });
    const created = createEni(web.world, l.subnetA, { Groups: [web.response.GroupId], SecondaryPrivateIpAddressCount: 1 });
    let w = ok(created.world, 'ec2:ModifyNetworkInterfaceAttribute', { NetworkInterfaceId: created.eniId, SourceDestCheck: { Value: false } }).world;
    const eip = allocate(w);
    w = ok(eip.world, 'ec2:AssociateAddress', { AllocationId: eip.allocationId, NetworkInterfaceId: created.eniId }).world;
    const hot = attach(w, created.eniId, a.id);
    expect(hot.response.AttachmentId).toMatch(/^eni-attach-0[0-9a-f]{16}$/);
    expect(hot.events.find((e) => e.type === 'eni-attached')?.message).toContain('hot-attached');
    const before = eni(hot.world, created.eniId);
    expect(before.Attachment).toMatchObject({ InstanceId: a.id, DeviceIndex: 1, DeleteOnTermination: false, Status: 'attached' });
    expect(before.Status).toBe('in-use');
    w = ok(hot.world, 'ec2:DetachNetworkInterface', { AttachmentId: hot.response.AttachmentId }).world;
    expect(eni(w, created.eniId).Status).toBe('available');
    w = stop(w, b.id);
    const warm = attach(w, created.eniId, b.id);
    expect(warm.events.find((e) => e.type === 'eni-attached')?.message).toContain('warm-attached');
    const after = eni(warm.world, created.eniId);
    expect(after.MacAddress).toBe(before.MacAddress);
    expect(after.PrivateIpAddresses.map((x: any) => x.PrivateIpAddress)).toEqual(before.PrivateIpAddresses.map((x: any) => x.PrivateIpAddress));
    expect(after.Groups).toEqual([{ GroupId: web.response.GroupId, GroupName: 'web' }]);
    expect(after.SourceDestCheck).toBe(false);
    expect(after.Association.PublicIp).toBe(eip.publicIp);
    expect(address(warm.world, eip.allocationId).InstanceId).toBe(b.id);
    expect(inst(warm.world, b.id).NetworkInterfaces.map((n: any) => n.NetworkInterfaceId)).toContain(created.eniId);
  });

  it('rule 15: refuses an interface from another AZ', () => {
    const l = lab();
    const a = run(l.world, { SubnetId: l.subnetA });
    const far = createEni(a.world, l.subnetB);
    const error = no(far.world, 'ec2:AttachNetworkInterface', { NetworkInterfaceId: far.eniId, InstanceId: a.id, DeviceIndex: 1 });
    expect(error.code).toBe('InvalidParameterCombination');
    expect(error.rule).toBe('eni.attach.same-az');
    expect(error.message).toBe(
      `You may not attach a network interface to an instance if they are not in the same availability zone (network interface ${far.eniId}, instance ${a.id})`,
    );
    const near = createEni(far.world, l.subnetA2);
    expect(attach(near.world, near.eniId, a.id).response.AttachmentId).toBeDefined();
  });

  it('rule 16: an interface attaches to one instance at a time', () => {
    const l = lab();
    const a = run(l.world, { SubnetId: l.subnetA });
    const b = run(a.world, { SubnetId: l.subnetA });
    const created = createEni(b.world, l.subnetA);
    const w = attach(created.world, created.eniId, a.id).world;
    const error = no(w, 'ec2:AttachNetworkInterface', { NetworkInterfaceId: created.eniId, InstanceId: b.id, DeviceIndex: 1 });
    expect(error.code).toBe('InvalidNetworkInterface.InUse');
    expect(error.rule).toBe('eni.in-use');
    expect(error.message).toBe(`Interface: [${created.eniId}] in use.`);
  });

  it('rule 17: a device index is used once per instance', () => {
    const l = lab();
    const a = run(l.world, { SubnetId: l.subnetA, InstanceType: 'm5.large' });
    const one = createEni(a.world, l.subnetA);
    const two = createEni(one.world, l.subnetA);
    const w = attach(two.world, one.eniId, a.id, 1).world;
    const error = no(w, 'ec2:AttachNetworkInterface', { NetworkInterfaceId: two.eniId, InstanceId: a.id, DeviceIndex: 1 });
    expect(error.code).toBe('InvalidParameterValue');
    expect(error.rule).toBe('eni.attach.device-index');
    expect(error.message).toBe(`Instance '${a.id}' already has an interface attached at device index '1'.`);
    expect(attach(w, two.eniId, a.id, 2).response.AttachmentId).toBeDefined();
  });

  it('rule 18: refuses an interface beyond the type’s limit (t3.micro: 2)', () => {
    const l = lab();
    const a = run(l.world, { SubnetId: l.subnetA, InstanceType: 't3.micro' });
    const one = createEni(a.world, l.subnetA);
    const two = createEni(one.world, l.subnetA);
    const w = attach(two.world, one.eniId, a.id, 1).world;
    const error = no(w, 'ec2:AttachNetworkInterface', { NetworkInterfaceId: two.eniId, InstanceId: a.id, DeviceIndex: 2 });
    expect(error.code).toBe('AttachmentLimitExceeded');
    expect(error.rule).toBe('eni.attach.limit');
    expect(error.message).toBe(`Interface count 3 exceeds the limit for t3.micro (instance ${a.id}, network interface ${two.eniId})`);
  });

  it('rule 19: refuses attaching an interface with more addresses than the type allows', () => {
    const l = lab();
    const a = run(l.world, { SubnetId: l.subnetA, InstanceType: 't3.micro' });
    const crowded = createEni(a.world, l.subnetA, { SecondaryPrivateIpAddressCount: 2 });
    const error = no(crowded.world, 'ec2:AttachNetworkInterface', { NetworkInterfaceId: crowded.eniId, InstanceId: a.id, DeviceIndex: 1 });
    expect(error.code).toBe('InvalidInterface.IpAddressLimitExceeded');
    expect(error.rule).toBe('eni.ip-limit.instance-type');
    const fits = createEni(crowded.world, l.subnetA, { SecondaryPrivateIpAddressCount: 1 });
    expect(attach(fits.world, fits.eniId, a.id).response.AttachmentId).toBeDefined();
  });

  it('rule 20: the primary interface can never be detached', () => {
    const l = lab();
    const a = run(l.world, { SubnetId: l.subnetA });
    const error = no(a.world, 'ec2:DetachNetworkInterface', { AttachmentId: a.instance.NetworkInterfaces[0].Attachment.AttachmentId });
    expect(error.code).toBe('OperationNotPermitted');
    expect(error.rule).toBe('eni.detach.primary');
    expect(error.message).toBe(
      `The network interface at device index 0 and networkCard index 0 cannot be detached. (network interface ${a.instance.NetworkInterfaces[0].NetworkInterfaceId}, instance ${a.id})`,
    );
  });

  it('rule 25: attach needs a running or stopped instance; an unknown attachment id is InvalidAttachmentID.NotFound', () => {
    const l = lab();
    const a = run(l.world, { SubnetId: l.subnetA });
    const created = createEni(a.world, l.subnetA);
    const terminated = ok(created.world, 'ec2:TerminateInstances', { InstanceIds: [a.id] }).world;
    const error = no(terminated, 'ec2:AttachNetworkInterface', { NetworkInterfaceId: created.eniId, InstanceId: a.id, DeviceIndex: 1 });
    expect(error.code).toBe('IncorrectInstanceState');
    expect(error.rule).toBe('eni.attach.instance-state');
    const missing = no(created.world, 'ec2:DetachNetworkInterface', { AttachmentId: 'eni-attach-0123456789abcdef0' });
    expect(missing.code).toBe('InvalidAttachmentID.NotFound');
    expect(missing.rule).toBe('eni.attachment.not-found');
    // a secondary interface detaches while the instance is stopped, too
    const attached = attach(created.world, created.eniId, a.id);
    const off = stop(attached.world, a.id);
    const detached = ok(off, 'ec2:DetachNetworkInterface', { AttachmentId: attached.response.AttachmentId }).world;
    expect(inst(detached, a.id).NetworkInterfaces).toHaveLength(1);
  });
});

suite('Delete and modify (rules 21, 22, 24)', () => {
  it('rule 21: an attached interface cannot be deleted; detached, it can', () => {
    const l = lab();
    const a = run(l.world, { SubnetId: l.subnetA });
    const created = createEni(a.world, l.subnetA);
    const attached = attach(created.world, created.eniId, a.id);
    const error = no(attached.world, 'ec2:DeleteNetworkInterface', { NetworkInterfaceId: created.eniId });
    expect(error.code).toBe('InvalidNetworkInterface.InUse');
    expect(error.rule).toBe('eni.delete.attached');
    const detached = ok(attached.world, 'ec2:DetachNetworkInterface', { AttachmentId: attached.response.AttachmentId }).world;
    const deleted = ok(detached, 'ec2:DeleteNetworkInterface', { NetworkInterfaceId: created.eniId }).world;
    expect(no(deleted, 'ec2:DescribeNetworkInterfaces', { NetworkInterfaceIds: [created.eniId] }).code).toBe(
      'InvalidNetworkInterfaceID.NotFound',
    );
  });

  it('rule 22: Groups replaces the whole set, needs at least one, and only of the same VPC', () => {
    const l = lab({ defaultVpc: true });
    const created = createEni(l.world, l.subnetA);
    const web = ok(created.world, 'ec2:CreateSecurityGroup', { GroupName: 'web', Description: 'web', VpcId: l.vpcId });
    const ssh = ok(web.world, 'ec2:CreateSecurityGroup', { GroupName: 'ssh', Description: 'ssh', VpcId: l.vpcId });
    const w = ok(ssh.world, 'ec2:ModifyNetworkInterfaceAttribute', {
      NetworkInterfaceId: created.eniId,
      Groups: [web.response.GroupId, ssh.response.GroupId],
    }).world;
    expect(eni(w, created.eniId).Groups.map((g: any) => g.GroupName)).toEqual(['web', 'ssh']);
    const empty = no(w, 'ec2:ModifyNetworkInterfaceAttribute', { NetworkInterfaceId: created.eniId, Groups: [] });
    expect(empty.code).toBe('MissingParameter');
    expect(empty.rule).toBe('eni.groups.at-least-one');
    const defaultVpc = describe(w, 'ec2:DescribeVpcs', { Filters: [{ Name: 'is-default', Values: ['true'] }] }).Vpcs[0].VpcId;
    const foreign = ok(w, 'ec2:CreateSecurityGroup', { GroupName: 'db', Description: 'db', VpcId: defaultVpc });
    const error = no(foreign.world, 'ec2:ModifyNetworkInterfaceAttribute', {
      NetworkInterfaceId: created.eniId,
      Groups: [foreign.response.GroupId],
    });
    expect(error.code).toBe('InvalidGroup.NotFound');
    expect(error.rule).toBe('eni.sg.same-vpc');
  });

  it('rule 22: the instance’s security groups are those of its primary interface', () => {
    const l = lab();
    const a = run(l.world, { SubnetId: l.subnetA });
    const web = ok(a.world, 'ec2:CreateSecurityGroup', { GroupName: 'web', Description: 'web', VpcId: l.vpcId });
    const w = ok(web.world, 'ec2:ModifyNetworkInterfaceAttribute', {
      NetworkInterfaceId: a.instance.NetworkInterfaces[0].NetworkInterfaceId,
      Groups: [web.response.GroupId],
    }).world;
    expect(inst(w, a.id).SecurityGroups).toEqual([{ GroupId: web.response.GroupId, GroupName: 'web' }]);
  });

  it('rule 24: source/destination check is a per-interface flag; one attribute per call', () => {
    const l = lab();
    const a = run(l.world, { SubnetId: l.subnetA, InstanceType: 't3.small' });
    const second = createEni(a.world, l.subnetA);
    const w = attach(second.world, second.eniId, a.id).world;
    const off = ok(w, 'ec2:ModifyNetworkInterfaceAttribute', { NetworkInterfaceId: second.eniId, SourceDestCheck: { Value: false } });
    expect(off.events[0]?.message).toContain('NAT');
    const shown = inst(off.world, a.id).NetworkInterfaces;
    expect(shown.map((n: any) => n.SourceDestCheck)).toEqual([true, false]);
    expect(describe(off.world, 'ec2:DescribeNetworkInterfaceAttribute', { NetworkInterfaceId: second.eniId, Attribute: 'sourceDestCheck' })).toEqual({
      NetworkInterfaceId: second.eniId,
      SourceDestCheck: { Value: false },
    });
    const both = no(w, 'ec2:ModifyNetworkInterfaceAttribute', {
      NetworkInterfaceId: second.eniId,
      SourceDestCheck: { Value: false },
      Description: { Value: 'x' },
    });
    expect(both.code).toBe('InvalidParameterCombination');
    expect(both.rule).toBe('eni.modify.one-attribute');
  });

  it('DeleteOnTermination of an attachment can be changed, and decides the interface’s fate at termination', () => {
    const l = lab();
    const a = run(l.world, { SubnetId: l.subnetA });
    const created = createEni(a.world, l.subnetA);
    const attached = attach(created.world, created.eniId, a.id);
    const w = ok(attached.world, 'ec2:ModifyNetworkInterfaceAttribute', {
      NetworkInterfaceId: created.eniId,
      Attachment: { AttachmentId: attached.response.AttachmentId, DeleteOnTermination: true },
    }).world;
    expect(eni(w, created.eniId).Attachment.DeleteOnTermination).toBe(true);
    const t = ok(w, 'ec2:TerminateInstances', { InstanceIds: [a.id] }).world;
    expect(describe(t, 'ec2:DescribeNetworkInterfaces').NetworkInterfaces).toEqual([]);
    const wrong = no(attached.world, 'ec2:ModifyNetworkInterfaceAttribute', {
      NetworkInterfaceId: created.eniId,
      Attachment: { AttachmentId: 'eni-attach-0123456789abcdef0', DeleteOnTermination: true },
    });
    expect(wrong.code).toBe('InvalidAttachmentID.NotFound');
  });
});

suite('Secondary private IPv4 addresses (rules 19, 26)', () => {
  it('rule 26: assigns the lowest free addresses or the ones asked for, on running and stopped instances', () => {
    const l = lab();
    const a = run(l.world, { SubnetId: l.subnetA, InstanceType: 'm5.large' });
    const eth0 = a.instance.NetworkInterfaces[0].NetworkInterfaceId;
    const byCount = ok(a.world, 'ec2:AssignPrivateIpAddresses', { NetworkInterfaceId: eth0, SecondaryPrivateIpAddressCount: 2 });
    expect(byCount.response).toEqual({
      NetworkInterfaceId: eth0,
      AssignedPrivateIpAddresses: [{ PrivateIpAddress: '10.16.0.5' }, { PrivateIpAddress: '10.16.0.6' }],
    });
    const off = stop(byCount.world, a.id);
    const explicit = ok(off, 'ec2:AssignPrivateIpAddresses', { NetworkInterfaceId: eth0, PrivateIpAddresses: ['10.16.0.100'] });
    expect(privateIps(explicit.world, eth0)).toEqual(['10.16.0.4', '10.16.0.5', '10.16.0.6', '10.16.0.100']);
    const outside = no(off, 'ec2:AssignPrivateIpAddresses', { NetworkInterfaceId: eth0, PrivateIpAddresses: ['10.16.16.9'] });
    expect(outside.rule).toBe('ip.outside-subnet');
  });

  it('rule 19: refuses more addresses than the type allows per interface (PrivateIpAddressLimitExceeded)', () => {
    const l = lab();
    const a = run(l.world, { SubnetId: l.subnetA, InstanceType: 't3.micro' });
    const eth0 = a.instance.NetworkInterfaces[0].NetworkInterfaceId;
    const w = ok(a.world, 'ec2:AssignPrivateIpAddresses', { NetworkInterfaceId: eth0, SecondaryPrivateIpAddressCount: 1 }).world;
    const error = no(w, 'ec2:AssignPrivateIpAddresses', { NetworkInterfaceId: eth0, SecondaryPrivateIpAddressCount: 1 });
    expect(error.code).toBe('PrivateIpAddressLimitExceeded');
    expect(error.rule).toBe('eni.ip-limit');
  });

  it('rule 26: a secondary address moves only with AllowReassignment, and takes its Elastic IP along', () => {
    const l = lab();
    const a = run(l.world, { SubnetId: l.subnetA, InstanceType: 'm5.large' });
    const b = run(a.world, { SubnetId: l.subnetA, InstanceType: 'm5.large' });
    const eniA = a.instance.NetworkInterfaces[0].NetworkInterfaceId;
    const eniB = b.instance.NetworkInterfaces[0].NetworkInterfaceId;
    let w = ok(b.world, 'ec2:AssignPrivateIpAddresses', { NetworkInterfaceId: eniA, PrivateIpAddresses: ['10.16.0.50'] }).world;
    const eip = allocate(w);
    w = ok(eip.world, 'ec2:AssociateAddress', { AllocationId: eip.allocationId, NetworkInterfaceId: eniA, PrivateIpAddress: '10.16.0.50' }).world;
    const error = no(w, 'ec2:AssignPrivateIpAddresses', { NetworkInterfaceId: eniB, PrivateIpAddresses: ['10.16.0.50'] });
    expect(error.code).toBe('InvalidParameterValue');
    expect(error.rule).toBe('ip.secondary-in-use');
    const moved = ok(w, 'ec2:AssignPrivateIpAddresses', { NetworkInterfaceId: eniB, PrivateIpAddresses: ['10.16.0.50'], AllowReassignment: true });
    expect(privateIps(moved.world, eniA)).toEqual(['10.16.0.4']);
    expect(privateIps(moved.world, eniB)).toEqual(['10.16.0.5', '10.16.0.50']);
    expect(address(moved.world, eip.allocationId)).toMatchObject({ NetworkInterfaceId: eniB, PrivateIpAddress: '10.16.0.50', InstanceId: b.id });
  });

  it('rule 26: a primary address never moves and can’t be unassigned', () => {
    const l = lab();
    const a = run(l.world, { SubnetId: l.subnetA, InstanceType: 'm5.large' });
    const b = run(a.world, { SubnetId: l.subnetA, InstanceType: 'm5.large' });
    const eniA = a.instance.NetworkInterfaces[0].NetworkInterfaceId;
    const eniB = b.instance.NetworkInterfaces[0].NetworkInterfaceId;
    const move = no(b.world, 'ec2:AssignPrivateIpAddresses', { NetworkInterfaceId: eniB, PrivateIpAddresses: ['10.16.0.4'], AllowReassignment: true });
    expect(move.code).toBe('InvalidParameterValue');
    expect(move.rule).toBe('ip.primary-immovable');
    const unassign = no(b.world, 'ec2:UnassignPrivateIpAddresses', { NetworkInterfaceId: eniA, PrivateIpAddresses: ['10.16.0.4'] });
    expect(unassign.rule).toBe('ip.primary-immovable');
    const notMine = no(b.world, 'ec2:UnassignPrivateIpAddresses', { NetworkInterfaceId: eniA, PrivateIpAddresses: ['10.16.0.77'] });
    expect(notMine.code).toBe('InvalidParameterValue');
    expect(notMine.rule).toBe('ip.not-assigned');
  });

  it('rule 26: unassigning a secondary address disassociates its Elastic IP (which stays allocated)', () => {
    const l = lab();
    const a = run(l.world, { SubnetId: l.subnetA, InstanceType: 'm5.large' });
    const eth0 = a.instance.NetworkInterfaces[0].NetworkInterfaceId;
    let w = ok(a.world, 'ec2:AssignPrivateIpAddresses', { NetworkInterfaceId: eth0, PrivateIpAddresses: ['10.16.0.60'] }).world;
    const eip = allocate(w);
    w = ok(eip.world, 'ec2:AssociateAddress', { AllocationId: eip.allocationId, NetworkInterfaceId: eth0, PrivateIpAddress: '10.16.0.60' }).world;
    const r = ok(w, 'ec2:UnassignPrivateIpAddresses', { NetworkInterfaceId: eth0, PrivateIpAddresses: ['10.16.0.60'] });
    expect(privateIps(r.world, eth0)).toEqual(['10.16.0.4']);
    const after = address(r.world, eip.allocationId);
    expect(after.AssociationId).toBeUndefined();
    expect(after.PublicIp).toBe(eip.publicIp);
  });
});

suite('IPv6 addresses (rule 27)', () => {
  it('refuses IPv6 in a subnet without an IPv6 block', () => {
    const l = lab();
    const created = createEni(l.world, l.subnetA);
    const error = no(created.world, 'ec2:AssignIpv6Addresses', { NetworkInterfaceId: created.eniId, Ipv6AddressCount: 1 });
    expect(error.code).toBe('InvalidParameterValue');
    expect(error.rule).toBe('ipv6.subnet-none');
    expect(no(l.world, 'ec2:CreateNetworkInterface', { SubnetId: l.subnetA, Ipv6AddressCount: 1 }).rule).toBe('ipv6.subnet-none');
  });

  it('assigns addresses from the subnet’s /64 that persist across stop/start', () => {
    const l = ipv6Lab();
    const a = run(l.world, { SubnetId: l.subnet6 });
    const eth0 = a.instance.NetworkInterfaces[0].NetworkInterfaceId;
    const r = ok(a.world, 'ec2:AssignIpv6Addresses', { NetworkInterfaceId: eth0, Ipv6AddressCount: 2 });
    const assigned: string[] = r.response.AssignedIpv6Addresses;
    expect(assigned).toHaveLength(2);
    const prefix = l.subnetIpv6.split('::')[0] ?? '';
    for (const a6 of assigned) expect(a6.startsWith(prefix)).toBe(true);
    const cycled = start(stop(r.world, a.id), a.id);
    expect(inst(cycled, a.id).NetworkInterfaces[0].Ipv6Addresses.map((x: any) => x.Ipv6Address)).toEqual(assigned);
    expect(inst(cycled, a.id).Ipv6Address).toBe(assigned[0]);
  });

  it('refuses an address outside the /64, one held elsewhere, and more than the type allows', () => {
    const l = ipv6Lab();
    const a = run(l.world, { SubnetId: l.subnet6, InstanceType: 't3.micro' });
    const eth0 = a.instance.NetworkInterfaces[0].NetworkInterfaceId;
    const outside = no(a.world, 'ec2:AssignIpv6Addresses', { NetworkInterfaceId: eth0, Ipv6Addresses: ['2001:db8::1'] });
    expect(outside.code).toBe('InvalidParameterValue');
    expect(outside.rule).toBe('ipv6.outside-subnet');
    const mine = `${l.subnetIpv6.split('::')[0]}::abcd`;
    const held = createEni(a.world, l.subnet6, { Ipv6Addresses: [{ Ipv6Address: mine }] });
    expect(held.response.NetworkInterface.Ipv6Addresses[0].Ipv6Address).toBe(mine);
    const used = no(held.world, 'ec2:AssignIpv6Addresses', { NetworkInterfaceId: eth0, Ipv6Addresses: [mine] });
    expect(used.code).toBe('InvalidIPAddress.InUse');
    expect(used.rule).toBe('ipv6.in-use');
    const limit = no(a.world, 'ec2:AssignIpv6Addresses', { NetworkInterfaceId: eth0, Ipv6AddressCount: 3 });
    expect(limit.rule).toBe('ipv6.limit');
    // unassign frees it for another interface
    const freed = ok(held.world, 'ec2:UnassignIpv6Addresses', { NetworkInterfaceId: held.eniId, Ipv6Addresses: [mine] });
    expect(freed.response.UnassignedIpv6Addresses).toEqual([mine]);
    expect(ok(freed.world, 'ec2:AssignIpv6Addresses', { NetworkInterfaceId: eth0, Ipv6Addresses: [mine] }).response.AssignedIpv6Addresses).toEqual([mine]);
  });

  it('releases the IPv6 addresses of an instance’s own interfaces on terminate', () => {
    const l = ipv6Lab();
    const a = run(l.world, { NetworkInterfaces: [{ DeviceIndex: 0, SubnetId: l.subnet6, Ipv6AddressCount: 1 }] });
    const mine: string = a.instance.NetworkInterfaces[0].Ipv6Addresses[0].Ipv6Address;
    const t = ok(a.world, 'ec2:TerminateInstances', { InstanceIds: [a.id] }).world;
    const reuse = createEni(t, l.subnet6, { Ipv6Addresses: [{ Ipv6Address: mine }] });
    expect(reuse.response.NetworkInterface.Ipv6Addresses).toEqual([{ Ipv6Address: mine, IsPrimaryIpv6: false }]);
  });
});

suite('DescribeNetworkInterfaces', () => {
  it('filters by subnet, status, attachment and address', () => {
    const l = lab();
    const a = run(l.world, { SubnetId: l.subnetA });
    const free = createEni(a.world, l.subnetB);
    const w = free.world;
    const list = (filters: any[]) =>
      describe(w, 'ec2:DescribeNetworkInterfaces', { Filters: filters }).NetworkInterfaces.map((n: any) => n.NetworkInterfaceId);
    const eth0 = a.instance.NetworkInterfaces[0].NetworkInterfaceId;
    expect(list([{ Name: 'status', Values: ['available'] }])).toEqual([free.eniId]);
    expect(list([{ Name: 'attachment.instance-id', Values: [a.id] }])).toEqual([eth0]);
    expect(list([{ Name: 'subnet-id', Values: [l.subnetB] }])).toEqual([free.eniId]);
    expect(list([{ Name: 'private-ip-address', Values: ['10.16.0.4'] }])).toEqual([eth0]);
    expect(list([{ Name: 'vpc-id', Values: [l.vpcId] }])).toEqual([eth0, free.eniId]);
  });
});
