/** The real AWS SDK v3 EC2Client against the engine: VPC networking, security groups and key pairs. */
import { describe, expect, it } from 'vitest';
import {
  AssociateRouteTableCommand,
  AttachInternetGatewayCommand,
  AuthorizeSecurityGroupEgressCommand,
  AuthorizeSecurityGroupIngressCommand,
  CreateInternetGatewayCommand,
  CreateKeyPairCommand,
  CreateRouteCommand,
  CreateRouteTableCommand,
  CreateSecurityGroupCommand,
  CreateSubnetCommand,
  CreateVpcCommand,
  DeleteKeyPairCommand,
  DeleteRouteCommand,
  DeleteSecurityGroupCommand,
  DeleteSubnetCommand,
  DeleteVpcCommand,
  DescribeAvailabilityZonesCommand,
  DescribeInternetGatewaysCommand,
  DescribeKeyPairsCommand,
  DescribeRegionsCommand,
  DescribeRouteTablesCommand,
  DescribeSecurityGroupRulesCommand,
  DescribeSecurityGroupsCommand,
  DescribeSubnetsCommand,
  DescribeVpcAttributeCommand,
  DescribeVpcsCommand,
  DetachInternetGatewayCommand,
  ImportKeyPairCommand,
  ModifySubnetAttributeCommand,
  ModifyVpcAttributeCommand,
  RevokeSecurityGroupIngressCommand,
} from '@aws-sdk/client-ec2';
import { lab, refusal } from './sdk-test-helpers';

const PUBLIC_KEY = 'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIHx8fHx8fHx8fHx8fHx8fHx8fHx8fHx8fHx8fHx8fHx8 lab@example';

