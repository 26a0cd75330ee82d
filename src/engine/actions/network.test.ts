import { describe as suite, expect, it } from 'vitest';
import { createWorld, describe } from '../index';
import type { World } from '../model/world';
import { no, ok } from '../engine-test-helpers';

function vpcWorld(cidr = '10.16.0.0/16'): { world: World; vpcId: string } {
  const { world, response } = ok(createWorld(), 'ec2:CreateVpc', { CidrBlock: cidr });
  return { world, vpcId: response.Vpc.VpcId };
}

suite('VPCs (rule 1)', () => {
  it('accepts /16 to /28 and stores the canonical CIDR with a main route table and default group', () => {
    const { world, response } = ok(createWorld(), 'ec2:CreateVpc', { CidrBlock: '10.16.0.0/16' });
    expect(response.Vpc.CidrBlock).toBe('10.16.0.0/16');
    expect(response.Vpc.IsDefault).toBe(false);
    const vpc = world.vpcs.get(response.Vpc.VpcId);
    expect(vpc?.enableDnsSupport).toBe(true);
    expect(vpc?.enableDnsHostnames).toBe(false);
    const tables = describe(world, 'ec2:DescribeRouteTables').RouteTables;
    expect(tables[0].Routes).toEqual([
      { DestinationCidrBlock: '10.16.0.0/16', GatewayId: 'local', Origin: 'CreateRouteTable', State: 'active' },
    ]);
    const groups = describe(world, 'ec2:DescribeSecurityGroups').SecurityGroups;
    expect(groups.map((g: any) => g.GroupName)).toEqual(['default']);
    expect(ok(createWorld(), 'ec2:CreateVpc', { CidrBlock: '10.0.0.16/28' }).response.Vpc.CidrBlock).toBe('10.0.0.16/28');
  });

  it('refuses blocks larger than /16 or smaller than /28 with InvalidVpc.Range', () => {
    for (const cidr of ['10.0.0.0/8', '10.0.0.0/15', '10.0.0.0/29']) {
      const error = no(createWorld(), 'ec2:CreateVpc', { CidrBlock: cidr });
      expect(error.code).toBe('InvalidVpc.Range');
      expect(error.rule).toBe('vpc.cidr.size');
      expect(error.message).toBe(`The CIDR '${cidr}' is invalid.`);
    }
  });

  it('refuses text that is not a CIDR', () => {
    for (const cidr of ['10.0.0.0', '300.1.1.1/16', 'ten/16', '10.0.0.0/33']) {
      expect(no(createWorld(), 'ec2:CreateVpc', { CidrBlock: cidr }).rule).toBe('vpc.cidr.invalid');
    }
  });

  it('canonicalises 10.16.5.7/16 to 10.16.0.0/16', () => {
    expect(ok(createWorld(), 'ec2:CreateVpc', { CidrBlock: '10.16.5.7/16' }).response.Vpc.CidrBlock).toBe('10.16.0.0/16');
  });

  it('allows five VPCs per region and refuses the sixth', () => {
    let world = createWorld();
    for (let i = 0; i < 5; i++) world = ok(world, 'ec2:CreateVpc', { CidrBlock: `10.${i}.0.0/16` }).world;
    expect(no(world, 'ec2:CreateVpc', { CidrBlock: '10.9.0.0/16' }).code).toBe('VpcLimitExceeded');
    // another region has its own quota
    expect(ok(world, 'ec2:CreateVpc', { CidrBlock: '10.9.0.0/16' }, { region: 'eu-west-1' }).response.Vpc.VpcId).toBeTruthy();
  });

  it('adds secondary CIDR blocks that do not overlap, with a local route each', () => {
    const { world, vpcId } = vpcWorld();
    const next = ok(world, 'ec2:AssociateVpcCidrBlock', { VpcId: vpcId, CidrBlock: '10.17.0.0/16' }).world;
    expect(describe(next, 'ec2:DescribeVpcs').Vpcs[0].CidrBlockAssociationSet.map((b: any) => b.CidrBlock)).toEqual([
      '10.16.0.0/16',
      '10.17.0.0/16',
    ]);
    expect(no(next, 'ec2:AssociateVpcCidrBlock', { VpcId: vpcId, CidrBlock: '10.16.128.0/17' }).rule).toBe('vpc.cidr.overlap');
    const routes = describe(next, 'ec2:DescribeRouteTables').RouteTables[0].Routes;
    expect(routes.map((r: any) => r.DestinationCidrBlock)).toEqual(['10.16.0.0/16', '10.17.0.0/16']);
  });

  it('toggles DNS attributes one at a time', () => {
    const { world, vpcId } = vpcWorld();
    const next = ok(world, 'ec2:ModifyVpcAttribute', { VpcId: vpcId, EnableDnsHostnames: { Value: true } }).world;
    expect(next.vpcs.get(vpcId)?.enableDnsHostnames).toBe(true);
    expect(describe(next, 'ec2:DescribeVpcAttribute', { VpcId: vpcId, Attribute: 'enableDnsHostnames' })).toEqual({
      VpcId: vpcId,
      EnableDnsHostnames: { Value: true },
    });
    const error = no(world, 'ec2:ModifyVpcAttribute', {
      VpcId: vpcId,
      EnableDnsHostnames: { Value: true },
      EnableDnsSupport: { Value: true },
    });
    expect(error.code).toBe('InvalidParameterCombination');
  });

  it('refuses unknown VPC ids with InvalidVpcID.NotFound, and says when the id lives in another region', () => {
    const { world, vpcId } = vpcWorld();
    const unknown = no(world, 'ec2:DescribeVpcs', { VpcIds: ['vpc-0123456789abcdef0'] });
    expect(unknown.code).toBe('InvalidVpcID.NotFound');
    const elsewhere = no(world, 'ec2:CreateSubnet', { VpcId: vpcId, CidrBlock: '10.16.0.0/24' }, { region: 'eu-west-1' });
    expect(elsewhere.code).toBe('InvalidVpcID.NotFound');
    expect(elsewhere.scope).toEqual({ kind: 'region', from: 'us-east-1', to: 'eu-west-1' });
  });

  it('deletes only empty VPCs', () => {
    const { world, vpcId } = vpcWorld();
    const withSubnet = ok(world, 'ec2:CreateSubnet', { VpcId: vpcId, CidrBlock: '10.16.0.0/24' }).world;
    expect(no(withSubnet, 'ec2:DeleteVpc', { VpcId: vpcId }).code).toBe('DependencyViolation');
    const gone = ok(world, 'ec2:DeleteVpc', { VpcId: vpcId }).world;
    expect(gone.vpcs.size).toBe(0);
    expect(gone.routeTables.size).toBe(0);
    expect(gone.securityGroups.size).toBe(0);
  });
});

