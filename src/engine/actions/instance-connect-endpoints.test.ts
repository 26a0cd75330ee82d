import { describe, expect, it } from 'vitest';
import { createWorld, type World } from '../index';
import { no, ok } from '../engine-test-helpers';

/**
 * EC2 Instance Connect Endpoint (rule A23): a private instance in a VPC with no internet gateway, reached through an
 * endpoint in its subnet. The instance's group `app` and the endpoint's group `eice` are wired as AWS documents.
 */
function privateLab() {
  let world: World = createWorld();
  const vpc = ok(world, 'ec2:CreateVpc', { CidrBlock: '10.16.0.0/16' });
  const vpcId: string = vpc.response.Vpc.VpcId;
  const subnet = ok(vpc.world, 'ec2:CreateSubnet', { VpcId: vpcId, CidrBlock: '10.16.0.0/24', AvailabilityZone: 'us-east-1a' });
  const subnetId: string = subnet.response.Subnet.SubnetId;
  const app = ok(subnet.world, 'ec2:CreateSecurityGroup', { GroupName: 'app', Description: 'app', VpcId: vpcId });
  const appGroup: string = app.response.GroupId;
  const eice = ok(app.world, 'ec2:CreateSecurityGroup', { GroupName: 'eice', Description: 'eice', VpcId: vpcId });
  const eiceGroup: string = eice.response.GroupId;
  world = ok(eice.world, 'ec2:CreateKeyPair', { KeyName: 'lab' }).world;
  const ami = world.images.values().find((i) => i.rootDeviceType === 'ebs' && i.region === 'us-east-1')!.id;
  const run = ok(world, 'ec2:RunInstances', {
    ImageId: ami, InstanceType: 't3.micro', MinCount: 1, MaxCount: 1, SubnetId: subnetId, SecurityGroupIds: [appGroup], KeyName: 'lab',
  });
  world = ok(run.world, 'sim:AdvanceTime', { Seconds: 120 }).world;
  return { world, vpcId, subnetId, appGroup, eiceGroup, id: run.response.Instances[0].InstanceId as string };
}

type Lab = ReturnType<typeof privateLab>;

/** The endpoint group's default all-traffic egress replaced by TCP 22 to the app group only, as AWS recommends. */
function endpointEgress22(l: Lab, world: World): World {
  const rules = world.securityGroupRules.values().filter((r) => r.groupId === l.eiceGroup && r.isEgress);
  let w = ok(world, 'ec2:RevokeSecurityGroupEgress', { GroupId: l.eiceGroup, SecurityGroupRuleIds: rules.map((r) => r.id) }).world;
  w = ok(w, 'ec2:AuthorizeSecurityGroupEgress', {
    GroupId: l.eiceGroup, IpPermissions: [{ IpProtocol: 'tcp', FromPort: 22, ToPort: 22, UserIdGroupPairs: [{ GroupId: l.appGroup }] }],
  }).world;
  return w;
}

function appAdmitsEndpoint(l: Lab, world: World): World {
  return ok(world, 'ec2:AuthorizeSecurityGroupIngress', {
    GroupId: l.appGroup, IpPermissions: [{ IpProtocol: 'tcp', FromPort: 22, ToPort: 22, UserIdGroupPairs: [{ GroupId: l.eiceGroup }] }],
  }).world;
}

function withEndpoint(l: Lab, world = l.world, params: Record<string, unknown> = {}) {
  const r = ok(world, 'ec2:CreateInstanceConnectEndpoint', { SubnetId: l.subnetId, SecurityGroupIds: [l.eiceGroup], ...params });
  return { world: r.world, endpointId: r.response.InstanceConnectEndpoint.InstanceConnectEndpointId as string, response: r.response, events: r.events };
}

const through = (l: Lab, endpointId: string, extra: Record<string, unknown> = {}) => ({
  InstanceId: l.id, From: 'eic-endpoint', InstanceConnectEndpointId: endpointId, KeyName: 'lab', ...extra,
});

function wired() {
  const l = privateLab();
  const e = withEndpoint(l);
  const world = appAdmitsEndpoint(l, endpointEgress22(l, e.world));
  return { ...l, world, endpointId: e.endpointId };
}

