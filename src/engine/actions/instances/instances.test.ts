import { describe as suite, expect, it } from 'vitest';
import { ACTIONS } from '../index';
import { createWorld, describe } from '../../index';
import type { World } from '../../model/world';
import { no, ok } from '../../engine-test-helpers';
import { ami, createEni, inst, lab, run, start, stop } from '../compute-test-helpers';

function reservationsOf(world: World, params: Record<string, unknown> = {}): any[] {
  return describe(world, 'ec2:DescribeInstances', params).Reservations;
}

function idsOf(world: World, params: Record<string, unknown>): string[] {
  return reservationsOf(world, params).flatMap((r: any) => r.Instances.map((i: any) => i.InstanceId));
}

suite('RunInstances: the Reservation shape', () => {
  it('launches into the default VPC with a settled running instance, eth0, private and public IPv4 and DNS names', () => {
    const world = createWorld({ defaultVpc: true });
    const r = run(world);
    const res = r.response;
    expect(res.ReservationId).toMatch(/^r-0[0-9a-f]{16}$/);
    expect(res.OwnerId).toBe('111122223333');
    expect(res.Groups).toEqual([]);
    const i = res.Instances[0];
    expect(i.InstanceId).toMatch(/^i-0[0-9a-f]{16}$/);
    expect(i.State).toEqual({ Code: 16, Name: 'running' });
    expect(i.InstanceType).toBe('t3.micro');
    expect(i.Placement.AvailabilityZone).toBe('us-east-1a');
    expect(i.Placement.Tenancy).toBe('default');
    expect(i.PrivateIpAddress).toBe('172.31.0.4');
    expect(i.PrivateDnsName).toBe('ip-172-31-0-4.ec2.internal');
    expect(i.PublicIpAddress).toMatch(/^(54\.160|3\.80|44\.192)\.\d+\.\d+$/);
    expect(i.PublicDnsName).toBe(`ec2-${i.PublicIpAddress.replaceAll('.', '-')}.compute-1.amazonaws.com`);
    expect(i.RootDeviceType).toBe('ebs');
    expect(i.AmiLaunchIndex).toBe(0);
    expect(i.LaunchTime).toBe('2025-01-01T00:00:00.000Z');
    expect(i.SecurityGroups).toHaveLength(1);
    expect(i.SecurityGroups[0].GroupName).toBe('default');
    expect(i.SourceDestCheck).toBe(true);
    expect(i.MetadataOptions).toMatchObject({ HttpTokens: 'optional', HttpEndpoint: 'enabled', HttpPutResponseHopLimit: 1 });
    const nic = i.NetworkInterfaces[0];
    expect(nic.NetworkInterfaceId).toMatch(/^eni-0[0-9a-f]{16}$/);
    expect(nic.Attachment).toMatchObject({ DeviceIndex: 0, Status: 'attached', DeleteOnTermination: true });
    expect(nic.MacAddress).toMatch(/^(02|06|0a|0e)(:[0-9a-f]{2}){5}$/);
    expect(nic.PrivateIpAddresses).toEqual([
      {
        Association: { IpOwnerId: 'amazon', PublicIp: i.PublicIpAddress, PublicDnsName: i.PublicDnsName },
        Primary: true,
        PrivateDnsName: 'ip-172-31-0-4.ec2.internal',
        PrivateIpAddress: '172.31.0.4',
      },
    ]);
    expect(r.events.filter((e) => e.type === 'instance-state').map((e) => e.to)).toEqual(['pending', 'running']);
    expect(r.events.some((e) => e.type === 'public-ip-assigned' && e.to === i.PublicIpAddress)).toBe(true);
    // DescribeInstances shows the same instance in its reservation
    const described = reservationsOf(r.world);
    expect(described).toHaveLength(1);
    expect(described[0].ReservationId).toBe(res.ReservationId);
    expect(described[0].Instances[0]).toEqual(i);
  });

  it('launches MaxCount instances in one reservation with consecutive addresses and launch indexes', () => {
    const l = lab();
    const r = run(l.world, { SubnetId: l.subnetA, MinCount: 3, MaxCount: 3 });
    expect(r.response.Instances.map((i: any) => i.PrivateIpAddress)).toEqual(['10.16.0.4', '10.16.0.5', '10.16.0.6']);
    expect(r.response.Instances.map((i: any) => i.AmiLaunchIndex)).toEqual([0, 1, 2]);
    expect(new Set(r.response.Instances.map((i: any) => i.InstanceId)).size).toBe(3);
  });

  it('keeps decoded user data for the instance and returns it base64-encoded', () => {
    const l = lab();
    const script = '#!/bin/bash\necho héllo > /tmp/x\n';
    const encoded = 'IyEvYmluL2Jhc2gKZWNobyBow6lsbG8gPiAvdG1wL3gK';
    const r = run(l.world, { SubnetId: l.subnetA, UserData: encoded });
    expect(r.world.instances.get(r.id)?.userData).toBe(script);
    expect(describe(r.world, 'ec2:DescribeInstanceAttribute', { InstanceId: r.id, Attribute: 'userData' })).toEqual({
      InstanceId: r.id,
      UserData: { Value: encoded },
    });
    const bad = no(l.world, 'ec2:RunInstances', {
      ImageId: ami(l.world), InstanceType: 't3.micro', MinCount: 1, MaxCount: 1, SubnetId: l.subnetA, UserData: 'not base64!!',
    });
    expect(bad.code).toBe('InvalidParameterValue');
    expect(bad.rule).toBe('instance.user-data.invalid');
    expect(bad.message).toBe('Invalid BASE64 encoding of user data.');
  });

  it('refuses a launch without a subnet when the region has no default VPC (VPCIdNotSpecified)', () => {
    const l = lab();
    const error = no(l.world, 'ec2:RunInstances', { ImageId: ami(l.world), InstanceType: 't3.micro', MinCount: 1, MaxCount: 1 });
    expect(error.code).toBe('VPCIdNotSpecified');
    expect(error.rule).toBe('instance.launch.no-default-vpc');
  });

  it('records the IAM instance profile, key name and metadata options', () => {
    const l = lab();
    const keyed = ok(l.world, 'ec2:CreateKeyPair', { KeyName: 'lab-key' }).world;
    const r = run(keyed, {
      SubnetId: l.subnetA,
      KeyName: 'lab-key',
      IamInstanceProfile: { Name: 'WebRole' },
      MetadataOptions: { HttpTokens: 'required', HttpPutResponseHopLimit: 2 },
    });
    expect(r.instance.KeyName).toBe('lab-key');
    expect(r.instance.IamInstanceProfile.Arn).toBe('arn:aws:iam::111122223333:instance-profile/WebRole');
    expect(r.instance.MetadataOptions).toMatchObject({ HttpTokens: 'required', HttpPutResponseHopLimit: 2, State: 'applied' });
  });
});

suite('RunInstances: instance types (rule 55)', () => {
  it('refuses an unknown instance type with InvalidParameterValue and accepts a real one', () => {
    const l = lab();
    const params = { ImageId: ami(l.world), MinCount: 1, MaxCount: 1, SubnetId: l.subnetA };
    const error = no(l.world, 'ec2:RunInstances', { ...params, InstanceType: 't3.enormous' });
    expect(error.code).toBe('InvalidParameterValue');
    expect(error.rule).toBe('instance.type.unknown');
    expect(error.message).toBe("Invalid value 't3.enormous' for InstanceType.");
    expect(ok(l.world, 'ec2:RunInstances', { ...params, InstanceType: 'r5dn.8xlarge' }).response.Instances[0].InstanceType).toBe(
      'r5dn.8xlarge',
    );
  });
});

