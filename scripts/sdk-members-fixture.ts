/**
 * A world with one of each resource the ec2 actions name, and a value for each request member by name, so the
 * SDK-walk test (sdk-members.test.ts) can send every documented member of every action to the engine.
 */
import { createWorld, describe, type World } from '../src/engine';
import { ok } from '../src/engine/engine-test-helpers';
import { sdkEnums } from './sdk-shapes';

export interface Fixture {
  world: World;
  /** Request member name → a value that names a resource of the fixture (`VpcId` → its VPC). */
  byName: Record<string, unknown>;
  /** Requests that need more than `byName` to get past their first check, by action. */
  base: Record<string, Record<string, unknown>>;
}

const ED25519 = 'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIGqW0kSaJ3Rm1cPOv1wQw5d2uC0vQ0p2bA3mXyZ9kL4r me@laptop';

/** The ids of the resources the fixture made, and the SSH rule it authorised. */
interface Made {
  vpc: string;
  subnet: string;
  igw: string;
  rtb: string;
  acl: string;
  sg: string;
  image: string;
  instance: string;
  eni: string;
  eip: { AllocationId: string; PublicIp: string };
  volume: string;
  snapshot: string;
  lt: string;
  host: string;
  spot: string;
  association: string;
  attachment: string;
  ownImage: string;
  stopped: string;
  offering: string;
  rule: string;
  ssh: { GroupId: string; IpProtocol: string; FromPort: number; ToPort: number; CidrIp: string };
}

/** One of each resource the ec2 actions name, made through the engine. */
function makeResources(): { world: World; made: Made } {
  let world = createWorld();
  const step = (type: string, params: Record<string, unknown>): any => {
    const r = ok(world, type, params);
    world = r.world;
    return r.response;
  };
  const vpc = step('ec2:CreateVpc', { CidrBlock: '10.16.0.0/16' }).Vpc.VpcId;
  const subnet = step('ec2:CreateSubnet', { VpcId: vpc, CidrBlock: '10.16.0.0/20', AvailabilityZone: 'us-east-1a' }).Subnet.SubnetId;
  const igw = step('ec2:CreateInternetGateway', {}).InternetGateway.InternetGatewayId;
  step('ec2:AttachInternetGateway', { InternetGatewayId: igw, VpcId: vpc });
  const rtb = step('ec2:CreateRouteTable', { VpcId: vpc }).RouteTable.RouteTableId;
  const sg = step('ec2:CreateSecurityGroup', { GroupName: 'web', Description: 'web', VpcId: vpc }).GroupId;
  const image = describe(world, 'ec2:DescribeImages', { Owners: ['amazon'], Filters: [{ Name: 'root-device-type', Values: ['ebs'] }] })
    .Images[0].ImageId;
  step('ec2:CreateKeyPair', { KeyName: 'lab' });
  const instance = step('ec2:RunInstances', { ImageId: image, InstanceType: 't3.micro', MinCount: 1, MaxCount: 1, SubnetId: subnet })
    .Instances[0].InstanceId;
  const eni = step('ec2:CreateNetworkInterface', { SubnetId: subnet }).NetworkInterface.NetworkInterfaceId;
  const eip = step('ec2:AllocateAddress', { Domain: 'vpc' });
  const volume = step('ec2:CreateVolume', { AvailabilityZone: 'us-east-1a', Size: 8 }).VolumeId;
  const snapshot = step('ec2:CreateSnapshot', { VolumeId: volume }).SnapshotId;
  const lt = step('ec2:CreateLaunchTemplate', { LaunchTemplateName: 'web', LaunchTemplateData: { ImageId: image, InstanceType: 't3.micro' } })
    .LaunchTemplate.LaunchTemplateId;
  const host = step('ec2:AllocateHosts', { AvailabilityZone: 'us-east-1a', InstanceType: 'm5.large', Quantity: 1 }).HostIds[0];
  const spot = step('ec2:RequestSpotInstances', { LaunchSpecification: { ImageId: image, InstanceType: 't3.micro', SubnetId: subnet } })
    .SpotInstanceRequests[0].SpotInstanceRequestId;
  step('ec2:CreateRoute', { RouteTableId: rtb, DestinationCidrBlock: '0.0.0.0/0', GatewayId: igw });
  const association = step('ec2:AssociateAddress', { AllocationId: eip.AllocationId, InstanceId: instance }).AssociationId;
  const attachment = step('ec2:AttachNetworkInterface', { NetworkInterfaceId: eni, InstanceId: instance, DeviceIndex: 1 }).AttachmentId;
  const ownImage = step('ec2:CreateImage', { InstanceId: instance, Name: 'mine' }).ImageId;
  const stopped = step('ec2:RunInstances', { ImageId: image, InstanceType: 't3.micro', MinCount: 1, MaxCount: 1, SubnetId: subnet })
    .Instances[0].InstanceId;
  step('ec2:StopInstances', { InstanceIds: [stopped], Force: true });
  const ssh = { GroupId: sg, IpProtocol: 'tcp', FromPort: 22, ToPort: 22, CidrIp: '10.0.0.0/8' };
  step('ec2:AuthorizeSecurityGroupIngress', ssh);
  const offering = describe(world, 'ec2:DescribeReservedInstancesOfferings', { InstanceType: 't3.micro', MaxResults: 1 })
    .ReservedInstancesOfferings[0].ReservedInstancesOfferingId;
  const rule = describe(world, 'ec2:DescribeSecurityGroupRules', { Filters: [{ Name: 'group-id', Values: [sg] }] }).SecurityGroupRules[0]
    .SecurityGroupRuleId;
  const acl = step('ec2:CreateNetworkAcl', { VpcId: vpc }).NetworkAcl.NetworkAclId;
  step('ec2:CreateNetworkAclEntry', { NetworkAclId: acl, RuleNumber: 100, Protocol: '6', RuleAction: 'allow', Egress: false, CidrBlock: '0.0.0.0/0', PortRange: { From: 22, To: 22 } });
  const made = { vpc, subnet, igw, rtb, acl, sg, image, instance, eni, eip, volume, snapshot, lt, host, spot, association, attachment };
  return { world, made: { ...made, ownImage, stopped, ssh, offering, rule } };
}