describe('ec2:CreateInstanceConnectEndpoint (rule A23)', () => {
  it('creates a settled endpoint with AWS’s shape, its own requester-managed interface, default group when none is named', () => {
    const l = privateLab();
    const r = ok(l.world, 'ec2:CreateInstanceConnectEndpoint', { SubnetId: l.subnetId, TagSpecifications: [{ ResourceType: 'instance-connect-endpoint', Tags: [{ Key: 'Name', Value: 'bastionless' }] }] });
    const e = r.response.InstanceConnectEndpoint;
    const defaultGroup = r.world.vpcs.get(l.vpcId)!.defaultSecurityGroupId;
    expect(e).toMatchObject({
      InstanceConnectEndpointId: expect.stringMatching(/^eice-0[0-9a-f]{16}$/),
      State: 'create-complete', SubnetId: l.subnetId, VpcId: l.vpcId, AvailabilityZone: 'us-east-1a',
      SecurityGroupIds: [defaultGroup], PreserveClientIp: false, OwnerId: '111122223333',
      Tags: [{ Key: 'Name', Value: 'bastionless' }],
    });
    expect(e.InstanceConnectEndpointArn).toBe(`arn:aws:ec2:us-east-1:111122223333:instance-connect-endpoint/${e.InstanceConnectEndpointId}`);
    expect(e.DnsName).toMatch(new RegExp(`^${e.InstanceConnectEndpointId}\\.[0-9a-f]{8}\\.ec2-instance-connect-endpoint\\.us-east-1\\.amazonaws\\.com$`));
    expect(r.events.map((x) => x.to)).toEqual(['create-in-progress', 'create-complete']);
    const eni = ok(r.world, 'ec2:DescribeNetworkInterfaces', { NetworkInterfaceIds: e.NetworkInterfaceIds }).response.NetworkInterfaces[0];
    expect(eni).toMatchObject({ SubnetId: l.subnetId, InterfaceType: 'ec2_instance_connect_endpoint', RequesterManaged: true, Status: 'in-use' });
    const free = (w: World) => ok(w, 'ec2:DescribeSubnets', { SubnetIds: [l.subnetId] }).response.Subnets[0].AvailableIpAddressCount;
    expect(free(r.world)).toBe(free(l.world) - 1);
  });

  it('its interface cannot be attached or deleted by the user; unknown and malformed subnets and groups are refused', () => {
    const l = privateLab();
    const e = withEndpoint(l);
    const eniId: string = e.response.InstanceConnectEndpoint.NetworkInterfaceIds[0];
    expect(no(e.world, 'ec2:DeleteNetworkInterface', { NetworkInterfaceId: eniId })).toMatchObject({ code: 'InvalidNetworkInterface.InUse', rule: 'eni.requester-managed' });
    expect(no(e.world, 'ec2:AttachNetworkInterface', { NetworkInterfaceId: eniId, InstanceId: l.id, DeviceIndex: 1 }).rule).toBe('eni.requester-managed');
    expect(no(e.world, 'ec2:ModifyNetworkInterfaceAttribute', { NetworkInterfaceId: eniId, Groups: [l.appGroup] }).rule).toBe('eni.requester-managed');
    expect(no(e.world, 'ec2:AssignPrivateIpAddresses', { NetworkInterfaceId: eniId, SecondaryPrivateIpAddressCount: 1 }).rule).toBe('eni.requester-managed');
    const ami = e.world.images.values().find((i) => i.rootDeviceType === 'ebs' && i.region === 'us-east-1')!.id;
    const launch = { ImageId: ami, InstanceType: 't3.micro', MinCount: 1, MaxCount: 1, NetworkInterfaces: [{ DeviceIndex: 0, NetworkInterfaceId: eniId }] };
    expect(no(e.world, 'ec2:RunInstances', launch).rule).toBe('eni.requester-managed');
    expect(no(l.world, 'ec2:CreateInstanceConnectEndpoint', { SubnetId: 'subnet-0123456789abcdef0' }).code).toBe('InvalidSubnetID.NotFound');
    expect(no(l.world, 'ec2:CreateInstanceConnectEndpoint', { SubnetId: l.subnetId, SecurityGroupIds: ['sg-0123456789abcdef0'] }).code).toBe('InvalidGroup.NotFound');
  });

  it('takes tags with CreateTags like any EC2 resource', () => {
    const l = privateLab();
    const e = withEndpoint(l);
    const tagged = ok(e.world, 'ec2:CreateTags', { Resources: [e.endpointId], Tags: [{ Key: 'Name', Value: 'eice-a' }] }).world;
    const listed = ok(tagged, 'ec2:DescribeInstanceConnectEndpoints', { InstanceConnectEndpointIds: [e.endpointId] }).response;
    expect(listed.InstanceConnectEndpoints[0].Tags).toEqual([{ Key: 'Name', Value: 'eice-a' }]);
  });

  it('the same ClientToken returns the first endpoint instead of a second one', () => {
    const l = privateLab();
    const first = withEndpoint(l, l.world, { ClientToken: 'once' });
    const again = ok(first.world, 'ec2:CreateInstanceConnectEndpoint', { SubnetId: l.subnetId, ClientToken: 'once' });
    expect(again.response.InstanceConnectEndpoint.InstanceConnectEndpointId).toBe(first.endpointId);
    expect(again.world.instanceConnectEndpoints.size).toBe(1);
  });
});

