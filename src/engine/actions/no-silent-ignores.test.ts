/**
 * Members that used to be accepted and ignored (issue 15, item 4): each is now honoured or refused with a reason.
 */
import { describe as suite, expect, it } from 'vitest';
import { createWorld, describe } from '../index';
import { no, ok } from '../engine-test-helpers';
import { ami, createEni, lab, run } from './compute-test-helpers';

suite('regions and zones', () => {
  it('DescribeAvailabilityZones honours ZoneNames, ZoneIds and Filters, and refuses unknown zones', () => {
    const w = createWorld();
    const names = (params: Record<string, unknown>) =>
      ok(w, 'ec2:DescribeAvailabilityZones', params).response.AvailabilityZones.map((z: any) => z.ZoneName);
    const all = names({});
    expect(all.length).toBeGreaterThan(2);
    expect(names({ ZoneNames: ['us-east-1b'] })).toEqual(['us-east-1b']);
    const first = ok(w, 'ec2:DescribeAvailabilityZones', {}).response.AvailabilityZones[0];
    expect(names({ ZoneIds: [first.ZoneId] })).toEqual([first.ZoneName]);
    expect(names({ Filters: [{ Name: 'zone-name', Values: ['us-east-1a', 'us-east-1c'] }] })).toEqual(['us-east-1a', 'us-east-1c']);
    expect(names({ Filters: [{ Name: 'state', Values: ['impaired'] }] })).toEqual([]);
    expect(no(w, 'ec2:DescribeAvailabilityZones', { ZoneNames: ['us-east-1z'] }).code).toBe('InvalidParameterValue');
    expect(no(w, 'ec2:DescribeAvailabilityZones', { Filters: [{ Name: 'colour', Values: ['x'] }] }).code).toBe('InvalidParameterValue');
  });

  it('DescribeRegions honours RegionNames and Filters', () => {
    const w = createWorld();
    const regions = (params: Record<string, unknown>) => ok(w, 'ec2:DescribeRegions', params).response.Regions.map((r: any) => r.RegionName);
    expect(regions({ RegionNames: ['eu-west-1'] })).toEqual(['eu-west-1']);
    expect(regions({ Filters: [{ Name: 'region-name', Values: ['us-*'] }] })).toEqual(['us-east-1', 'us-west-2']);
    expect(regions({ AllRegions: true }).length).toBe(regions({}).length);
    expect(no(w, 'ec2:DescribeRegions', { RegionNames: ['mars-1'] }).code).toBe('InvalidParameterValue');
  });
});

