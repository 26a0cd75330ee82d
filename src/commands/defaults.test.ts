import { describe, expect, it } from 'vitest';
import { apply, createWorld, nextDeviceIndex, nextDeviceName, type Action, type World } from '../engine';
import {
  amazonLinuxAmi,
  nextGroupName,
  nextSubnetCidr,
  nextVpcCidr,
  selectedInstanceId,
  selectedSubnetId,
  selectedVpcId,
  selectionAz,
  subnetAz,
  type FormContext,
} from './defaults';

/** A world built by actions, with a handle on the ids each one created. */
function lab() {
  let world: World = createWorld();
  const run = (action: Action) => {
    const r = apply(world, action);
    if (!r.ok) throw new Error(`${action.type}: ${r.error.code} ${r.error.message}`);
    world = r.world;
    return r.response;
  };
  return { run, get world() { return world; } };
}
const ctx = (world: World, selection: string | null = null): FormContext => ({ world, selection });

describe('VPC CIDR', () => {
  it('counts up 10.0.0.0/16, 10.1.0.0/16, … skipping every block in use', () => {
    const l = lab();
    expect(nextVpcCidr(ctx(l.world))).toBe('10.0.0.0/16');
    l.run({ type: 'ec2:CreateVpc', params: { CidrBlock: '10.0.0.0/16' } });
    expect(nextVpcCidr(ctx(l.world))).toBe('10.1.0.0/16');
    l.run({ type: 'ec2:CreateVpc', params: { CidrBlock: '10.2.0.0/24' } });
    l.run({ type: 'ec2:CreateVpc', params: { CidrBlock: '10.1.128.0/20' } });
    expect(nextVpcCidr(ctx(l.world))).toBe('10.3.0.0/16');
  });

  it('ignores VPCs of other regions', () => {
    const l = lab();
    l.run({ type: 'ec2:CreateVpc', params: { CidrBlock: '10.0.0.0/16' }, region: 'eu-west-1' });
    expect(nextVpcCidr(ctx(l.world))).toBe('10.0.0.0/16');
  });
});

describe('subnet CIDR and AZ', () => {
  it('takes the next free /24 inside the selected VPC', () => {
    const l = lab();
    const vpcId = l.run({ type: 'ec2:CreateVpc', params: { CidrBlock: '10.4.0.0/16' } }).Vpc.VpcId;
    expect(nextSubnetCidr(ctx(l.world), vpcId)).toBe('10.4.0.0/24');
    l.run({ type: 'ec2:CreateSubnet', params: { VpcId: vpcId, CidrBlock: '10.4.0.0/24', AvailabilityZone: 'us-east-1a' } });
    l.run({ type: 'ec2:CreateSubnet', params: { VpcId: vpcId, CidrBlock: '10.4.2.0/24', AvailabilityZone: 'us-east-1a' } });
    expect(nextSubnetCidr(ctx(l.world), vpcId)).toBe('10.4.1.0/24');
  });

  it('follows the /20s of the default VPC', () => {
    const world = createWorld({ defaultVpc: true });
    const vpc = world.vpcs.values().find((v) => v.region === 'us-east-1')!;
    expect(nextSubnetCidr(ctx(world), vpc.id)).toBe('172.31.48.0/20');
  });

  it('never proposes a block larger than a small VPC', () => {
    const l = lab();
    const vpcId = l.run({ type: 'ec2:CreateVpc', params: { CidrBlock: '10.9.0.0/26' } }).Vpc.VpcId;
    expect(nextSubnetCidr(ctx(l.world), vpcId)).toBe('10.9.0.0/26');
  });

  it('puts a new subnet in the first AZ the VPC does not use yet, unless an AZ is selected', () => {
    const l = lab();
    const vpcId = l.run({ type: 'ec2:CreateVpc', params: { CidrBlock: '10.0.0.0/16' } }).Vpc.VpcId;
    expect(subnetAz(ctx(l.world), vpcId)).toBe('us-east-1a');
    const a = l.run({ type: 'ec2:CreateSubnet', params: { VpcId: vpcId, CidrBlock: '10.0.0.0/24', AvailabilityZone: 'us-east-1a' } })
      .Subnet.SubnetId;
    expect(subnetAz(ctx(l.world, a), vpcId)).toBe('us-east-1b');
    expect(subnetAz(ctx(l.world, 'az:us-east-1c'), vpcId)).toBe('us-east-1c');
  });
});