suite('RunInstances: private addressing (rules 6–9)', () => {
  it('rule 7: refuses a PrivateIpAddress outside the subnet, accepts one inside', () => {
    const l = lab();
    const base = { ImageId: ami(l.world), InstanceType: 't3.micro', MinCount: 1, MaxCount: 1, SubnetId: l.subnetA };
    const error = no(l.world, 'ec2:RunInstances', { ...base, PrivateIpAddress: '10.16.16.10' });
    expect(error.code).toBe('InvalidParameterValue');
    expect(error.rule).toBe('ip.outside-subnet');
    expect(error.message).toBe(`Address 10.16.16.10 does not fall within the subnet's address range (subnet ${l.subnetA})`);
    expect(ok(l.world, 'ec2:RunInstances', { ...base, PrivateIpAddress: '10.16.0.10' }).response.Instances[0].PrivateIpAddress).toBe(
      '10.16.0.10',
    );
  });

  it('rule 6: refuses the five reserved addresses of the subnet', () => {
    const l = lab();
    const base = { ImageId: ami(l.world), InstanceType: 't3.micro', MinCount: 1, MaxCount: 1, SubnetId: l.subnetA };
    for (const reserved of ['10.16.0.0', '10.16.0.1', '10.16.0.2', '10.16.0.3', '10.16.15.255']) {
      const error = no(l.world, 'ec2:RunInstances', { ...base, PrivateIpAddress: reserved });
      expect(error.code).toBe('InvalidParameterValue');
      expect(error.rule).toBe('ip.reserved');
    }
    expect(ok(l.world, 'ec2:RunInstances', { ...base, PrivateIpAddress: '10.16.15.254' }).response.Instances[0].PrivateIpAddress).toBe(
      '10.16.15.254',
    );
  });

  it('rule 8: refuses an address another interface holds (InvalidIPAddress.InUse), even when that instance is stopped', () => {
    const l = lab();
    const first = run(l.world, { SubnetId: l.subnetA, PrivateIpAddress: '10.16.0.10' });
    const stopped = stop(first.world, first.id);
    const error = no(stopped, 'ec2:RunInstances', {
      ImageId: ami(l.world), InstanceType: 't3.micro', MinCount: 1, MaxCount: 1, SubnetId: l.subnetA, PrivateIpAddress: '10.16.0.10',
    });
    expect(error.code).toBe('InvalidIPAddress.InUse');
    expect(error.rule).toBe('ip.in-use');
    // the automatic pick skips it and takes the lowest free address
    expect(run(stopped, { SubnetId: l.subnetA }).instance.PrivateIpAddress).toBe('10.16.0.4');
  });

  it('rule 9: a /28 holds 11 instances; stopped instances keep their addresses; MinCount/MaxCount launch what fits', () => {
    let world = lab().world;
    const vpcId = describe(world, 'ec2:DescribeVpcs').Vpcs[0].VpcId;
    const sub = ok(world, 'ec2:CreateSubnet', { VpcId: vpcId, CidrBlock: '10.16.200.0/28', AvailabilityZone: 'us-east-1a' });
    world = sub.world;
    const subnetId = sub.response.Subnet.SubnetId;
    const r = run(world, { SubnetId: subnetId, MinCount: 1, MaxCount: 20 });
    expect(r.response.Instances).toHaveLength(11);
    expect(r.response.Instances.at(-1).PrivateIpAddress).toBe('10.16.200.14');
    expect(r.events.some((e) => e.type === 'notice' && e.message.includes('Only 11 of the 20'))).toBe(true);
    world = ok(r.world, 'ec2:StopInstances', { InstanceIds: r.response.Instances.map((i: any) => i.InstanceId) }).world;
    const error = no(world, 'ec2:RunInstances', {
      ImageId: ami(world), InstanceType: 't3.micro', MinCount: 1, MaxCount: 1, SubnetId: subnetId,
    });
    expect(error.code).toBe('InsufficientFreeAddressesInSubnet');
    expect(error.rule).toBe('subnet.full');
    expect(describe(world, 'ec2:DescribeSubnets', { SubnetIds: [subnetId] }).Subnets[0].AvailableIpAddressCount).toBe(0);
    // terminating frees the addresses
    world = ok(world, 'ec2:TerminateInstances', { InstanceIds: [r.id] }).world;
    expect(run(world, { SubnetId: subnetId }).instance.PrivateIpAddress).toBe('10.16.200.4');
  });
});

suite('RunInstances: placement and groups (rules 10, 11, 13)', () => {
  it('rule 10: refuses a Placement AZ that is not the subnet’s, accepts the matching one', () => {
    const l = lab();
    const base = { ImageId: ami(l.world), InstanceType: 't3.micro', MinCount: 1, MaxCount: 1, SubnetId: l.subnetA };
    const error = no(l.world, 'ec2:RunInstances', { ...base, Placement: { AvailabilityZone: 'us-east-1b' } });
    expect(error.code).toBe('InvalidParameterValue');
    expect(error.rule).toBe('instance.launch.az-mismatch');
    expect(error.message).toBe(
      `Value (us-east-1b) for parameter availabilityZone is invalid. Subnet '${l.subnetA}' is in the availability zone us-east-1a`,
    );
    expect(ok(l.world, 'ec2:RunInstances', { ...base, Placement: { AvailabilityZone: 'us-east-1a' } }).response.Instances[0].Placement.AvailabilityZone).toBe('us-east-1a');
  });

  it('picks the default subnet of the Placement AZ when no subnet is named', () => {
    const world = createWorld({ defaultVpc: true });
    const r = run(world, { Placement: { AvailabilityZone: 'us-east-1c' } });
    expect(r.instance.Placement.AvailabilityZone).toBe('us-east-1c');
    expect(r.instance.PrivateIpAddress).toBe('172.31.32.4');
  });

  it('rule 11: refuses a security group of another VPC (InvalidParameter), accepts one of the subnet’s VPC', () => {
    const l = lab({ defaultVpc: true });
    const defaultVpc = describe(l.world, 'ec2:DescribeVpcs', { Filters: [{ Name: 'is-default', Values: ['true'] }] }).Vpcs[0].VpcId;
    const other = ok(l.world, 'ec2:CreateSecurityGroup', { GroupName: 'web', Description: 'web', VpcId: defaultVpc });
    const mine = ok(other.world, 'ec2:CreateSecurityGroup', { GroupName: 'web', Description: 'web', VpcId: l.vpcId });
    const base = { ImageId: ami(l.world), InstanceType: 't3.micro', MinCount: 1, MaxCount: 1, SubnetId: l.subnetA };
    const error = no(mine.world, 'ec2:RunInstances', { ...base, SecurityGroupIds: [other.response.GroupId] });
    expect(error.code).toBe('InvalidParameter');
    expect(error.rule).toBe('instance.launch.sg-vpc');
    expect(error.message).toBe(`Security group ${other.response.GroupId} and subnet ${l.subnetA} belong to different networks.`);
    const r = ok(mine.world, 'ec2:RunInstances', { ...base, SecurityGroupIds: [mine.response.GroupId] });
    expect(r.response.Instances[0].SecurityGroups).toEqual([{ GroupId: mine.response.GroupId, GroupName: 'web' }]);
  });

  it('rule 13: NetworkInterfaces exclude an instance-level SubnetId, and a fixed IP excludes several instances', () => {
    const l = lab();
    const base = { ImageId: ami(l.world), InstanceType: 't3.micro', MinCount: 1, MaxCount: 1 };
    const error = no(l.world, 'ec2:RunInstances', {
      ...base,
      SubnetId: l.subnetA,
      NetworkInterfaces: [{ DeviceIndex: 0, SubnetId: l.subnetA }],
    });
    expect(error.code).toBe('InvalidParameterCombination');
    expect(error.rule).toBe('instance.launch.nic-and-subnet');
    expect(error.message).toBe(`Network interfaces and an instance-level subnet ID may not be specified on the same request (subnet ${l.subnetA})`);
    const many = no(l.world, 'ec2:RunInstances', { ...base, MaxCount: 2, SubnetId: l.subnetA, PrivateIpAddress: '10.16.0.10' });
    expect(many.code).toBe('InvalidParameterCombination');
    expect(many.rule).toBe('instance.launch.private-ip-count');
    const r = ok(l.world, 'ec2:RunInstances', { ...base, NetworkInterfaces: [{ DeviceIndex: 0, SubnetId: l.subnetA, PrivateIpAddress: '10.16.0.20' }] });
    expect(r.response.Instances[0].PrivateIpAddress).toBe('10.16.0.20');
  });
});