suite('subnets (rules 2–6, 12)', () => {
  it('creates a subnet in the named AZ with 2^(32-p) - 5 free addresses', () => {
    const { world, vpcId } = vpcWorld();
    const { response } = ok(world, 'ec2:CreateSubnet', {
      VpcId: vpcId,
      CidrBlock: '10.16.16.0/20',
      AvailabilityZone: 'us-east-1b',
    });
    expect(response.Subnet).toMatchObject({
      VpcId: vpcId,
      CidrBlock: '10.16.16.0/20',
      AvailabilityZone: 'us-east-1b',
      AvailabilityZoneId: 'use1-az2',
      AvailableIpAddressCount: 4091,
      MapPublicIpOnLaunch: false,
    });
    const tiny = ok(world, 'ec2:CreateSubnet', { VpcId: vpcId, CidrBlock: '10.16.0.0/28', AvailabilityZone: 'us-east-1a' });
    expect(tiny.response.Subnet.AvailableIpAddressCount).toBe(11);
  });

  it('stores the CIDR in canonical form (rule 5)', () => {
    const { world, vpcId } = vpcWorld('100.68.0.0/16');
    const { response } = ok(world, 'ec2:CreateSubnet', { VpcId: vpcId, CidrBlock: '100.68.0.18/18', AvailabilityZone: 'us-east-1a' });
    expect(response.Subnet.CidrBlock).toBe('100.68.0.0/18');
  });

  it('refuses a range outside the VPC (rule 2)', () => {
    const { world, vpcId } = vpcWorld();
    const error = no(world, 'ec2:CreateSubnet', { VpcId: vpcId, CidrBlock: '10.17.0.0/24', AvailabilityZone: 'us-east-1a' });
    expect(error.code).toBe('InvalidSubnet.Range');
    expect(error.rule).toBe('subnet.cidr.inside-vpc');
    expect(error.message).toBe(`The CIDR '10.17.0.0/24' is invalid. (VPC ${vpcId})`);
  });

  it('refuses subnets smaller than /28 or larger than /16 (rule 3)', () => {
    const { world, vpcId } = vpcWorld();
    const error = no(world, 'ec2:CreateSubnet', { VpcId: vpcId, CidrBlock: '10.16.0.0/29', AvailabilityZone: 'us-east-1a' });
    expect(error.code).toBe('InvalidSubnet.Range');
    expect(error.rule).toBe('subnet.cidr.size');
  });

  it('refuses overlapping subnets (rule 4) and accepts adjacent ones', () => {
    const { world: w0, vpcId } = vpcWorld();
    const world = ok(w0, 'ec2:CreateSubnet', { VpcId: vpcId, CidrBlock: '10.16.8.0/22', AvailabilityZone: 'us-east-1a' }).world;
    const error = no(world, 'ec2:CreateSubnet', { VpcId: vpcId, CidrBlock: '10.16.8.0/24', AvailabilityZone: 'us-east-1b' });
    expect(error.code).toBe('InvalidSubnet.Conflict');
    expect(error.message).toMatch(new RegExp(`^The CIDR '10\\.16\\.8\\.0/24' conflicts with another subnet \\(VPC ${vpcId}, subnet subnet-[0-9a-f]+\\)$`));
    ok(world, 'ec2:CreateSubnet', { VpcId: vpcId, CidrBlock: '10.16.12.0/22', AvailabilityZone: 'us-east-1b' });
  });

  it('refuses an AZ of another region (rule 5)', () => {
    const { world, vpcId } = vpcWorld();
    const error = no(world, 'ec2:CreateSubnet', { VpcId: vpcId, CidrBlock: '10.16.0.0/24', AvailabilityZone: 'eu-west-1a' });
    expect(error.code).toBe('InvalidParameterValue');
    expect(error.message).toContain('us-east-1a, us-east-1b, us-east-1c');
  });

  it('turns public IPv4 on launch on and off', () => {
    const { world: w0, vpcId } = vpcWorld();
    const created = ok(w0, 'ec2:CreateSubnet', { VpcId: vpcId, CidrBlock: '10.16.0.0/24', AvailabilityZone: 'us-east-1a' });
    const id = created.response.Subnet.SubnetId;
    const world = ok(created.world, 'ec2:ModifySubnetAttribute', { SubnetId: id, MapPublicIpOnLaunch: { Value: true } }).world;
    expect(describe(world, 'ec2:DescribeSubnets', { SubnetIds: [id] }).Subnets[0].MapPublicIpOnLaunch).toBe(true);
  });

  it('deletes an empty subnet and refuses unknown ones', () => {
    const { world: w0, vpcId } = vpcWorld();
    const created = ok(w0, 'ec2:CreateSubnet', { VpcId: vpcId, CidrBlock: '10.16.0.0/24', AvailabilityZone: 'us-east-1a' });
    const id = created.response.Subnet.SubnetId;
    expect(ok(created.world, 'ec2:DeleteSubnet', { SubnetId: id }).world.subnets.size).toBe(0);
    expect(no(created.world, 'ec2:DeleteSubnet', { SubnetId: 'subnet-0000000000000000f' }).code).toBe('InvalidSubnetID.NotFound');
  });

  it('gives a subnet an IPv6 /64 only inside the VPC’s /56', () => {
    const { world: w0, vpcId } = vpcWorld();
    const refused = no(w0, 'ec2:CreateSubnet', {
      VpcId: vpcId,
      CidrBlock: '10.16.0.0/24',
      Ipv6CidrBlock: '2600:1f18:1:100::/64',
      AvailabilityZone: 'us-east-1a',
    });
    expect(refused.rule).toBe('subnet.ipv6.invalid');
    const assoc = ok(w0, 'ec2:AssociateVpcCidrBlock', { VpcId: vpcId, AmazonProvidedIpv6CidrBlock: true });
    const block: string = assoc.response.Ipv6CidrBlockAssociation.Ipv6CidrBlock;
    const subnet64 = block.replace('00::/56', '01::/64');
    const { response } = ok(assoc.world, 'ec2:CreateSubnet', {
      VpcId: vpcId,
      CidrBlock: '10.16.0.0/24',
      Ipv6CidrBlock: subnet64,
      AvailabilityZone: 'us-east-1a',
    });
    expect(response.Subnet.Ipv6CidrBlockAssociationSet[0].Ipv6CidrBlock).toBe(subnet64);
  });
});