/** Requests that need more than `byName` to get past their first check, by action. */
function baseRequests(m: Made): Record<string, Record<string, unknown>> {
  const { vpc, subnet, igw, rtb, acl, sg, image, instance, eni, eip, volume, snapshot, association, attachment, ownImage, stopped, ssh } = m;
  const aclEntry = { NetworkAclId: acl, RuleNumber: 100, Protocol: '6', RuleAction: 'allow', Egress: false, CidrBlock: '0.0.0.0/0', PortRange: { From: 22, To: 22 } };
  const lts = { ImageId: image, InstanceType: 't3.micro', SubnetId: subnet };
  const route = { RouteTableId: rtb, DestinationCidrBlock: '0.0.0.0/0' };
  return {
    'ec2:CreateVpc': { CidrBlock: '10.20.0.0/16' },
    'ec2:AssociateVpcCidrBlock': { VpcId: vpc, CidrBlock: '10.17.0.0/16' },
    'ec2:ModifyVpcAttribute': { VpcId: vpc },
    'ec2:ModifySubnetAttribute': { SubnetId: subnet },
    'ec2:CreateRoute': { RouteTableId: rtb, DestinationCidrBlock: '10.99.0.0/16', GatewayId: igw },
    'ec2:ReplaceRoute': { ...route, GatewayId: igw },
    'ec2:DeleteRoute': route,
    'ec2:CreateNetworkAclEntry': { ...aclEntry, RuleNumber: 110 },
    'ec2:ReplaceNetworkAclEntry': aclEntry,
    'ec2:DeleteNetworkAclEntry': { NetworkAclId: acl, RuleNumber: 100, Egress: false },
    'ec2:CreateSecurityGroup': { GroupName: 'probe-new', Description: 'probe', VpcId: vpc },
    'ec2:RunInstances': { ImageId: image, InstanceType: 't3.micro', MinCount: 1, MaxCount: 1, SubnetId: subnet },
    'ec2:ModifyInstanceAttribute': { InstanceId: stopped },
    'ec2:DetachNetworkInterface': { AttachmentId: attachment },
    'ec2:ModifyNetworkInterfaceAttribute': { NetworkInterfaceId: eni },
    'ec2:DisassociateAddress': { AssociationId: association },
    'ec2:AssociateAddress': { AllocationId: eip.AllocationId, NetworkInterfaceId: eni },
    'ec2:AttachVolume': { VolumeId: volume, InstanceId: instance, Device: '/dev/sdf' },
    'ec2:ModifySnapshotAttribute': { SnapshotId: snapshot, Attribute: 'createVolumePermission', OperationType: 'add' },
    'ec2:RegisterImage': {
      Name: 'probe-image',
      RootDeviceName: '/dev/xvda',
      BlockDeviceMappings: [{ DeviceName: '/dev/xvda', Ebs: { SnapshotId: snapshot } }],
    },
    'ec2:DeregisterImage': { ImageId: ownImage },
    'ec2:ModifyImageAttribute': { ImageId: ownImage },
    'ec2:DescribeImageAttribute': { ImageId: ownImage, Attribute: 'description' },
    'ec2:RequestSpotInstances': { LaunchSpecification: lts },
    'ec2:AllocateHosts': { AvailabilityZone: 'us-east-1a', InstanceType: 'm5.large', Quantity: 1 },
    'ec2:ModifyInstancePlacement': { InstanceId: stopped },
    'ec2:CreateTags': { Resources: [vpc], Tags: [{ Key: 'k', Value: 'v' }] },
    'ec2:CreateKeyPair': { KeyName: 'probe-new' },
    'ec2:ImportKeyPair': { KeyName: 'probe-new', PublicKeyMaterial: ED25519 },
    'ec2:DeleteKeyPair': { KeyName: 'lab' },
    'ec2:AuthorizeSecurityGroupIngress': { ...ssh, CidrIp: '10.1.0.0/16' },
    'ec2:RevokeSecurityGroupIngress': ssh,
    'ec2:AuthorizeSecurityGroupEgress': { ...ssh, CidrIp: '10.1.0.0/16' },
    'ec2:RevokeSecurityGroupEgress': { GroupId: sg, IpProtocol: '-1', CidrIp: '0.0.0.0/0' },
    'ec2:UpdateSecurityGroupRuleDescriptionsIngress': { GroupId: sg },
    'ec2:UpdateSecurityGroupRuleDescriptionsEgress': { GroupId: sg },
    'ec2:CreateLaunchTemplate': { LaunchTemplateName: 'probe-new', LaunchTemplateData: lts },
  };
}