suite('RunInstances: interfaces at launch (rules 15–19)', () => {
  it('rule 18: refuses more interfaces than the type allows (AttachmentLimitExceeded)', () => {
    const l = lab();
    const nics = [0, 1, 2].map((i) => ({ DeviceIndex: i, SubnetId: l.subnetA }));
    const base = { ImageId: ami(l.world), MinCount: 1, MaxCount: 1, NetworkInterfaces: nics };
    const error = no(l.world, 'ec2:RunInstances', { ...base, InstanceType: 't3.micro' });
    expect(error.code).toBe('AttachmentLimitExceeded');
    expect(error.rule).toBe('eni.attach.limit');
    expect(error.message).toBe(`Interface count 3 exceeds the limit for t3.micro (subnet ${l.subnetA})`);
    const r = ok(l.world, 'ec2:RunInstances', { ...base, InstanceType: 'm5.large' });
    expect(r.response.Instances[0].NetworkInterfaces.map((n: any) => n.Attachment.DeviceIndex)).toEqual([0, 1, 2]);
  });

  it('rule 19: refuses more private IPv4 per interface than the type allows (InvalidInterface.IpAddressLimitExceeded)', () => {
    const l = lab();
    const base = { ImageId: ami(l.world), InstanceType: 't3.micro', MinCount: 1, MaxCount: 1 };
    const error = no(l.world, 'ec2:RunInstances', {
      ...base,
      NetworkInterfaces: [{ DeviceIndex: 0, SubnetId: l.subnetA, SecondaryPrivateIpAddressCount: 2 }],
    });
    expect(error.code).toBe('InvalidInterface.IpAddressLimitExceeded');
    expect(error.rule).toBe('eni.ip-limit.instance-type');
    const r = ok(l.world, 'ec2:RunInstances', {
      ...base,
      NetworkInterfaces: [{ DeviceIndex: 0, SubnetId: l.subnetA, SecondaryPrivateIpAddressCount: 1 }],
    });
    expect(r.response.Instances[0].NetworkInterfaces[0].PrivateIpAddresses.map((a: any) => [a.PrivateIpAddress, a.Primary])).toEqual([
      ['10.16.0.4', true],
      ['10.16.0.5', false],
    ]);
  });

  it('rule 15: every launch interface must be in the instance’s AZ; another subnet of that AZ is fine', () => {
    const l = lab();
    const base = { ImageId: ami(l.world), InstanceType: 't3.small', MinCount: 1, MaxCount: 1 };
    const error = no(l.world, 'ec2:RunInstances', {
      ...base,
      NetworkInterfaces: [
        { DeviceIndex: 0, SubnetId: l.subnetA },
        { DeviceIndex: 1, SubnetId: l.subnetB },
      ],
    });
    expect(error.code).toBe('InvalidParameterCombination');
    expect(error.rule).toBe('eni.attach.same-az');
    const r = ok(l.world, 'ec2:RunInstances', {
      ...base,
      NetworkInterfaces: [
        { DeviceIndex: 0, SubnetId: l.subnetA },
        { DeviceIndex: 1, SubnetId: l.subnetA2 },
      ],
    });
    expect(r.response.Instances[0].NetworkInterfaces.map((n: any) => n.SubnetId)).toEqual([l.subnetA, l.subnetA2]);
  });

  it('rule 16: launching with an interface that is already attached is refused; a free one becomes eth0 (DeleteOnTermination false)', () => {
    const l = lab();
    const created = createEni(l.world, l.subnetA);
    const r = run(created.world, { NetworkInterfaces: [{ DeviceIndex: 0, NetworkInterfaceId: created.eniId }] });
    expect(r.instance.NetworkInterfaces[0].NetworkInterfaceId).toBe(created.eniId);
    expect(r.instance.NetworkInterfaces[0].Attachment.DeleteOnTermination).toBe(false);
    const error = no(r.world, 'ec2:RunInstances', {
      ImageId: ami(l.world), InstanceType: 't3.micro', MinCount: 1, MaxCount: 1,
      NetworkInterfaces: [{ DeviceIndex: 0, NetworkInterfaceId: created.eniId }],
    });
    expect(error.code).toBe('InvalidNetworkInterface.InUse');
    expect(error.rule).toBe('eni.in-use');
    expect(error.message).toBe(`Interface: [${created.eniId}] in use.`);
  });
});