suite('internet gateways and routes', () => {
  it('attaches one gateway per VPC and routes 0.0.0.0/0 to it', () => {
    const { world: w0, vpcId } = vpcWorld();
    const igw = ok(w0, 'ec2:CreateInternetGateway');
    const igwId = igw.response.InternetGateway.InternetGatewayId;
    const table = describe(igw.world, 'ec2:DescribeRouteTables').RouteTables[0].RouteTableId;
    expect(no(igw.world, 'ec2:CreateRoute', { RouteTableId: table, DestinationCidrBlock: '0.0.0.0/0', GatewayId: igwId }).rule).toBe(
      'route.target.network',
    );
    const attached = ok(igw.world, 'ec2:AttachInternetGateway', { InternetGatewayId: igwId, VpcId: vpcId }).world;
    const second = ok(attached, 'ec2:CreateInternetGateway');
    const error = no(second.world, 'ec2:AttachInternetGateway', {
      InternetGatewayId: second.response.InternetGateway.InternetGatewayId,
      VpcId: vpcId,
    });
    expect(error.code).toBe('Resource.AlreadyAssociated');
    const routed = ok(attached, 'ec2:CreateRoute', { RouteTableId: table, DestinationCidrBlock: '0.0.0.0/0', GatewayId: igwId }).world;
    expect(describe(routed, 'ec2:DescribeRouteTables').RouteTables[0].Routes[1]).toMatchObject({
      DestinationCidrBlock: '0.0.0.0/0',
      GatewayId: igwId,
    });
    expect(no(routed, 'ec2:CreateRoute', { RouteTableId: table, DestinationCidrBlock: '0.0.0.0/0', GatewayId: igwId }).code).toBe(
      'RouteAlreadyExists',
    );
    expect(no(routed, 'ec2:CreateRoute', { RouteTableId: table, DestinationCidrBlock: '10.16.0.0/16', GatewayId: igwId }).rule).toBe(
      'route.local.immutable',
    );
    expect(no(routed, 'ec2:DeleteInternetGateway', { InternetGatewayId: igwId }).code).toBe('DependencyViolation');
  });

  it('associates subnets with a custom route table', () => {
    const { world: w0, vpcId } = vpcWorld();
    const subnet = ok(w0, 'ec2:CreateSubnet', { VpcId: vpcId, CidrBlock: '10.16.0.0/24', AvailabilityZone: 'us-east-1a' });
    const table = ok(subnet.world, 'ec2:CreateRouteTable', { VpcId: vpcId });
    const id = table.response.RouteTable.RouteTableId;
    const world = ok(table.world, 'ec2:AssociateRouteTable', { RouteTableId: id, SubnetId: subnet.response.Subnet.SubnetId }).world;
    const found = describe(world, 'ec2:DescribeRouteTables', {
      Filters: [{ Name: 'association.subnet-id', Values: [subnet.response.Subnet.SubnetId] }],
    }).RouteTables;
    expect(found.map((t: any) => t.RouteTableId)).toEqual([id]);
  });
});