describe('sim:Ssh through an EC2 Instance Connect Endpoint (rule A23)', () => {
  it('a private instance in a VPC with no internet gateway times out from the internet', () => {
    const l = wired();
    expect(no(l.world, 'sim:Ssh', { InstanceId: l.id, From: 'internet', KeyName: 'lab' })).toMatchObject({ code: 'Ssh.ConnectionTimedOut', rule: 'ssh.no-public-address' });
  });

  it('connects through the endpoint when its group lets 22 out and the instance group admits the endpoint group', () => {
    const l = wired();
    const r = ok(l.world, 'sim:Ssh', through(l, l.endpointId)).response;
    const privateIp = l.world.instances.get(l.id)!;
    expect(r).toMatchObject({ Connected: true, User: 'ec2-user', InstanceId: l.id });
    expect(r.Address).toMatch(/^10\.16\.0\./);
    expect(r.SourceIp).toMatch(/^10\.16\.0\./);
    expect(privateIp.vpcId).toBe(l.vpcId);
  });

  it('times out when the endpoint group has no outbound TCP 22, or the instance group does not admit it', () => {
    const l = privateLab();
    const e = withEndpoint(l);
    const noEgress = appAdmitsEndpoint(l, ok(e.world, 'ec2:RevokeSecurityGroupEgress', {
      GroupId: l.eiceGroup, SecurityGroupRuleIds: e.world.securityGroupRules.values().filter((r) => r.groupId === l.eiceGroup && r.isEgress).map((r) => r.id),
    }).world);
    expect(no(noEgress, 'sim:Ssh', through(l, e.endpointId))).toMatchObject({ code: 'Ssh.ConnectionTimedOut', rule: 'ssh.eice.endpoint-egress' });
    const notAdmitted = endpointEgress22(l, e.world);
    expect(no(notAdmitted, 'sim:Ssh', through(l, e.endpointId))).toMatchObject({ code: 'Ssh.ConnectionTimedOut', rule: 'ssh.eice.security-group' });
    // Admitting the VPC CIDR works as well as the endpoint's group.
    const byCidr = ok(notAdmitted, 'ec2:AuthorizeSecurityGroupIngress', {
      GroupId: l.appGroup, IpPermissions: [{ IpProtocol: 'tcp', FromPort: 22, ToPort: 22, IpRanges: [{ CidrIp: '10.16.0.0/16' }] }],
    }).world;
    expect(ok(byCidr, 'sim:Ssh', through(l, e.endpointId)).response.Connected).toBe(true);
  });

  it('with PreserveClientIp the instance sees the client address, not the endpoint group', () => {
    const l = privateLab();
    const e = withEndpoint(l, l.world, { PreserveClientIp: true });
    const world = appAdmitsEndpoint(l, endpointEgress22(l, e.world));
    expect(no(world, 'sim:Ssh', through(l, e.endpointId, { SourceIp: '198.51.100.7' })).rule).toBe('ssh.eice.security-group');
    const mine = ok(world, 'ec2:AuthorizeSecurityGroupIngress', {
      GroupId: l.appGroup, IpPermissions: [{ IpProtocol: 'tcp', FromPort: 22, ToPort: 22, IpRanges: [{ CidrIp: '198.51.100.7/32' }] }],
    }).world;
    expect(ok(mine, 'sim:Ssh', through(l, e.endpointId, { SourceIp: '198.51.100.7' })).response.SourceIp).toBe('198.51.100.7');
  });

  it('an endpoint of another VPC, a deleted, unknown or malformed endpoint, a stopped instance or a wrong key are refused', () => {
    const l = wired();
    const other = ok(l.world, 'ec2:CreateVpc', { CidrBlock: '10.17.0.0/16' });
    const otherSubnet = ok(other.world, 'ec2:CreateSubnet', { VpcId: other.response.Vpc.VpcId, CidrBlock: '10.17.0.0/24', AvailabilityZone: 'us-east-1a' });
    const far = ok(otherSubnet.world, 'ec2:CreateInstanceConnectEndpoint', { SubnetId: otherSubnet.response.Subnet.SubnetId });
    const farId: string = far.response.InstanceConnectEndpoint.InstanceConnectEndpointId;
    expect(no(far.world, 'sim:Ssh', through(l, farId))).toMatchObject({ code: 'Ssh.ConnectionTimedOut', rule: 'ssh.eice.other-vpc' });
    const deleted = ok(l.world, 'ec2:DeleteInstanceConnectEndpoint', { InstanceConnectEndpointId: l.endpointId }).world;
    expect(no(deleted, 'sim:Ssh', through(l, l.endpointId))).toMatchObject({ code: 'InvalidInstanceConnectEndpointId.NotFound', rule: 'eice.endpoint.not-found' });
    expect(no(l.world, 'sim:Ssh', through(l, 'eice-nope'))).toMatchObject({ code: 'InvalidInstanceConnectEndpointId.Malformed', rule: 'eice.endpoint.malformed' });
    const stopped = ok(l.world, 'ec2:StopInstances', { InstanceIds: [l.id] }).world;
    expect(no(stopped, 'sim:Ssh', through(l, l.endpointId)).rule).toBe('ssh.instance-not-running');
    expect(no(l.world, 'sim:Ssh', through(l, l.endpointId, { KeyName: undefined })).code).toBe('Ssh.PermissionDenied');
  });
});