suite('VPC and subnet members', () => {
  it('CreateVpc InstanceTenancy=dedicated runs its instances on dedicated hardware; host is refused', () => {
    const w = createWorld();
    const vpc = ok(w, 'ec2:CreateVpc', { CidrBlock: '10.0.0.0/16', InstanceTenancy: 'dedicated' });
    expect(vpc.response.Vpc.InstanceTenancy).toBe('dedicated');
    const vpcId = vpc.response.Vpc.VpcId;
    const sub = ok(vpc.world, 'ec2:CreateSubnet', { VpcId: vpcId, CidrBlock: '10.0.0.0/24', AvailabilityZone: 'us-east-1a' });
    const r = run(sub.world, { SubnetId: sub.response.Subnet.SubnetId, InstanceType: 'm5.large' });
    expect(r.instance.Placement.Tenancy).toBe('dedicated');
    const plain = ok(w, 'ec2:CreateVpc', { CidrBlock: '10.0.0.0/16' });
    expect(plain.response.Vpc.InstanceTenancy).toBe('default');
    expect(no(w, 'ec2:CreateVpc', { CidrBlock: '10.0.0.0/16', InstanceTenancy: 'host' }).code).toBe('InvalidParameterValue');
  });

  it('ModifyVpcAttribute EnableNetworkAddressUsageMetrics is kept and described, one attribute at a time', () => {
    const l = lab();
    const w = ok(l.world, 'ec2:ModifyVpcAttribute', { VpcId: l.vpcId, EnableNetworkAddressUsageMetrics: { Value: true } }).world;
    const read = describe(w, 'ec2:DescribeVpcAttribute', { VpcId: l.vpcId, Attribute: 'enableNetworkAddressUsageMetrics' });
    expect(read.EnableNetworkAddressUsageMetrics).toEqual({ Value: true });
    const both = { VpcId: l.vpcId, EnableNetworkAddressUsageMetrics: { Value: true }, EnableDnsSupport: { Value: true } };
    expect(no(l.world, 'ec2:ModifyVpcAttribute', both).code).toBe('InvalidParameterCombination');
  });

  it('CreateSubnet takes AvailabilityZoneId; Ipv6Native needs IPv6 and is then refused as not modelled', () => {
    const l = lab();
    const zone = describe(l.world, 'ec2:DescribeAvailabilityZones', { ZoneNames: ['us-east-1c'] }).AvailabilityZones[0];
    const sub = ok(l.world, 'ec2:CreateSubnet', { VpcId: l.vpcId, CidrBlock: '10.16.64.0/20', AvailabilityZoneId: zone.ZoneId });
    expect(sub.response.Subnet.AvailabilityZone).toBe('us-east-1c');
    expect(sub.response.Subnet.Ipv6Native).toBe(false);
    expect(sub.response.Subnet.PrivateDnsNameOptionsOnLaunch.HostnameType).toBe('ip-name');
    const native = { VpcId: l.vpcId, CidrBlock: '10.16.64.0/20', Ipv6Native: true };
    expect(no(l.world, 'ec2:CreateSubnet', native).code).toBe('InvalidParameterCombination');
    expect(no(l.world, 'ec2:CreateSubnet', { ...native, Ipv6CidrBlock: '2600:1f00::/64' }).code).toBe('UnsupportedOperation');
  });

  it('ModifySubnetAttribute AssignIpv6AddressOnCreation gives new interfaces an IPv6 address; needs an IPv6 block', () => {
    const l = lab();
    expect(no(l.world, 'ec2:ModifySubnetAttribute', { SubnetId: l.subnetA, AssignIpv6AddressOnCreation: { Value: true } }).rule).toBe(
      'ipv6.subnet-none',
    );
    const assoc = ok(l.world, 'ec2:AssociateVpcCidrBlock', { VpcId: l.vpcId, AmazonProvidedIpv6CidrBlock: true });
    const block: string = assoc.response.Ipv6CidrBlockAssociation.Ipv6CidrBlock;
    const sub = ok(assoc.world, 'ec2:CreateSubnet', {
      VpcId: l.vpcId,
      CidrBlock: '10.16.64.0/20',
      AvailabilityZone: 'us-east-1a',
      Ipv6CidrBlock: block.replace('/56', '/64'),
    });
    const subnetId = sub.response.Subnet.SubnetId;
    expect(createEni(sub.world, subnetId).response.NetworkInterface.Ipv6Addresses ?? []).toEqual([]);
    const w = ok(sub.world, 'ec2:ModifySubnetAttribute', { SubnetId: subnetId, AssignIpv6AddressOnCreation: { Value: true } }).world;
    expect(describe(w, 'ec2:DescribeSubnets', { SubnetIds: [subnetId] }).Subnets[0].AssignIpv6AddressOnCreation).toBe(true);
    expect(createEni(w, subnetId).response.NetworkInterface.Ipv6Addresses).toHaveLength(1);
    const dns = ok(w, 'ec2:ModifySubnetAttribute', { SubnetId: subnetId, EnableResourceNameDnsARecordOnLaunch: { Value: true } }).world;
    const options = describe(dns, 'ec2:DescribeSubnets', { SubnetIds: [subnetId] }).Subnets[0].PrivateDnsNameOptionsOnLaunch;
    expect(options.EnableResourceNameDnsARecord).toBe(true);
    const two = { SubnetId: subnetId, MapPublicIpOnLaunch: { Value: true }, EnableResourceNameDnsARecordOnLaunch: { Value: true } };
    expect(no(w, 'ec2:ModifySubnetAttribute', two).code).toBe('InvalidParameterCombination');
  });
});