suite('security groups', () => {
  it('creates named groups, unique per VPC, and never a second "default"', () => {
    const { world: w0, vpcId } = vpcWorld();
    const { world, response } = ok(w0, 'ec2:CreateSecurityGroup', { GroupName: 'web', Description: 'web tier', VpcId: vpcId });
    expect(response.GroupId).toMatch(/^sg-0/);
    expect(no(world, 'ec2:CreateSecurityGroup', { GroupName: 'web', Description: 'again', VpcId: vpcId }).code).toBe(
      'InvalidGroup.Duplicate',
    );
    expect(no(world, 'ec2:CreateSecurityGroup', { GroupName: 'default', Description: 'x', VpcId: vpcId }).code).toBe(
      'InvalidGroup.Reserved',
    );
    const filtered = describe(world, 'ec2:DescribeSecurityGroups', { Filters: [{ Name: 'group-name', Values: ['w*'] }] });
    expect(filtered.SecurityGroups.map((g: any) => g.GroupId)).toEqual([response.GroupId]);
    expect(no(world, 'ec2:DescribeSecurityGroups', { Filters: [{ Name: 'colour', Values: ['red'] }] }).code).toBe(
      'InvalidParameterValue',
    );
  });

  it('refuses a group without VpcId in a region with no default VPC (VPCIdNotSpecified), as RunInstances does', () => {
    const error = no(createWorld(), 'ec2:CreateSecurityGroup', { GroupName: 'web', Description: 'web tier' });
    expect(error).toMatchObject({ code: 'VPCIdNotSpecified', rule: 'sg.create.no-default-vpc', message: 'No default VPC for this user' });
    const withDefault = ok(createWorld({ defaultVpc: true }), 'ec2:CreateSecurityGroup', { GroupName: 'web', Description: 'web tier' });
    expect(withDefault.response.GroupId).toMatch(/^sg-/);
  });

  it('keeps the default group', () => {
    const { world, vpcId } = vpcWorld();
    const id = world.vpcs.get(vpcId)?.defaultSecurityGroupId;
    expect(no(world, 'ec2:DeleteSecurityGroup', { GroupId: id }).code).toBe('CannotDelete');
  });
});