/** Request member name → a value that names a resource of the fixture (`VpcId` → its VPC). */
function byNameOf(m: Made): Record<string, unknown> {
  const { vpc, subnet, igw, rtb, sg, image, instance, eni, eip, volume, snapshot, lt, host, spot, offering, rule } = m;
  return {
    VpcId: vpc,
    VpcIds: [vpc],
    SubnetId: subnet,
    SubnetIds: [subnet],
    InternetGatewayId: igw,
    InternetGatewayIds: [igw],
    RouteTableId: rtb,
    RouteTableIds: [rtb],
    NetworkAclId: m.acl,
    NetworkAclIds: [m.acl],
    GroupId: sg,
    GroupIds: [sg],
    SecurityGroupIds: [sg],
    Groups: [sg],
    GroupName: 'web',
    ImageId: image,
    ImageIds: [image],
    SourceImageId: image,
    SourceRegion: 'us-east-1',
    InstanceId: instance,
    InstanceIds: [instance],
    NetworkInterfaceId: eni,
    NetworkInterfaceIds: [eni],
    AllocationId: eip.AllocationId,
    AllocationIds: [eip.AllocationId],
    PublicIp: eip.PublicIp,
    VolumeId: volume,
    VolumeIds: [volume],
    SnapshotId: snapshot,
    SnapshotIds: [snapshot],
    SourceSnapshotId: snapshot,
    LaunchTemplateId: lt,
    LaunchTemplateIds: [lt],
    HostId: host,
    HostIds: [host],
    SpotInstanceRequestIds: [spot],
    ReservedInstancesOfferingId: offering,
    SecurityGroupRuleIds: [rule],
    KeyName: 'lab',
    Resources: [vpc],
    AvailabilityZone: 'us-east-1a',
    InstanceType: 't3.micro',
    InstanceTypes: ['t3.micro'],
    MinCount: 1,
    MaxCount: 1,
    InstanceCount: 1,
    Quantity: 1,
    Size: 8,
    Name: 'probe',
    Description: 'probe',
    CidrBlock: '10.16.64.0/20',
    DestinationCidrBlock: '0.0.0.0/0',
    Tags: [{ Key: 'k', Value: 'v' }],
    Filters: [{ Name: 'tag-key', Values: ['k'] }],
  };
}

let cached: Fixture | undefined;

export function fixture(): Fixture {
  if (cached) return cached;
  const { world, made } = makeResources();
  cached = { world, base: baseRequests(made), byName: byNameOf(made) };
  return cached;
}

/** A plausible value for a member of the given SDK type (enums take their first value). */
export function sampleOf(type: string): unknown {
  if (type === 'boolean') return true;
  if (type === 'number') return 1;
  if (type === 'string') return 'probe';
  if (type === 'Date') return '2026-01-01T00:00:00.000Z';
  if (type === 'string[]') return ['probe'];
  if (type.endsWith('[]')) {
    const inner = type.slice(0, -2);
    const values = sdkEnums().get(inner) ?? sdkEnums().get(`_${inner}`);
    return values ? [values[0]] : [{}];
  }
  const values = sdkEnums().get(type) ?? sdkEnums().get(`_${type}`);
  if (values) return values[0];
  return {};
}