describe('sim:Ssh through an endpoint in another subnet crosses both subnets\' network ACLs (rules A13, A23)', () => {
  it('times out while the instance subnet\'s custom ACL drops the endpoint\'s traffic, connects once 22 in and the replies out are allowed', () => {
    const l = privateLab();
    const other = ok(l.world, 'ec2:CreateSubnet', { VpcId: l.vpcId, CidrBlock: '10.16.1.0/24', AvailabilityZone: 'us-east-1b' });
    const endpointSubnet: string = other.response.Subnet.SubnetId;
    const created = ok(other.world, 'ec2:CreateInstanceConnectEndpoint', { SubnetId: endpointSubnet, SecurityGroupIds: [l.eiceGroup] });
    const endpointId: string = created.response.InstanceConnectEndpoint.InstanceConnectEndpointId;
    let world = appAdmitsEndpoint(l, endpointEgress22(l, created.world));
    expect(ok(world, 'sim:Ssh', through(l, endpointId)).response.Connected).toBe(true);
    // A custom ACL on the instance's subnet: it denies everything until entries are added.
    const acl = ok(world, 'ec2:CreateNetworkAcl', { VpcId: l.vpcId });
    const aclId: string = acl.response.NetworkAcl.NetworkAclId;
    const assoc = ok(acl.world, 'ec2:DescribeNetworkAcls', { Filters: [{ Name: 'association.subnet-id', Values: [l.subnetId] }] })
      .response.NetworkAcls[0].Associations.find((a: { SubnetId: string }) => a.SubnetId === l.subnetId).NetworkAclAssociationId;
    world = ok(acl.world, 'ec2:ReplaceNetworkAclAssociation', { AssociationId: assoc, NetworkAclId: aclId }).world;
    expect(no(world, 'sim:Ssh', through(l, endpointId))).toMatchObject({ code: 'Ssh.ConnectionTimedOut', rule: 'ssh.network-acl' });
    const entry = (RuleNumber: number, Egress: boolean, From: number, To: number) =>
      ({ NetworkAclId: aclId, RuleNumber, Protocol: '6', RuleAction: 'allow', Egress, CidrBlock: '10.16.1.0/24', PortRange: { From, To } });
    world = ok(world, 'ec2:CreateNetworkAclEntry', entry(100, false, 22, 22)).world;
    expect(no(world, 'sim:Ssh', through(l, endpointId))).toMatchObject({ rule: 'ssh.network-acl' }); // the replies are still dropped
    world = ok(world, 'ec2:CreateNetworkAclEntry', entry(100, true, 1024, 65535)).world;
    expect(ok(world, 'sim:Ssh', through(l, endpointId)).response.Connected).toBe(true);
  });
});