suite('RunInstances: public IPv4 at launch (rules 28, 29)', () => {
  it('rule 28: a non-default subnet gives no public IPv4 unless AssociatePublicIpAddress asks for one', () => {
    const l = lab();
    const none = run(l.world, { SubnetId: l.subnetA });
    expect(none.instance.PublicIpAddress).toBeUndefined();
    expect(none.instance.PublicDnsName).toBe('');
    const asked = run(l.world, { NetworkInterfaces: [{ DeviceIndex: 0, SubnetId: l.subnetA, AssociatePublicIpAddress: true }] });
    expect(asked.instance.PublicIpAddress).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
    expect(asked.instance.PublicDnsName).toBe(`ec2-${asked.instance.PublicIpAddress.replaceAll('.', '-')}.compute-1.amazonaws.com`);
    // the subnet setting applies when the launch says nothing
    const mapped = ok(l.world, 'ec2:ModifySubnetAttribute', { SubnetId: l.subnetA, MapPublicIpOnLaunch: { Value: true } }).world;
    expect(run(mapped, { SubnetId: l.subnetA }).instance.PublicIpAddress).toBeDefined();
    expect(
      run(mapped, { NetworkInterfaces: [{ DeviceIndex: 0, SubnetId: l.subnetA, AssociatePublicIpAddress: false }] }).instance
        .PublicIpAddress,
    ).toBeUndefined();
  });

  it('rule 28: without both DNS attributes there is a public IP but no public DNS name', () => {
    const l = lab({ dnsHostnames: false });
    const r = run(l.world, { NetworkInterfaces: [{ DeviceIndex: 0, SubnetId: l.subnetA, AssociatePublicIpAddress: true }] });
    expect(r.instance.PublicIpAddress).toBeDefined();
    expect(r.instance.PublicDnsName).toBe('');
  });

  it('rule 28: an existing interface as eth0 never gets a public IPv4, and asking for one is refused', () => {
    const l = lab();
    const mapped = ok(l.world, 'ec2:ModifySubnetAttribute', { SubnetId: l.subnetA, MapPublicIpOnLaunch: { Value: true } }).world;
    const created = createEni(mapped, l.subnetA);
    const error = no(created.world, 'ec2:RunInstances', {
      ImageId: ami(l.world), InstanceType: 't3.micro', MinCount: 1, MaxCount: 1,
      NetworkInterfaces: [{ DeviceIndex: 0, NetworkInterfaceId: created.eniId, AssociatePublicIpAddress: true }],
    });
    expect(error.code).toBe('InvalidParameterCombination');
    expect(error.rule).toBe('instance.public-ip.existing-eni');
    const r = run(created.world, { NetworkInterfaces: [{ DeviceIndex: 0, NetworkInterfaceId: created.eniId }] });
    expect(r.instance.PublicIpAddress).toBeUndefined();
  });

  it('rule 28: AssociatePublicIpAddress on a secondary interface is refused', () => {
    const l = lab();
    const error = no(l.world, 'ec2:RunInstances', {
      ImageId: ami(l.world), InstanceType: 't3.small', MinCount: 1, MaxCount: 1,
      NetworkInterfaces: [
        { DeviceIndex: 0, SubnetId: l.subnetA },
        { DeviceIndex: 1, SubnetId: l.subnetA, AssociatePublicIpAddress: true },
      ],
    });
    expect(error.code).toBe('InvalidParameterCombination');
    expect(error.rule).toBe('instance.public-ip.not-eth0');
  });

  it('rule 29: no automatic public IPv4 with several interfaces, even in a subnet that maps public IPs', () => {
    const world = createWorld({ defaultVpc: true });
    const subnets = describe(world, 'ec2:DescribeSubnets', { Filters: [{ Name: 'availability-zone', Values: ['us-east-1a'] }] }).Subnets;
    const subnetId = subnets[0].SubnetId;
    const base = { ImageId: ami(world), InstanceType: 't3.small', MinCount: 1, MaxCount: 1 };
    const error = no(world, 'ec2:RunInstances', {
      ...base,
      NetworkInterfaces: [
        { DeviceIndex: 0, SubnetId: subnetId, AssociatePublicIpAddress: true },
        { DeviceIndex: 1, SubnetId: subnetId },
      ],
    });
    expect(error.code).toBe('InvalidParameterCombination');
    expect(error.rule).toBe('instance.public-ip.multiple-nics');
    expect(error.message).toBe(
      `The associatePublicIPAddress parameter cannot be specified when launching with multiple network interfaces. (subnet ${subnetId})`,
    );
    const r = ok(world, 'ec2:RunInstances', {
      ...base,
      NetworkInterfaces: [
        { DeviceIndex: 0, SubnetId: subnetId },
        { DeviceIndex: 1, SubnetId: subnetId },
      ],
    });
    expect(r.response.Instances[0].PublicIpAddress).toBeUndefined();
    expect(r.response.Instances[0].NetworkInterfaces).toHaveLength(2);
  });
});