describe('EC2Client through the engine: VPC networking', () => {
  it('builds a public subnet: VPC, subnet, internet gateway, route table, default route', async () => {
    const { ec2, handler } = lab();
    const vpc = await ec2.send(
      new CreateVpcCommand({ CidrBlock: '10.0.0.0/16', TagSpecifications: [{ ResourceType: 'vpc', Tags: [{ Key: 'Name', Value: 'lab' }] }] }),
    );
    const vpcId = vpc.Vpc!.VpcId!;
    expect(vpcId).toMatch(/^vpc-[0-9a-f]{17}$/);
    expect(vpc.Vpc).toMatchObject({ CidrBlock: '10.0.0.0/16', State: 'available', IsDefault: false, Tags: [{ Key: 'Name', Value: 'lab' }] });
    expect(vpc.$metadata.httpStatusCode).toBe(200);

    await ec2.send(new ModifyVpcAttributeCommand({ VpcId: vpcId, EnableDnsHostnames: { Value: true } }));
    const dns = await ec2.send(new DescribeVpcAttributeCommand({ VpcId: vpcId, Attribute: 'enableDnsHostnames' }));
    expect(dns).toMatchObject({ VpcId: vpcId, EnableDnsHostnames: { Value: true } });

    const subnet = await ec2.send(new CreateSubnetCommand({ VpcId: vpcId, CidrBlock: '10.0.1.0/24', AvailabilityZone: 'us-east-1b' }));
    const subnetId = subnet.Subnet!.SubnetId!;
    expect(subnet.Subnet).toMatchObject({ VpcId: vpcId, CidrBlock: '10.0.1.0/24', AvailabilityZone: 'us-east-1b', AvailableIpAddressCount: 251 });
    await ec2.send(new ModifySubnetAttributeCommand({ SubnetId: subnetId, MapPublicIpOnLaunch: { Value: true } }));
    const subnets = await ec2.send(new DescribeSubnetsCommand({ Filters: [{ Name: 'vpc-id', Values: [vpcId] }] }));
    expect(subnets.Subnets).toHaveLength(1);
    expect(subnets.Subnets![0]).toMatchObject({ SubnetId: subnetId, MapPublicIpOnLaunch: true });

    const igw = await ec2.send(new CreateInternetGatewayCommand({}));
    const igwId = igw.InternetGateway!.InternetGatewayId!;
    expect(igwId).toMatch(/^igw-/);
    await ec2.send(new AttachInternetGatewayCommand({ InternetGatewayId: igwId, VpcId: vpcId }));
    const igws = await ec2.send(new DescribeInternetGatewaysCommand({ InternetGatewayIds: [igwId] }));
    expect(igws.InternetGateways![0]!.Attachments).toEqual([{ VpcId: vpcId, State: 'available' }]);

    const rtb = await ec2.send(new CreateRouteTableCommand({ VpcId: vpcId }));
    const rtbId = rtb.RouteTable!.RouteTableId!;
    expect(rtb.RouteTable!.Routes).toContainEqual(expect.objectContaining({ DestinationCidrBlock: '10.0.0.0/16', GatewayId: 'local' }));
    const route = await ec2.send(new CreateRouteCommand({ RouteTableId: rtbId, DestinationCidrBlock: '0.0.0.0/0', GatewayId: igwId }));
    expect(route.Return).toBe(true);
    const assoc = await ec2.send(new AssociateRouteTableCommand({ RouteTableId: rtbId, SubnetId: subnetId }));
    expect(assoc.AssociationId).toMatch(/^rtbassoc-/);

    const tables = await ec2.send(new DescribeRouteTablesCommand({ Filters: [{ Name: 'association.subnet-id', Values: [subnetId] }] }));
    expect(tables.RouteTables!.map((t) => t.RouteTableId)).toEqual([rtbId]);
    expect(tables.RouteTables![0]!.Routes).toContainEqual(expect.objectContaining({ DestinationCidrBlock: '0.0.0.0/0', GatewayId: igwId, State: 'active' }));

    await ec2.send(new DeleteRouteCommand({ RouteTableId: rtbId, DestinationCidrBlock: '0.0.0.0/0' }));
    const after = await ec2.send(new DescribeRouteTablesCommand({ RouteTableIds: [rtbId] }));
    expect(after.RouteTables![0]!.Routes!.map((r) => r.DestinationCidrBlock)).toEqual(['10.0.0.0/16']);
    expect(handler.calls.every((c) => c.ok)).toBe(true);
  });

  it('answers refusals with the AWS code as err.name and HTTP 400', async () => {
    const { ec2 } = lab();
    const bad = await refusal(ec2.send(new CreateVpcCommand({ CidrBlock: '10.0.0.0/8' })));
    expect(bad.name).toBe('InvalidVpc.Range');
    expect(bad.$metadata?.httpStatusCode).toBe(400);
    expect(bad.message).toMatch(/10\.0\.0\.0\/8/);
    const missing = await refusal(ec2.send(new DescribeVpcsCommand({ VpcIds: ['vpc-0123456789abcdef0'] })));
    expect(missing.name).toBe('InvalidVpcID.NotFound');
    const vpc = await ec2.send(new CreateVpcCommand({ CidrBlock: '10.1.0.0/16' }));
    const outside = await refusal(ec2.send(new CreateSubnetCommand({ VpcId: vpc.Vpc!.VpcId!, CidrBlock: '10.2.0.0/24' })));
    expect(outside.name).toBe('InvalidSubnet.Range');
  });

  it('detaches and deletes in order, and refuses a VPC with dependencies', async () => {
    const { ec2 } = lab();
    const vpcId = (await ec2.send(new CreateVpcCommand({ CidrBlock: '10.3.0.0/16' }))).Vpc!.VpcId!;
    const subnetId = (await ec2.send(new CreateSubnetCommand({ VpcId: vpcId, CidrBlock: '10.3.0.0/24' }))).Subnet!.SubnetId!;
    const igwId = (await ec2.send(new CreateInternetGatewayCommand({}))).InternetGateway!.InternetGatewayId!;
    await ec2.send(new AttachInternetGatewayCommand({ InternetGatewayId: igwId, VpcId: vpcId }));
    expect((await refusal(ec2.send(new DeleteVpcCommand({ VpcId: vpcId })))).name).toBe('DependencyViolation');
    await ec2.send(new DetachInternetGatewayCommand({ InternetGatewayId: igwId, VpcId: vpcId }));
    await ec2.send(new DeleteSubnetCommand({ SubnetId: subnetId }));
    await ec2.send(new DeleteVpcCommand({ VpcId: vpcId }));
    const left = await ec2.send(new DescribeVpcsCommand({ Filters: [{ Name: 'cidr', Values: ['10.3.0.0/16'] }] }));
    expect(left.Vpcs).toEqual([]);
  });

  it('describes zones and regions with their filters', async () => {
    const { ec2 } = lab();
    const zones = await ec2.send(new DescribeAvailabilityZonesCommand({ ZoneNames: ['us-east-1a', 'us-east-1c'] }));
    expect(zones.AvailabilityZones!.map((z) => z.ZoneName)).toEqual(['us-east-1a', 'us-east-1c']);
    expect(zones.AvailabilityZones![0]).toMatchObject({ RegionName: 'us-east-1', State: 'available' });
    expect(zones.AvailabilityZones![0]!.ZoneId).toMatch(/^use1-az\d$/);
    const regions = await ec2.send(new DescribeRegionsCommand({ RegionNames: ['eu-west-1'] }));
    expect(regions.Regions).toEqual([expect.objectContaining({ RegionName: 'eu-west-1', Endpoint: 'ec2.eu-west-1.amazonaws.com' })]);
  });
});