suite('instances, volumes, groups', () => {
  it('RunInstances Monitoring.Enabled shows as detailed monitoring', () => {
    const l = lab();
    expect(run(l.world, { SubnetId: l.subnetA, Monitoring: { Enabled: true } }).instance.Monitoring.State).toBe('enabled');
    expect(run(l.world, { SubnetId: l.subnetA }).instance.Monitoring.State).toBe('disabled');
  });

  it('CreateVolume takes AvailabilityZoneId; MultiAttachEnabled is refused (gp3: not allowed; io2: not modelled)', () => {
    const w = createWorld();
    const zone = describe(w, 'ec2:DescribeAvailabilityZones', { ZoneNames: ['us-east-1b'] }).AvailabilityZones[0];
    expect(ok(w, 'ec2:CreateVolume', { AvailabilityZoneId: zone.ZoneId, Size: 8 }).response.AvailabilityZone).toBe('us-east-1b');
    expect(no(w, 'ec2:CreateVolume', { AvailabilityZoneId: 'use1-az99', Size: 8 }).code).toBe('InvalidParameterValue');
    expect(no(w, 'ec2:CreateVolume', { AvailabilityZone: 'us-east-1a', AvailabilityZoneId: zone.ZoneId, Size: 8 }).code).toBe(
      'InvalidParameterCombination',
    );
    const gp3 = { AvailabilityZone: 'us-east-1a', Size: 8, VolumeType: 'gp3', MultiAttachEnabled: true };
    expect(no(w, 'ec2:CreateVolume', gp3).code).toBe('InvalidParameterCombination');
    expect(no(w, 'ec2:CreateVolume', { ...gp3, VolumeType: 'io2', Iops: 1000 }).code).toBe('UnsupportedOperation');
    expect(ok(w, 'ec2:CreateVolume', { ...gp3, MultiAttachEnabled: false }).response.MultiAttachEnabled).toBe(false);
  });

  it('security groups by GroupName/GroupNames address the default VPC', () => {
    const w0 = createWorld({ defaultVpc: true });
    const vpcId = describe(w0, 'ec2:DescribeVpcs', { Filters: [{ Name: 'is-default', Values: ['true'] }] }).Vpcs[0].VpcId;
    const sg = ok(w0, 'ec2:CreateSecurityGroup', { GroupName: 'web', Description: 'web', VpcId: vpcId });
    const groups = describe(sg.world, 'ec2:DescribeSecurityGroups', { GroupNames: ['web'] }).SecurityGroups;
    expect(groups.map((g: any) => g.GroupId)).toEqual([sg.response.GroupId]);
    expect(no(sg.world, 'ec2:DescribeSecurityGroups', { GroupNames: ['nope'] }).code).toBe('InvalidGroup.NotFound');
    const deleted = ok(sg.world, 'ec2:DeleteSecurityGroup', { GroupName: 'web' }).world;
    expect(deleted.securityGroups.get(sg.response.GroupId)).toBeUndefined();
    expect(no(sg.world, 'ec2:DeleteSecurityGroup', { GroupName: 'web', GroupId: sg.response.GroupId }).code).toBe('InvalidParameterCombination');
    const l = lab();
    expect(no(l.world, 'ec2:DeleteSecurityGroup', { GroupName: 'default' }).code).toBe('InvalidGroup.NotFound');
  });
});

suite('the door: unsupported and inert members', () => {
  it('a documented member the lab does not model is refused with UnsupportedOperation and its reason', () => {
    const l = lab();
    const e = no(l.world, 'ec2:RunInstances', {
      ImageId: ami(l.world),
      InstanceType: 't3.micro',
      MinCount: 1,
      MaxCount: 1,
      SubnetId: l.subnetA,
      CpuOptions: { CoreCount: 1 },
    });
    expect(e.code).toBe('UnsupportedOperation');
    expect(e.message).toMatch(/CpuOptions.*CPU core/);
    expect(no(l.world, 'ec2:CreateVpc', { CidrBlock: '10.0.0.0/16', Ipv4IpamPoolId: 'ipam-pool-1' }).message).toMatch(/IPAM/);
  });

  it('a member with no effect in the lab is accepted (IncludeManagedResources), a made-up one is refused', () => {
    const l = lab();
    expect(ok(l.world, 'ec2:DescribeInstances', { IncludeManagedResources: true }).response.Reservations).toEqual([]);
    expect(no(l.world, 'ec2:DescribeInstances', { IncludeManagedResource: true }).code).toBe('UnknownParameter');
  });
});