suite('Lifecycle and the public IPv4 (rules 30, 31, 34, 47)', () => {
  it('rule 30: a reboot keeps the public IPv4, the private IPv4 and the state', () => {
    const world = createWorld({ defaultVpc: true });
    const r = run(world);
    const rebooted = ok(r.world, 'ec2:RebootInstances', { InstanceIds: [r.id] });
    const after = inst(rebooted.world, r.id);
    expect(after.PublicIpAddress).toBe(r.instance.PublicIpAddress);
    expect(after.PrivateIpAddress).toBe(r.instance.PrivateIpAddress);
    expect(after.State.Name).toBe('running');
    expect(rebooted.events.map((e) => e.type)).toContain('instance-reboot');
  });

  it('rule 31: stop releases the dynamic public IPv4; start gives a brand-new one; the private IPv4 stays', () => {
    const world = createWorld({ defaultVpc: true });
    const r = run(world);
    const before = r.instance.PublicIpAddress;
    const stopped = ok(r.world, 'ec2:StopInstances', { InstanceIds: [r.id] });
    expect(stopped.response.StoppingInstances).toEqual([
      { InstanceId: r.id, PreviousState: { Code: 16, Name: 'running' }, CurrentState: { Code: 80, Name: 'stopped' } },
    ]);
    expect(stopped.events.filter((e) => e.type === 'instance-state').map((e) => e.to)).toEqual(['stopping', 'stopped']);
    expect(stopped.events.find((e) => e.type === 'public-ip-released')?.from).toBe(before);
    const off = inst(stopped.world, r.id);
    expect(off.State).toEqual({ Code: 80, Name: 'stopped' });
    expect(off.PublicIpAddress).toBeUndefined();
    expect(off.PublicDnsName).toBe('');
    expect(off.PrivateIpAddress).toBe('172.31.0.4');
    expect(off.StateReason).toEqual({ Code: 'Client.UserInitiatedShutdown', Message: 'Client.UserInitiatedShutdown: User initiated shutdown' });
    const started = ok(stopped.world, 'ec2:StartInstances', { InstanceIds: [r.id] });
    expect(started.response.StartingInstances[0].CurrentState).toEqual({ Code: 16, Name: 'running' });
    const on = inst(started.world, r.id);
    expect(on.PublicIpAddress).toBeDefined();
    expect(on.PublicIpAddress).not.toBe(before);
    expect(on.PrivateIpAddress).toBe('172.31.0.4');
    expect(on.NetworkInterfaces[0].MacAddress).toBe(r.instance.NetworkInterfaces[0].MacAddress);
  });

  it('rule 34: with two interfaces attached the instance gets no new public IPv4 after stop/start', () => {
    const world = createWorld({ defaultVpc: true });
    const r = run(world);
    const subnetId = r.instance.SubnetId;
    const second = createEni(r.world, subnetId);
    let w = ok(second.world, 'ec2:AttachNetworkInterface', { NetworkInterfaceId: second.eniId, InstanceId: r.id, DeviceIndex: 1 }).world;
    // attaching does not take the running instance's address away
    expect(inst(w, r.id).PublicIpAddress).toBe(r.instance.PublicIpAddress);
    w = stop(w, r.id);
    const started = ok(w, 'ec2:StartInstances', { InstanceIds: [r.id] });
    expect(inst(started.world, r.id).PublicIpAddress).toBeUndefined();
    expect(started.events.some((e) => e.type === 'notice' && e.message.includes('2 network interfaces'))).toBe(true);
    // detach the second interface and cycle again: the public IPv4 comes back
    const attachmentId = inst(started.world, r.id).NetworkInterfaces[1].Attachment.AttachmentId;
    w = ok(started.world, 'ec2:DetachNetworkInterface', { AttachmentId: attachmentId }).world;
    w = start(stop(w, r.id), r.id);
    expect(inst(w, r.id).PublicIpAddress).toBeDefined();
  });

  it('rule 47: state codes, and terminated instances stay visible for about an hour', () => {
    const world = createWorld({ defaultVpc: true });
    const r = run(world);
    const t = ok(r.world, 'ec2:TerminateInstances', { InstanceIds: [r.id] });
    expect(t.response.TerminatingInstances).toEqual([
      { InstanceId: r.id, PreviousState: { Code: 16, Name: 'running' }, CurrentState: { Code: 48, Name: 'terminated' } },
    ]);
    expect(t.events.filter((e) => e.type === 'instance-state').map((e) => e.to)).toEqual(['shutting-down', 'terminated']);
    const gone = inst(t.world, r.id);
    expect(gone.State).toEqual({ Code: 48, Name: 'terminated' });
    expect(gone.NetworkInterfaces).toEqual([]);
    expect(gone.PublicIpAddress).toBeUndefined();
    expect(idsOf(t.world, { Filters: [{ Name: 'instance-state-name', Values: ['terminated'] }] })).toEqual([r.id]);
  });

  it.skipIf(!ACTIONS.has('sim:AdvanceTime'))('rule 47: an hour after termination the instance is gone', () => {
    const world = createWorld({ defaultVpc: true });
    const r = run(world);
    const t = ok(r.world, 'ec2:TerminateInstances', { InstanceIds: [r.id] }).world;
    const almost = ok(t, 'sim:AdvanceTime', { Seconds: 3599 }).world;
    expect(idsOf(almost, {})).toEqual([r.id]);
    const later = ok(almost, 'sim:AdvanceTime', { Seconds: 1 }).world;
    expect(idsOf(later, {})).toEqual([]);
    expect(no(later, 'ec2:DescribeInstances', { InstanceIds: [r.id] }).code).toBe('InvalidInstanceID.NotFound');
  });

  it('rule 48: starting or stopping a terminated instance is refused; repeating a stop or start is a no-op', () => {
    const world = createWorld({ defaultVpc: true });
    const r = run(world);
    const startRunning = ok(r.world, 'ec2:StartInstances', { InstanceIds: [r.id] });
    expect(startRunning.response.StartingInstances[0]).toMatchObject({ PreviousState: { Name: 'running' }, CurrentState: { Name: 'running' } });
    const stopped = stop(r.world, r.id);
    const again = ok(stopped, 'ec2:StopInstances', { InstanceIds: [r.id] });
    expect(again.response.StoppingInstances[0]).toMatchObject({ PreviousState: { Code: 80 }, CurrentState: { Code: 80 } });
    const terminated = ok(r.world, 'ec2:TerminateInstances', { InstanceIds: [r.id] }).world;
    const s = no(terminated, 'ec2:StartInstances', { InstanceIds: [r.id] });
    expect(s.code).toBe('IncorrectInstanceState');
    expect(s.rule).toBe('instance.start.state');
    expect(s.message).toBe(`The instance '${r.id}' is not in a state from which it can be started.`);
    const p = no(terminated, 'ec2:StopInstances', { InstanceIds: [r.id] });
    expect(p.code).toBe('IncorrectInstanceState');
    expect(p.rule).toBe('instance.stop.state');
    expect(p.message).toBe(`This instance '${r.id}' is not in a state from which it can be stopped.`);
  });

  it('rule 49: a reboot never starts a stopped instance; a terminated one is ignored', () => {
    const world = createWorld({ defaultVpc: true });
    const r = run(world);
    const stopped = stop(r.world, r.id);
    const error = no(stopped, 'ec2:RebootInstances', { InstanceIds: [r.id] });
    expect(error.code).toBe('IncorrectInstanceState');
    expect(error.rule).toBe('instance.reboot.state');
    const terminated = ok(r.world, 'ec2:TerminateInstances', { InstanceIds: [r.id] }).world;
    const ignored = ok(terminated, 'ec2:RebootInstances', { InstanceIds: [r.id] });
    expect(inst(ignored.world, r.id).State.Name).toBe('terminated');
  });

  it('rule 50: an instance-store-backed instance can reboot or terminate but not stop', () => {
    const world = createWorld({ defaultVpc: true });
    const r = run(world, { ImageId: ami(world, 'instance-store'), InstanceType: 'm3.medium' });
    expect(r.instance.RootDeviceType).toBe('instance-store');
    const error = no(r.world, 'ec2:StopInstances', { InstanceIds: [r.id] });
    expect(error.code).toBe('UnsupportedOperation');
    expect(error.rule).toBe('instance.stop.instance-store');
    expect(error.message).toBe(`The instance '${r.id}' does not have an 'ebs' root device type and cannot be stopped.`);
    ok(r.world, 'ec2:RebootInstances', { InstanceIds: [r.id] });
    expect(inst(ok(r.world, 'ec2:TerminateInstances', { InstanceIds: [r.id] }).world, r.id).State.Name).toBe('terminated');
  });
});