suite('routes to a NAT instance', () => {
  it('routes to an instance through its only interface, and refuses an instance with two (rule 23)', () => {
    const world = createWorld({ defaultVpc: true });
    const subnet = describe(world, 'ec2:DescribeSubnets').Subnets[0];
    const ami = describe(world, 'ec2:DescribeImages', { Owners: ['amazon'] }).Images.find((i: any) => i.RootDeviceType === 'ebs').ImageId;
    const run = ok(world, 'ec2:RunInstances', { ImageId: ami, InstanceType: 't3.micro', MinCount: 1, MaxCount: 1, SubnetId: subnet.SubnetId });
    const instanceId = run.response.Instances[0].InstanceId;
    const eth0 = run.response.Instances[0].NetworkInterfaces[0].NetworkInterfaceId;
    const table = ok(run.world, 'ec2:CreateRouteTable', { VpcId: subnet.VpcId });
    const tableId = table.response.RouteTable.RouteTableId;
    const routed = ok(table.world, 'ec2:CreateRoute', { RouteTableId: tableId, DestinationCidrBlock: '0.0.0.0/0', InstanceId: instanceId });
    expect(describe(routed.world, 'ec2:DescribeRouteTables', { RouteTableIds: [tableId] }).RouteTables[0].Routes[1]).toMatchObject({
      InstanceId: instanceId,
      NetworkInterfaceId: eth0,
    });
    const eni = ok(table.world, 'ec2:CreateNetworkInterface', { SubnetId: subnet.SubnetId });
    const two = ok(eni.world, 'ec2:AttachNetworkInterface', {
      NetworkInterfaceId: eni.response.NetworkInterface.NetworkInterfaceId,
      InstanceId: instanceId,
      DeviceIndex: 1,
    });
    const error = no(two.world, 'ec2:CreateRoute', { RouteTableId: tableId, DestinationCidrBlock: '0.0.0.0/0', InstanceId: instanceId });
    expect(error.code).toBe('InvalidInstanceID');
    expect(error.rule).toBe('instance.multiple-enis');
  });
});