suite('reads that ignored members', () => {
  it('DescribeSpotPriceHistory honours Filters, StartTime/EndTime and AvailabilityZoneId', () => {
    const w0 = createWorld();
    const moved = ok(w0, 'sim:SetSpotPrice', { InstanceType: 't3.micro', AvailabilityZone: 'us-east-1a', Price: '0.004' });
    const later = ok(moved.world, 'sim:AdvanceTime', { Seconds: 3600 }).world;
    const again = ok(later, 'sim:SetSpotPrice', { InstanceType: 't3.micro', AvailabilityZone: 'us-east-1a', Price: '0.005' }).world;
    const history = (params: Record<string, unknown>) =>
      ok(again, 'ec2:DescribeSpotPriceHistory', { InstanceTypes: ['t3.micro'], ...params }).response.SpotPriceHistory;
    const all = history({ AvailabilityZone: 'us-east-1a' });
    expect(all.map((h: any) => h.SpotPrice).slice(0, 2)).toEqual(['0.005000', '0.004000']);
    const zone = describe(w0, 'ec2:DescribeAvailabilityZones', { ZoneNames: ['us-east-1a'] }).AvailabilityZones[0];
    expect(history({ AvailabilityZoneId: zone.ZoneId })).toEqual(all);
    const filtered = history({ Filters: [{ Name: 'spot-price', Values: ['0.005000'] }] });
    expect(filtered.map((h: any) => [h.AvailabilityZone, h.SpotPrice])).toEqual([['us-east-1a', '0.005000']]);
    expect(history({ Filters: [{ Name: 'availability-zone', Values: ['us-east-1b'] }] }).every((h: any) => h.AvailabilityZone === 'us-east-1b')).toBe(true);
    // the window: only what was in effect from the latest change on
    const last = all[0].Timestamp;
    expect(history({ AvailabilityZone: 'us-east-1a', StartTime: last }).map((h: any) => h.SpotPrice)).toEqual(['0.005000']);
    expect(history({ AvailabilityZone: 'us-east-1a', EndTime: all[1].Timestamp }).map((h: any) => h.SpotPrice)[0]).toBe('0.004000');
    expect(no(again, 'ec2:DescribeSpotPriceHistory', { StartTime: 'yesterday' }).code).toBe('InvalidParameterValue');
    expect(no(again, 'ec2:DescribeSpotPriceHistory', { Filters: [{ Name: 'colour', Values: ['x'] }] }).code).toBe('InvalidParameterValue');
  });

  it('DescribeLaunchTemplates and DescribeLaunchTemplateVersions take filters, MinVersion/MaxVersion and pages', () => {
    const l = lab();
    const data = { ImageId: ami(l.world), InstanceType: 't3.micro' };
    let w = ok(l.world, 'ec2:CreateLaunchTemplate', { LaunchTemplateName: 'web', LaunchTemplateData: data }).world;
    w = ok(w, 'ec2:CreateLaunchTemplate', { LaunchTemplateName: 'database', LaunchTemplateData: data }).world;
    w = ok(w, 'ec2:CreateLaunchTemplateVersion', { LaunchTemplateName: 'web', LaunchTemplateData: { ...data, InstanceType: 't3.small' } }).world;
    const named = describe(w, 'ec2:DescribeLaunchTemplates', { Filters: [{ Name: 'launch-template-name', Values: ['w*'] }] });
    expect(named.LaunchTemplates.map((t: any) => t.LaunchTemplateName)).toEqual(['web']);
    const page = describe(w, 'ec2:DescribeLaunchTemplates', { MaxResults: 1 });
    expect(page.LaunchTemplates).toHaveLength(1);
    expect(page.NextToken).toBeTruthy();
    const versions = (params: Record<string, unknown>) =>
      describe(w, 'ec2:DescribeLaunchTemplateVersions', { LaunchTemplateName: 'web', ...params }).LaunchTemplateVersions.map(
        (v: any) => v.VersionNumber,
      );
    expect(versions({})).toEqual([2, 1]);
    expect(versions({ MinVersion: 2 })).toEqual([2]);
    expect(versions({ MaxVersion: 1 })).toEqual([1]);
    expect(versions({ Filters: [{ Name: 'instance-type', Values: ['t3.small'] }] })).toEqual([2]);
    expect(versions({ Filters: [{ Name: 'is-default-version', Values: ['true'] }] })).toEqual([1]);
    expect(no(w, 'ec2:DescribeLaunchTemplateVersions', { LaunchTemplateName: 'web', Versions: ['1'], MinVersion: 1 }).code).toBe(
      'InvalidParameterCombination',
    );
  });

  it('DescribeHosts reads its filters from Filter (the SDK member name)', () => {
    const w0 = createWorld();
    const a = ok(w0, 'ec2:AllocateHosts', { AvailabilityZone: 'us-east-1a', InstanceType: 'm5.large', Quantity: 1 });
    const b = ok(a.world, 'ec2:AllocateHosts', { AvailabilityZoneId: describe(w0, 'ec2:DescribeAvailabilityZones', { ZoneNames: ['us-east-1b'] }).AvailabilityZones[0].ZoneId, InstanceType: 'c5.large', Quantity: 1 });
    const hosts = describe(b.world, 'ec2:DescribeHosts', { Filter: [{ Name: 'availability-zone', Values: ['us-east-1b'] }] }).Hosts;
    expect(hosts.map((h: any) => h.HostId)).toEqual(b.response.HostIds);
  });
});