suite('Termination protection, stop protection, shutdown behaviour (rules 51–53)', () => {
  it('rule 51: DisableApiTermination (at launch or later) blocks TerminateInstances', () => {
    const world = createWorld({ defaultVpc: true });
    const r = run(world, { DisableApiTermination: true });
    const error = no(r.world, 'ec2:TerminateInstances', { InstanceIds: [r.id] });
    expect(error.code).toBe('OperationNotPermitted');
    expect(error.rule).toBe('instance.terminate.protected');
    expect(error.message).toBe(`The instance '${r.id}' may not be terminated. Modify its 'disableApiTermination' instance attribute and try again.`);
    expect(describe(r.world, 'ec2:DescribeInstanceAttribute', { InstanceId: r.id, Attribute: 'disableApiTermination' })).toEqual({
      InstanceId: r.id,
      DisableApiTermination: { Value: true },
    });
    const off = ok(r.world, 'ec2:ModifyInstanceAttribute', { InstanceId: r.id, DisableApiTermination: { Value: false } }).world;
    expect(inst(ok(off, 'ec2:TerminateInstances', { InstanceIds: [r.id] }).world, r.id).State.Name).toBe('terminated');
    // set later with ModifyInstanceAttribute
    const plain = run(world);
    const on = ok(plain.world, 'ec2:ModifyInstanceAttribute', { InstanceId: plain.id, DisableApiTermination: { Value: true } }).world;
    expect(no(on, 'ec2:TerminateInstances', { InstanceIds: [plain.id] }).rule).toBe('instance.terminate.protected');
  });

  it('rule 51: in a multi-AZ batch only the AZs holding a protected instance are spared', () => {
    let world = createWorld({ defaultVpc: true });
    const a1 = run(world, { Placement: { AvailabilityZone: 'us-east-1a' }, DisableApiTermination: true });
    const a2 = run(a1.world, { Placement: { AvailabilityZone: 'us-east-1a' } });
    const b1 = run(a2.world, { Placement: { AvailabilityZone: 'us-east-1b' } });
    world = b1.world;
    const t = ok(world, 'ec2:TerminateInstances', { InstanceIds: [a1.id, a2.id, b1.id] });
    expect(t.response.TerminatingInstances.map((x: any) => x.InstanceId)).toEqual([b1.id]);
    expect(inst(t.world, a1.id).State.Name).toBe('running');
    expect(inst(t.world, a2.id).State.Name).toBe('running');
    expect(inst(t.world, b1.id).State.Name).toBe('terminated');
    const notice = t.events.find((e) => e.type === 'notice');
    expect(notice?.data?.code).toBe('OperationNotPermitted');
    expect(notice?.message).toContain(a2.id);
  });

  it('rule 52: an OS shutdown stops by default, and terminates with behaviour terminate even when protected', () => {
    const world = createWorld({ defaultVpc: true });
    const r = run(world, { DisableApiStop: true });
    const s = ok(r.world, 'sim:GuestShutdown', { InstanceId: r.id });
    expect(s.response).toMatchObject({ InstanceId: r.id, InstanceInitiatedShutdownBehavior: 'stop', CurrentState: { Name: 'stopped' } });
    expect(inst(s.world, r.id).StateReason.Code).toBe('Client.InstanceInitiatedShutdown');
    const p = run(world, { DisableApiTermination: true, InstanceInitiatedShutdownBehavior: 'terminate' });
    const t = ok(p.world, 'sim:GuestShutdown', { InstanceId: p.id });
    expect(inst(t.world, p.id).State.Name).toBe('terminated');
    // the attribute has no effect on StopInstances
    expect(inst(stop(p.world, p.id), p.id).State.Name).toBe('stopped');
    const error = no(s.world, 'sim:GuestShutdown', { InstanceId: r.id });
    expect(error.code).toBe('IncorrectInstanceState');
    expect(error.rule).toBe('instance.guest-shutdown.state');
  });

  it('rule 52: the shutdown behaviour can be changed with ModifyInstanceAttribute', () => {
    const world = createWorld({ defaultVpc: true });
    const r = run(world);
    const w = ok(r.world, 'ec2:ModifyInstanceAttribute', { InstanceId: r.id, InstanceInitiatedShutdownBehavior: { Value: 'terminate' } }).world;
    expect(describe(w, 'ec2:DescribeInstanceAttribute', { InstanceId: r.id, Attribute: 'instanceInitiatedShutdownBehavior' })).toEqual({
      InstanceId: r.id,
      InstanceInitiatedShutdownBehavior: { Value: 'terminate' },
    });
    expect(inst(ok(w, 'sim:GuestShutdown', { InstanceId: r.id }).world, r.id).State.Name).toBe('terminated');
  });

  it('rule 53: DisableApiStop blocks StopInstances and TerminateInstances', () => {
    const world = createWorld({ defaultVpc: true });
    const r = run(world, { DisableApiStop: true });
    const s = no(r.world, 'ec2:StopInstances', { InstanceIds: [r.id] });
    expect(s.code).toBe('OperationNotPermitted');
    expect(s.rule).toBe('instance.stop.protected');
    expect(s.message).toBe(`The instance '${r.id}' may not be stopped. Modify its 'disableApiStop' instance attribute and try again.`);
    const t = no(r.world, 'ec2:TerminateInstances', { InstanceIds: [r.id] });
    expect(t.code).toBe('OperationNotPermitted');
    expect(t.rule).toBe('instance.stop.protected');
    const off = ok(r.world, 'ec2:ModifyInstanceAttribute', { InstanceId: r.id, DisableApiStop: { Value: false } }).world;
    expect(inst(stop(off, r.id), r.id).State.Name).toBe('stopped');
  });

  it('rule 53: stop protection is refused for instance-store-backed instances', () => {
    const world = createWorld({ defaultVpc: true });
    const params = { ImageId: ami(world, 'instance-store'), InstanceType: 'm3.medium', MinCount: 1, MaxCount: 1, DisableApiStop: true };
    const error = no(world, 'ec2:RunInstances', params);
    expect(error.code).toBe('UnsupportedOperation');
    expect(error.rule).toBe('instance.stop-protection.unsupported');
    const r = run(world, { ImageId: ami(world, 'instance-store'), InstanceType: 'm3.medium' });
    expect(no(r.world, 'ec2:ModifyInstanceAttribute', { InstanceId: r.id, DisableApiStop: { Value: true } }).rule).toBe(
      'instance.stop-protection.unsupported',
    );
  });

  it('rule 74: termination protection is refused for a Spot launch', () => {
    const world = createWorld({ defaultVpc: true });
    const error = no(world, 'ec2:RunInstances', {
      ImageId: ami(world), InstanceType: 't3.micro', MinCount: 1, MaxCount: 1,
      InstanceMarketOptions: { MarketType: 'spot' },
      DisableApiTermination: true,
    });
    expect(error.code).toBe('UnsupportedOperation');
    expect(error.rule).toBe('instance.protection.spot');
    const r = run(world, { InstanceMarketOptions: { MarketType: 'spot' } });
    expect(r.instance.InstanceLifecycle).toBe('spot');
    const modify = no(r.world, 'ec2:ModifyInstanceAttribute', { InstanceId: r.id, DisableApiTermination: { Value: true } });
    expect(modify.code).toBe('UnsupportedOperation');
    expect(modify.message).toBe(`Modifying 'disableApiTermination' is not supported for spot instances. (instance ${r.id})`);
  });
});

