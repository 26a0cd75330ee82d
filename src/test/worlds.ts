/** Worlds for the canvas tests, built only through actions (DESIGN.md example 2). */
import { apply, createWorld, type Action, type World } from '../engine';
import { advance, webStack } from '../engine/actions/scaling-test-helpers';
import { ok } from '../engine/engine-test-helpers';

export class Builder {
  constructor(public world: World = createWorld()) {}

  run(type: string, params: Record<string, unknown> = {}, region?: string): any {
    const action: Action = { type, params, ...(region ? { region } : {}) };
    const r = apply(this.world, action);
    if (!r.ok) throw new Error(`${type}: ${r.error.code} ${r.error.message}`);
    this.world = r.world;
    return r.response;
  }

  ami(region = 'us-east-1'): string {
    return this.world.images.values().find((i) => i.region === region && i.rootDeviceType === 'ebs' && i.public)!.id;
  }

  vpc(cidr = '10.0.0.0/16'): string {
    return this.run('ec2:CreateVpc', { CidrBlock: cidr }).Vpc.VpcId;
  }

  igw(vpcId: string): string {
    const id = this.run('ec2:CreateInternetGateway').InternetGateway.InternetGatewayId;
    this.run('ec2:AttachInternetGateway', { InternetGatewayId: id, VpcId: vpcId });
    return id;
  }

  subnet(vpcId: string, cidr: string, az: string, publicIp = true): string {
    const id = this.run('ec2:CreateSubnet', { VpcId: vpcId, CidrBlock: cidr, AvailabilityZone: az }).Subnet.SubnetId;
    if (publicIp) this.run('ec2:ModifySubnetAttribute', { SubnetId: id, MapPublicIpOnLaunch: { Value: true } });
    return id;
  }

  instance(subnetId: string, type = 't3.micro'): string {
    return this.run('ec2:RunInstances', { ImageId: this.ami(), InstanceType: type, MinCount: 1, MaxCount: 1, SubnetId: subnetId })
      .Instances[0].InstanceId;
  }

  eni(subnetId: string): string {
    return this.run('ec2:CreateNetworkInterface', { SubnetId: subnetId }).NetworkInterface.NetworkInterfaceId;
  }

  volume(az: string, size = 10): string {
    return this.run('ec2:CreateVolume', { AvailabilityZone: az, Size: size }).VolumeId;
  }

  eip(): string {
    return this.run('ec2:AllocateAddress', { Domain: 'vpc' }).AllocationId;
  }
}

/** The classroom topology: two AZs with a public subnet each, instances, a spare ENI and volume per AZ, an EIP. */
export function classroom() {
  const b = new Builder();
  const vpc = b.vpc();
  const igw = b.igw(vpc);
  const subnetA = b.subnet(vpc, '10.0.1.0/24', 'us-east-1a');
  const subnetB = b.subnet(vpc, '10.0.2.0/24', 'us-east-1b');
  const web = b.instance(subnetA);
  const app = b.instance(subnetA);
  const db = b.instance(subnetB);
  const eniA = b.eni(subnetA);
  const eniB = b.eni(subnetB);
  const volA = b.volume('us-east-1a');
  const volB = b.volume('us-east-1b');
  const eip = b.eip();
  return { b, vpc, igw, subnetA, subnetB, web, app, db, eniA, eniB, volA, volB, eip };
}

/** The scaling test stack (an ALB and its target group over two AZs) with an Auto Scaling group of two, settled. */
export function webStackWithGroup() {
  const s = webStack();
  let world = ok(s.world, 'autoscaling:CreateAutoScalingGroup', {
    AutoScalingGroupName: 'web',
    LaunchTemplate: { LaunchTemplateId: s.ltId, Version: '$Latest' },
    MinSize: 2,
    MaxSize: 4,
    DesiredCapacity: 2,
    VPCZoneIdentifier: `${s.subnets[0]},${s.subnets[1]}`,
    TargetGroupARNs: [s.tgArn],
  }).world;
  world = advance(world, 120);
  return { ...s, world };
}