suite('source/destination check on a route target (rule 24)', () => {
  function natLab() {
    const world = createWorld({ defaultVpc: true });
    const subnet = describe(world, 'ec2:DescribeSubnets').Subnets[0];
    const ami = describe(world, 'ec2:DescribeImages', { Owners: ['amazon'] }).Images.find((i: any) => i.RootDeviceType === 'ebs').ImageId;
    const run = ok(world, 'ec2:RunInstances', { ImageId: ami, InstanceType: 't3.micro', MinCount: 1, MaxCount: 1, SubnetId: subnet.SubnetId });
    const table = ok(run.world, 'ec2:CreateRouteTable', { VpcId: subnet.VpcId });
    return {
      world: table.world,
      instanceId: run.response.Instances[0].InstanceId as string,
      eth0: run.response.Instances[0].NetworkInterfaces[0].NetworkInterfaceId as string,
      tableId: table.response.RouteTable.RouteTableId as string,
    };
  }

  it('accepts a route to a NAT instance whose check is on, keeps it active, and a notice says its traffic is dropped', () => {
    const { world, instanceId, eth0, tableId } = natLab();
    const routed = ok(world, 'ec2:CreateRoute', { RouteTableId: tableId, DestinationCidrBlock: '0.0.0.0/0', InstanceId: instanceId });
    const notice = routed.events.find((e) => e.type === 'notice');
    expect(notice?.data).toMatchObject({ rule: 'eni.source-dest-check', networkInterfaceId: eth0, routeTableId: tableId });
    expect(notice?.resourceId).toBe(eth0);
    expect(notice?.message).toContain('source/destination check is on');
    expect(describe(routed.world, 'ec2:DescribeRouteTables', { RouteTableIds: [tableId] }).RouteTables[0].Routes[1]).toEqual({
      DestinationCidrBlock: '0.0.0.0/0',
      NetworkInterfaceId: eth0,
      InstanceId: instanceId,
      Origin: 'CreateRoute',
      State: 'active',
    });
    // ReplaceRoute through the same interface (named by its id) warns too.
    const replaced = ok(routed.world, 'ec2:ReplaceRoute', { RouteTableId: tableId, DestinationCidrBlock: '0.0.0.0/0', NetworkInterfaceId: eth0 });
    expect(replaced.events.filter((e) => e.data?.rule === 'eni.source-dest-check')).toHaveLength(1);
    expect(replaced.events.find((e) => e.type === 'route')?.message).toContain(eth0);
  });

  it('says nothing once the check is off on the interface (the NAT set-up)', () => {
    const { world, instanceId, eth0, tableId } = natLab();
    const off = ok(world, 'ec2:ModifyNetworkInterfaceAttribute', { NetworkInterfaceId: eth0, SourceDestCheck: { Value: false } });
    const routed = ok(off.world, 'ec2:CreateRoute', { RouteTableId: tableId, DestinationCidrBlock: '0.0.0.0/0', InstanceId: instanceId });
    expect(routed.events.filter((e) => e.type === 'notice')).toEqual([]);
    expect(routed.events.map((e) => e.type)).toEqual(['route']);
    // Back on (ModifyInstanceAttribute, one interface): the next route through it warns again.
    const on = ok(routed.world, 'ec2:ModifyInstanceAttribute', { InstanceId: instanceId, SourceDestCheck: { Value: true } });
    const again = ok(on.world, 'ec2:CreateRoute', { RouteTableId: tableId, DestinationCidrBlock: '192.168.0.0/16', NetworkInterfaceId: eth0 });
    expect(again.events.find((e) => e.type === 'notice')?.data?.rule).toBe('eni.source-dest-check');
  });
});