suite('Attributes and vertical scaling (rules 22–24, 36, 54)', () => {
  it('rule 54: the instance type changes only while stopped', () => {
    const world = createWorld({ defaultVpc: true });
    const r = run(world);
    const error = no(r.world, 'ec2:ModifyInstanceAttribute', { InstanceId: r.id, InstanceType: { Value: 'm5.large' } });
    expect(error.code).toBe('IncorrectInstanceState');
    expect(error.rule).toBe('instance.modify.not-stopped');
    expect(error.message).toBe(`The instance '${r.id}' is not in the 'stopped' state.`);
    const stopped = stop(r.world, r.id);
    const resized = ok(stopped, 'ec2:ModifyInstanceAttribute', { InstanceId: r.id, InstanceType: { Value: 'm5.large' } });
    expect(resized.events.find((e) => e.type === 'instance-resized')).toMatchObject({ from: 't3.micro', to: 'm5.large' });
    const running = start(resized.world, r.id);
    expect(inst(running, r.id).InstanceType).toBe('m5.large');
    expect(describe(running, 'ec2:DescribeInstanceAttribute', { InstanceId: r.id, Attribute: 'instanceType' }).InstanceType).toEqual({
      Value: 'm5.large',
    });
    // the Attribute/Value form works too
    const viaAttribute = ok(stopped, 'ec2:ModifyInstanceAttribute', { InstanceId: r.id, Attribute: 'instanceType', Value: 'c5.large' });
    expect(inst(viaAttribute.world, r.id).InstanceType).toBe('c5.large');
  });

  it('rule 54: an unknown type is InvalidInstanceAttributeValue; user data also needs a stopped instance', () => {
    const world = createWorld({ defaultVpc: true });
    const r = run(world);
    const stopped = stop(r.world, r.id);
    const error = no(stopped, 'ec2:ModifyInstanceAttribute', { InstanceId: r.id, InstanceType: { Value: 't3.enormous' } });
    expect(error.code).toBe('InvalidInstanceAttributeValue');
    expect(error.rule).toBe('instance.modify.unknown-type');
    const encoded = 'IyEvYmluL2Jhc2gKeXVtIC15IGluc3RhbGwgaHR0cGQK';
    expect(no(r.world, 'ec2:ModifyInstanceAttribute', { InstanceId: r.id, UserData: { Value: encoded } }).rule).toBe(
      'instance.modify.not-stopped',
    );
    const w = ok(stopped, 'ec2:ModifyInstanceAttribute', { InstanceId: r.id, UserData: { Value: encoded } }).world;
    expect(w.instances.get(r.id)?.userData).toBe('#!/bin/bash\nyum -y install httpd\n');
  });

  it('every accepted ModifyInstanceAttribute change emits one attribute event naming the attribute', () => {
    const l = lab({ defaultVpc: true });
    const r = run(l.world, { SubnetId: l.subnetA });
    const web = ok(r.world, 'ec2:CreateSecurityGroup', { GroupName: 'web', Description: 'web', VpcId: l.vpcId });
    const running = web.world;
    const stopped = stop(running, r.id);
    const encoded = 'IyEvYmluL2Jhc2gKeXVtIC15IGluc3RhbGwgaHR0cGQK';
    const cases: [World, Record<string, unknown>, string, string | undefined, string | undefined][] = [
      [running, { InstanceInitiatedShutdownBehavior: { Value: 'terminate' } }, 'instanceInitiatedShutdownBehavior', 'stop', 'terminate'],
      [stopped, { UserData: { Value: encoded } }, 'userData', undefined, undefined],
      [running, { Groups: [web.response.GroupId] }, 'groupSet', undefined, web.response.GroupId],
      [running, { SourceDestCheck: { Value: false } }, 'sourceDestCheck', 'true', 'false'],
      [stopped, { InstanceType: { Value: 'm5.large' } }, 'instanceType', 't3.micro', 'm5.large'],
      [running, { DisableApiTermination: { Value: true } }, 'disableApiTermination', 'false', 'true'],
      [running, { DisableApiStop: { Value: true } }, 'disableApiStop', 'false', 'true'],
      [stopped, { EbsOptimized: { Value: true } }, 'ebsOptimized', 'false', 'true'],
      [running, { Attribute: 'instanceInitiatedShutdownBehavior', Value: 'terminate' }, 'instanceInitiatedShutdownBehavior', 'stop', 'terminate'],
    ];
    for (const [world, params, attribute, from, to] of cases) {
      const m = ok(world, 'ec2:ModifyInstanceAttribute', { InstanceId: r.id, ...params });
      const events = m.events.filter((e) => e.type === 'attribute');
      expect(events, attribute).toHaveLength(1);
      expect(events[0]?.data, attribute).toEqual({ attribute });
      expect(events[0]?.resourceId, attribute).toBe(r.id);
      expect(events[0]?.message, attribute).toContain(r.id);
      if (from !== undefined) expect(events[0]?.from, attribute).toBe(from);
      if (to !== undefined) expect(events[0]?.to, attribute).toBe(to);
    }
    // A refused change narrates nothing (the world and its events are untouched).
    expect(no(running, 'ec2:ModifyInstanceAttribute', { InstanceId: r.id, UserData: { Value: encoded } }).rule).toBe('instance.modify.not-stopped');
  });

  it('refuses two attributes in one ModifyInstanceAttribute call', () => {
    const world = createWorld({ defaultVpc: true });
    const r = run(world);
    const error = no(r.world, 'ec2:ModifyInstanceAttribute', {
      InstanceId: r.id,
      DisableApiTermination: { Value: true },
      DisableApiStop: { Value: true },
    });
    expect(error.code).toBe('InvalidParameterCombination');
    expect(error.rule).toBe('eni.modify.one-attribute');
  });

  it('rules 23/24: SourceDestCheck on the instance changes eth0, and is refused with several interfaces', () => {
    const world = createWorld({ defaultVpc: true });
    const r = run(world, { InstanceType: 't3.small' });
    const w = ok(r.world, 'ec2:ModifyInstanceAttribute', { InstanceId: r.id, SourceDestCheck: { Value: false } }).world;
    expect(inst(w, r.id).SourceDestCheck).toBe(false);
    expect(inst(w, r.id).NetworkInterfaces[0].SourceDestCheck).toBe(false);
    const second = createEni(w, r.instance.SubnetId);
    const two = ok(second.world, 'ec2:AttachNetworkInterface', { NetworkInterfaceId: second.eniId, InstanceId: r.id, DeviceIndex: 1 }).world;
    const error = no(two, 'ec2:ModifyInstanceAttribute', { InstanceId: r.id, SourceDestCheck: { Value: true } });
    expect(error.code).toBe('InvalidInstanceID');
    expect(error.rule).toBe('instance.multiple-enis');
    expect(error.message).toBe(
      `There are multiple interfaces attached to instance '${r.id}'. Please specify an interface ID for the operation instead.`,
    );
  });

  it('rule 22: Groups on the instance replace eth0’s groups; a group of another VPC is refused', () => {
    const l = lab({ defaultVpc: true });
    const r = run(l.world, { SubnetId: l.subnetA });
    const web = ok(r.world, 'ec2:CreateSecurityGroup', { GroupName: 'web', Description: 'web', VpcId: l.vpcId });
    const w = ok(web.world, 'ec2:ModifyInstanceAttribute', { InstanceId: r.id, Groups: [web.response.GroupId] }).world;
    expect(inst(w, r.id).SecurityGroups).toEqual([{ GroupId: web.response.GroupId, GroupName: 'web' }]);
    expect(describe(w, 'ec2:DescribeInstanceAttribute', { InstanceId: r.id, Attribute: 'groupSet' }).Groups).toEqual([
      { GroupId: web.response.GroupId, GroupName: 'web' },
    ]);
    const defaultVpc = describe(w, 'ec2:DescribeVpcs', { Filters: [{ Name: 'is-default', Values: ['true'] }] }).Vpcs[0].VpcId;
    const foreign = ok(w, 'ec2:CreateSecurityGroup', { GroupName: 'db', Description: 'db', VpcId: defaultVpc });
    const error = no(foreign.world, 'ec2:ModifyInstanceAttribute', { InstanceId: r.id, Groups: [foreign.response.GroupId] });
    expect(error.code).toBe('InvalidGroup.NotFound');
    expect(error.rule).toBe('eni.sg.same-vpc');
  });

  it('rule 36: metadata options change on running or stopped instances, with a hop limit of 1–64', () => {
    const world = createWorld({ defaultVpc: true });
    const r = run(world);
    const m = ok(r.world, 'ec2:ModifyInstanceMetadataOptions', { InstanceId: r.id, HttpTokens: 'required', HttpPutResponseHopLimit: 2 });
    expect(m.response).toEqual({
      InstanceId: r.id,
      InstanceMetadataOptions: {
        HttpTokens: 'required',
        HttpEndpoint: 'enabled',
        HttpPutResponseHopLimit: 2,
        HttpProtocolIpv6: 'disabled',
        InstanceMetadataTags: 'disabled',
        State: 'applied',
      },
    });
    expect(m.events.find((e) => e.type === 'metadata-options')).toMatchObject({ from: 'pending', to: 'applied' });
    expect(inst(m.world, r.id).MetadataOptions.HttpTokens).toBe('required');
    expect(no(r.world, 'ec2:ModifyInstanceMetadataOptions', { InstanceId: r.id, HttpPutResponseHopLimit: 65 }).code).toBe(
      'InvalidParameterValue',
    );
    ok(stop(r.world, r.id), 'ec2:ModifyInstanceMetadataOptions', { InstanceId: r.id, HttpEndpoint: 'disabled' });
    const terminated = ok(r.world, 'ec2:TerminateInstances', { InstanceIds: [r.id] }).world;
    const error = no(terminated, 'ec2:ModifyInstanceMetadataOptions', { InstanceId: r.id, HttpTokens: 'required' });
    expect(error.code).toBe('IncorrectInstanceState');
    expect(error.rule).toBe('instance.metadata.state');
  });
});