describe('EC2Client through the engine: security groups and key pairs', () => {
  it('creates a group, authorizes and revokes rules, and lists them', async () => {
    const { ec2 } = lab();
    const vpcId = (await ec2.send(new CreateVpcCommand({ CidrBlock: '10.0.0.0/16' }))).Vpc!.VpcId!;
    const sg = await ec2.send(new CreateSecurityGroupCommand({ GroupName: 'web', Description: 'web servers', VpcId: vpcId }));
    const groupId = sg.GroupId!;
    expect(groupId).toMatch(/^sg-/);
    const ingress = await ec2.send(
      new AuthorizeSecurityGroupIngressCommand({
        GroupId: groupId,
        IpPermissions: [
          { IpProtocol: 'tcp', FromPort: 22, ToPort: 22, IpRanges: [{ CidrIp: '203.0.113.0/24', Description: 'office' }] },
          { IpProtocol: 'tcp', FromPort: 443, ToPort: 443, IpRanges: [{ CidrIp: '0.0.0.0/0' }] },
        ],
      }),
    );
    expect(ingress.Return).toBe(true);
    expect(ingress.SecurityGroupRules).toHaveLength(2);
    expect(ingress.SecurityGroupRules![0]).toMatchObject({ GroupId: groupId, IsEgress: false, IpProtocol: 'tcp', FromPort: 22, CidrIpv4: '203.0.113.0/24' });
    const egress = await ec2.send(
      new AuthorizeSecurityGroupEgressCommand({ GroupId: groupId, IpPermissions: [{ IpProtocol: 'udp', FromPort: 53, ToPort: 53, IpRanges: [{ CidrIp: '10.0.0.2/32' }] }] }),
    );
    expect(egress.SecurityGroupRules![0]).toMatchObject({ IsEgress: true, IpProtocol: 'udp', FromPort: 53 });

    const dup = await refusal(
      ec2.send(new AuthorizeSecurityGroupIngressCommand({ GroupId: groupId, IpPermissions: [{ IpProtocol: 'tcp', FromPort: 443, ToPort: 443, IpRanges: [{ CidrIp: '0.0.0.0/0' }] }] })),
    );
    expect(dup.name).toBe('InvalidPermission.Duplicate');

    await ec2.send(new RevokeSecurityGroupIngressCommand({ GroupId: groupId, IpPermissions: [{ IpProtocol: 'tcp', FromPort: 22, ToPort: 22, IpRanges: [{ CidrIp: '203.0.113.0/24' }] }] }));
    const groups = await ec2.send(new DescribeSecurityGroupsCommand({ Filters: [{ Name: 'group-name', Values: ['web'] }] }));
    expect(groups.SecurityGroups).toHaveLength(1);
    expect(groups.SecurityGroups![0]).toMatchObject({ GroupId: groupId, GroupName: 'web', Description: 'web servers', VpcId: vpcId });
    expect(groups.SecurityGroups![0]!.IpPermissions).toEqual([
      expect.objectContaining({ IpProtocol: 'tcp', FromPort: 443, ToPort: 443, IpRanges: [{ CidrIp: '0.0.0.0/0' }] }),
    ]);
    const rules = await ec2.send(new DescribeSecurityGroupRulesCommand({ Filters: [{ Name: 'group-id', Values: [groupId] }] }));
    // the default all-traffic egress, the DNS egress and the HTTPS ingress
    expect(rules.SecurityGroupRules!.map((r) => `${r.IsEgress ? 'out' : 'in'}:${r.IpProtocol}:${r.FromPort}`).sort()).toEqual(['in:tcp:443', 'out:-1:-1', 'out:udp:53']);

    await ec2.send(new DeleteSecurityGroupCommand({ GroupId: groupId }));
    const gone = await refusal(ec2.send(new DescribeSecurityGroupsCommand({ GroupIds: [groupId] })));
    expect(gone.name).toBe('InvalidGroup.NotFound');
  });

  it('creates, imports, describes and deletes key pairs', async () => {
    const { ec2 } = lab();
    const created = await ec2.send(new CreateKeyPairCommand({ KeyName: 'lab-key', KeyType: 'ed25519' }));
    expect(created).toMatchObject({ KeyName: 'lab-key' });
    expect(created.KeyPairId).toMatch(/^key-/);
    expect(created.KeyMaterial).toMatch(/BEGIN OPENSSH PRIVATE KEY/);
    const imported = await ec2.send(new ImportKeyPairCommand({ KeyName: 'laptop', PublicKeyMaterial: new TextEncoder().encode(PUBLIC_KEY) }));
    expect(imported.KeyName).toBe('laptop');
    expect(imported.KeyFingerprint).toBeTruthy();
    const dup = await refusal(ec2.send(new CreateKeyPairCommand({ KeyName: 'laptop' })));
    expect(dup.name).toBe('InvalidKeyPair.Duplicate');
    const pairs = await ec2.send(new DescribeKeyPairsCommand({}));
    expect(pairs.KeyPairs!.map((k) => k.KeyName).sort()).toEqual(['lab-key', 'laptop']);
    expect(pairs.KeyPairs!.find((k) => k.KeyName === 'lab-key')!.KeyType).toBe('ed25519');
    await ec2.send(new DeleteKeyPairCommand({ KeyName: 'lab-key' }));
    const left = await ec2.send(new DescribeKeyPairsCommand({}));
    expect(left.KeyPairs!.map((k) => k.KeyName)).toEqual(['laptop']);
  });
});