describe('selection', () => {
  it('reads the AZ, VPC, subnet and instance of what is selected', () => {
    const l = lab();
    const vpcId = l.run({ type: 'ec2:CreateVpc', params: { CidrBlock: '10.0.0.0/16' } }).Vpc.VpcId;
    const subnetId = l.run({ type: 'ec2:CreateSubnet', params: { VpcId: vpcId, CidrBlock: '10.0.1.0/24', AvailabilityZone: 'us-east-1b' } })
      .Subnet.SubnetId;
    const imageId = amazonLinuxAmi(ctx(l.world))!;
    const instance = l.run({ type: 'ec2:RunInstances', params: { ImageId: imageId, InstanceType: 't3.micro', SubnetId: subnetId, MinCount: 1, MaxCount: 1 } })
      .Instances[0];
    const eniId = instance.NetworkInterfaces[0].NetworkInterfaceId;

    expect(selectionAz(ctx(l.world, subnetId))).toBe('us-east-1b');
    expect(selectionAz(ctx(l.world, instance.InstanceId))).toBe('us-east-1b');
    expect(selectionAz(ctx(l.world, 'az:us-east-1c'))).toBe('us-east-1c');
    expect(selectionAz(ctx(l.world, 'region:us-east-1'))).toBeUndefined();
    expect(selectedVpcId(ctx(l.world, instance.InstanceId))).toBe(vpcId);
    expect(selectedVpcId(ctx(l.world))).toBe(vpcId);
    expect(selectedSubnetId(ctx(l.world, eniId))).toBe(subnetId);
    expect(selectedSubnetId(ctx(l.world))).toBe(subnetId);
    expect(selectedInstanceId(ctx(l.world, eniId))).toBe(instance.InstanceId);
    expect(selectedInstanceId(ctx(l.world))).toBeUndefined();
  });
});

describe('AMI, device names, group names', () => {
  it('picks the region’s EBS-backed Amazon Linux AMI from DescribeImages', () => {
    const world = createWorld();
    const ami = amazonLinuxAmi(ctx(world))!;
    const image = world.images.get(ami)!;
    expect(image).toMatchObject({ region: 'us-east-1', rootDeviceType: 'ebs', imageOwnerAlias: 'amazon' });
    const eu = amazonLinuxAmi({ world, selection: null, region: 'eu-west-1' })!;
    expect(world.images.get(eu)?.region).toBe('eu-west-1');
  });

  it('finds the next device index and device name of an instance', () => {
    const l = lab();
    const vpcId = l.run({ type: 'ec2:CreateVpc', params: { CidrBlock: '10.0.0.0/16' } }).Vpc.VpcId;
    const subnetId = l.run({ type: 'ec2:CreateSubnet', params: { VpcId: vpcId, CidrBlock: '10.0.1.0/24', AvailabilityZone: 'us-east-1a' } })
      .Subnet.SubnetId;
    const id = l.run({ type: 'ec2:RunInstances', params: { ImageId: amazonLinuxAmi(ctx(l.world)), InstanceType: 't3.micro', SubnetId: subnetId, MinCount: 1, MaxCount: 1 } })
      .Instances[0].InstanceId;
    expect(nextDeviceIndex(l.world, id)).toBe(1);
    const eni = l.run({ type: 'ec2:CreateNetworkInterface', params: { SubnetId: subnetId } }).NetworkInterface.NetworkInterfaceId;
    l.run({ type: 'ec2:AttachNetworkInterface', params: { NetworkInterfaceId: eni, InstanceId: id, DeviceIndex: 1 } });
    expect(nextDeviceIndex(l.world, id)).toBe(2);

    expect(nextDeviceName(l.world, id)).toBe('/dev/sdf');
    const vol = l.run({ type: 'ec2:CreateVolume', params: { AvailabilityZone: 'us-east-1a', Size: 8 } }).VolumeId;
    l.run({ type: 'ec2:AttachVolume', params: { VolumeId: vol, InstanceId: id, Device: '/dev/sdf' } });
    expect(nextDeviceName(l.world, id)).toBe('/dev/sdg');

    expect(nextGroupName(ctx(l.world), vpcId)).toBe('web');
    l.run({ type: 'ec2:CreateSecurityGroup', params: { VpcId: vpcId, GroupName: 'web', Description: 'x' } });
    expect(nextGroupName(ctx(l.world), vpcId)).toBe('web-2');
  });
});