suite('Termination and interfaces (rules 46, 56)', () => {
  it('rule 56: launch-created interfaces are deleted, attached ones are detached and kept, addresses are freed', () => {
    const l = lab();
    const r = run(l.world, { SubnetId: l.subnetA, InstanceType: 't3.small' });
    const extra = createEni(r.world, l.subnetA);
    const w = ok(extra.world, 'ec2:AttachNetworkInterface', { NetworkInterfaceId: extra.eniId, InstanceId: r.id, DeviceIndex: 1 }).world;
    const eth0 = r.instance.NetworkInterfaces[0].NetworkInterfaceId;
    const t = ok(w, 'ec2:TerminateInstances', { InstanceIds: [r.id] });
    const enis = describe(t.world, 'ec2:DescribeNetworkInterfaces').NetworkInterfaces;
    expect(enis.map((e: any) => e.NetworkInterfaceId)).toEqual([extra.eniId]);
    expect(enis[0].Status).toBe('available');
    expect(enis[0].Attachment).toBeUndefined();
    expect(t.events.some((e) => e.type === 'eni-deleted' && e.resourceId === eth0)).toBe(true);
    // 10.16.0.4 (the old eth0) is free again
    expect(run(t.world, { SubnetId: l.subnetA }).instance.PrivateIpAddress).toBe('10.16.0.4');
  });
});

suite('DescribeInstances filters', () => {
  it('filters by state, subnet, VPC, AZ and id', () => {
    const world = createWorld({ defaultVpc: true });
    const a = run(world, { Placement: { AvailabilityZone: 'us-east-1a' } });
    const b = run(a.world, { Placement: { AvailabilityZone: 'us-east-1b' } });
    const w = stop(b.world, b.id);
    expect(idsOf(w, { Filters: [{ Name: 'instance-state-name', Values: ['running'] }] })).toEqual([a.id]);
    expect(idsOf(w, { Filters: [{ Name: 'instance-state-name', Values: ['stopped'] }] })).toEqual([b.id]);
    expect(idsOf(w, { Filters: [{ Name: 'availability-zone', Values: ['us-east-1b'] }] })).toEqual([b.id]);
    expect(idsOf(w, { Filters: [{ Name: 'subnet-id', Values: [a.instance.SubnetId] }] })).toEqual([a.id]);
    expect(idsOf(w, { Filters: [{ Name: 'vpc-id', Values: [a.instance.VpcId] }] })).toEqual([a.id, b.id]);
    expect(idsOf(w, { Filters: [{ Name: 'instance-id', Values: [b.id] }] })).toEqual([b.id]);
    expect(reservationsOf(w)).toHaveLength(2);
    expect(no(w, 'ec2:DescribeInstances', { InstanceIds: ['i-0123456789abcdef0'] }).code).toBe('InvalidInstanceID.NotFound');
    expect(describe(w, 'ec2:DescribeInstances', {}, 'eu-west-1').Reservations).toEqual([]);
  });
});

suite('More refusals: limits, hibernation, Spot, terminated instances', () => {
  it('caps one request at 100 instances (InstanceLimitExceeded) and launches up to MaxCount otherwise', () => {
    const l = lab();
    const base = { ImageId: ami(l.world), InstanceType: 't3.nano', SubnetId: l.subnetA };
    const error = no(l.world, 'ec2:RunInstances', { ...base, MinCount: 101, MaxCount: 101 });
    expect(error.code).toBe('InstanceLimitExceeded');
    expect(error.rule).toBe('instance.launch.limit');
    expect(ok(l.world, 'ec2:RunInstances', { ...base, MinCount: 1, MaxCount: 150 }).response.Instances).toHaveLength(100);
  });

  it('hibernates only instances launched with hibernation configured', () => {
    const world = createWorld({ defaultVpc: true });
    const plain = run(world);
    const error = no(plain.world, 'ec2:StopInstances', { InstanceIds: [plain.id], Hibernate: true });
    expect(error.code).toBe('UnsupportedOperation');
    expect(error.rule).toBe('instance.stop.hibernation');
    const h = run(world, { HibernationOptions: { Configured: true } });
    const s = ok(h.world, 'ec2:StopInstances', { InstanceIds: [h.id], Hibernate: true });
    expect(inst(s.world, h.id).State.Name).toBe('stopped');
    expect(s.events[0]?.message).toContain('hibernating');
  });

  it('rule 73: a one-time Spot instance can’t be stopped; a persistent one with stop behaviour can', () => {
    const world = createWorld({ defaultVpc: true });
    const oneTime = run(world, { InstanceMarketOptions: { MarketType: 'spot' } });
    const error = no(oneTime.world, 'ec2:StopInstances', { InstanceIds: [oneTime.id] });
    expect(error.code).toBe('UnsupportedOperation');
    expect(error.rule).toBe('instance.stop.spot-one-time');
    const persistent = run(world, {
      InstanceMarketOptions: {
        MarketType: 'spot',
        SpotOptions: { SpotInstanceType: 'persistent', InstanceInterruptionBehavior: 'stop' },
      },
    });
    expect(inst(stop(persistent.world, persistent.id), persistent.id).State.Name).toBe('stopped');
  });

  it('rule 54: a Spot instance’s type can’t change; an On-Demand one can', () => {
    const world = createWorld({ defaultVpc: true });
    const spot = run(world, {
      InstanceMarketOptions: {
        MarketType: 'spot',
        SpotOptions: { SpotInstanceType: 'persistent', InstanceInterruptionBehavior: 'stop' },
      },
    });
    const error = no(stop(spot.world, spot.id), 'ec2:ModifyInstanceAttribute', { InstanceId: spot.id, InstanceType: { Value: 'm5.large' } });
    expect(error.code).toBe('UnsupportedOperation');
    expect(error.rule).toBe('instance.modify.spot-type');
    const od = run(world);
    ok(stop(od.world, od.id), 'ec2:ModifyInstanceAttribute', { InstanceId: od.id, InstanceType: { Value: 'm5.large' } });
  });

  it('refuses attribute changes on a terminated instance', () => {
    const world = createWorld({ defaultVpc: true });
    const r = run(world);
    ok(r.world, 'ec2:ModifyInstanceAttribute', { InstanceId: r.id, DisableApiTermination: { Value: false } });
    const terminated = ok(r.world, 'ec2:TerminateInstances', { InstanceIds: [r.id] }).world;
    const error = no(terminated, 'ec2:ModifyInstanceAttribute', { InstanceId: r.id, DisableApiTermination: { Value: false } });
    expect(error.code).toBe('IncorrectInstanceState');
    expect(error.rule).toBe('instance.modify.state');
  });
});

suite('ModifyInstanceAttribute BlockDeviceMappings (rule 56)', () => {
  it('changes DeleteOnTermination of the root volume so it survives termination', () => {
    const world = createWorld({ defaultVpc: true });
    const r = run(world);
    const root = r.instance.BlockDeviceMappings[0];
    expect(root.Ebs.DeleteOnTermination).toBe(true);
    const w = ok(r.world, 'ec2:ModifyInstanceAttribute', {
      InstanceId: r.id,
      BlockDeviceMappings: [{ DeviceName: root.DeviceName, Ebs: { DeleteOnTermination: false } }],
    }).world;
    expect(inst(w, r.id).BlockDeviceMappings[0].Ebs.DeleteOnTermination).toBe(false);
    const error = no(w, 'ec2:ModifyInstanceAttribute', {
      InstanceId: r.id,
      BlockDeviceMappings: [{ DeviceName: '/dev/sdz', Ebs: { DeleteOnTermination: false } }],
    });
    expect(error.code).toBe('InvalidParameterValue');
  });
});