describe('Describe and DeleteInstanceConnectEndpoint (rule A23)', () => {
  it('filters by id, state, subnet, VPC and tag; unknown and malformed ids are refused', () => {
    const l = privateLab();
    const a = withEndpoint(l, l.world, { TagSpecifications: [{ ResourceType: 'instance-connect-endpoint', Tags: [{ Key: 'team', Value: 'a' }] }] });
    const b = withEndpoint(l, a.world);
    const list = (Filters: unknown[]) =>
      ok(b.world, 'ec2:DescribeInstanceConnectEndpoints', { Filters }).response.InstanceConnectEndpoints.map((e: { InstanceConnectEndpointId: string }) => e.InstanceConnectEndpointId);
    expect(list([])).toEqual([a.endpointId, b.endpointId]);
    expect(list([{ Name: 'instance-connect-endpoint-id', Values: [b.endpointId] }])).toEqual([b.endpointId]);
    expect(list([{ Name: 'state', Values: ['create-complete'] }])).toHaveLength(2);
    expect(list([{ Name: 'state', Values: ['delete-complete'] }])).toEqual([]);
    expect(list([{ Name: 'subnet-id', Values: [l.subnetId] }, { Name: 'vpc-id', Values: [l.vpcId] }])).toHaveLength(2);
    expect(list([{ Name: 'tag:team', Values: ['a'] }])).toEqual([a.endpointId]);
    expect(list([{ Name: 'tag-key', Values: ['team'] }])).toEqual([a.endpointId]);
    const page = ok(b.world, 'ec2:DescribeInstanceConnectEndpoints', { MaxResults: 1 }).response;
    expect(page.InstanceConnectEndpoints).toHaveLength(1);
    expect(page.NextToken).toEqual(expect.any(String));
    expect(no(b.world, 'ec2:DescribeInstanceConnectEndpoints', { InstanceConnectEndpointIds: ['eice-0123456789abcdef0'] }).code).toBe('InvalidInstanceConnectEndpointId.NotFound');
    expect(no(b.world, 'ec2:DescribeInstanceConnectEndpoints', { InstanceConnectEndpointIds: ['eice-xyz'] }).code).toBe('InvalidInstanceConnectEndpointId.Malformed');
  });

  it('DeleteSubnet and DeleteVpc are refused while the endpoint lives; deleting it frees both', () => {
    const l = privateLab();
    const clean = ok(l.world, 'ec2:TerminateInstances', { InstanceIds: [l.id] }).world;
    const e = withEndpoint(l, clean);
    expect(no(e.world, 'ec2:DeleteSubnet', { SubnetId: l.subnetId })).toMatchObject({ code: 'DependencyViolation', rule: 'eice.endpoint.in-use' });
    expect(no(e.world, 'ec2:DeleteVpc', { VpcId: l.vpcId }).code).toBe('DependencyViolation');
    const gone = ok(e.world, 'ec2:DeleteInstanceConnectEndpoint', { InstanceConnectEndpointId: e.endpointId });
    expect(gone.response.InstanceConnectEndpoint).toMatchObject({ InstanceConnectEndpointId: e.endpointId, State: 'delete-complete' });
    expect(gone.world.networkInterfaces.get(e.response.InstanceConnectEndpoint.NetworkInterfaceIds[0])).toBeUndefined();
    expect(no(gone.world, 'ec2:DeleteInstanceConnectEndpoint', { InstanceConnectEndpointId: e.endpointId }).code).toBe('InvalidInstanceConnectEndpointId.NotFound');
    const noSubnet = ok(gone.world, 'ec2:DeleteSubnet', { SubnetId: l.subnetId }).world;
    expect(noSubnet.subnets.get(l.subnetId)).toBeUndefined();
  });
});
