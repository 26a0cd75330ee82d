import { describe, expect, it } from 'vitest';
import { apply, createWorld } from './index';
import { no, ok } from './engine-test-helpers';

function westInstance() {
  const world = createWorld({ defaultVpc: true });
  const image = ok(world, 'ec2:DescribeImages', { Owners: ['amazon'], Filters: [{ Name: 'root-device-type', Values: ['ebs'] }] }, { region: 'us-west-2' })
    .response.Images[0].ImageId;
  const vpc = ok(world, 'ec2:CreateVpc', { CidrBlock: '10.20.0.0/16' }, { region: 'us-west-2' });
  const subnet = ok(vpc.world, 'ec2:CreateSubnet', { VpcId: vpc.response.Vpc.VpcId, CidrBlock: '10.20.0.0/24', AvailabilityZone: 'us-west-2a' }, { region: 'us-west-2' });
  const r = ok(subnet.world, 'ec2:RunInstances', {
    ImageId: image, InstanceType: 't3.micro', MinCount: 1, MaxCount: 1, SubnetId: subnet.response.Subnet.SubnetId,
  }, { region: 'us-west-2' });
  return { world: r.world, id: r.response.Instances[0].InstanceId as string };
}

describe('sim: actions find their resource in any region when no region is named', () => {
  const { world, id } = westInstance();

  it('sim:HostOf, sim:BillingView and the status-check drills find a us-west-2 instance', () => {
    expect(ok(world, 'sim:HostOf', { InstanceId: id }).response.AvailabilityZone).toBe('us-west-2a');
    expect(ok(world, 'sim:BillingView', { InstanceId: id }).response.Lines.length).toBeGreaterThan(0);
    const system = ok(world, 'sim:FailSystemStatusCheck', { InstanceId: id });
    const status = ok(system.world, 'ec2:DescribeInstanceStatus', { InstanceIds: [id] }, { region: 'us-west-2' }).response;
    expect(status.InstanceStatuses[0].SystemStatus.Status).toBe('impaired');
    ok(world, 'sim:FailInstanceStatusCheck', { InstanceId: id });
  });

  it('sim:GuestShutdown stops a us-west-2 instance', () => {
    const down = ok(world, 'sim:GuestShutdown', { InstanceId: id });
    const r = ok(down.world, 'ec2:DescribeInstances', { InstanceIds: [id] }, { region: 'us-west-2' }).response;
    expect(r.Reservations[0].Instances[0].State.Name).toBe('stopped');
  });

  it('an explicit region still wins: the instance is not found in us-east-1', () => {
    expect(no(world, 'sim:HostOf', { InstanceId: id }, { region: 'us-east-1' }).code).toBe('InvalidInstanceID.NotFound');
  });

  it('sim:SetSpotPrice infers the region from the AvailabilityZone, and needs a Price', () => {
    const r = ok(world, 'sim:SetSpotPrice', { InstanceType: 't3.micro', AvailabilityZone: 'us-west-2a', Price: '0.5' });
    const history = ok(r.world, 'ec2:DescribeSpotPriceHistory', {
      InstanceTypes: ['t3.micro'], AvailabilityZone: 'us-west-2a',
    }, { region: 'us-west-2' }).response.SpotPriceHistory;
    expect(Number(history[0].SpotPrice)).toBe(0.5);
    const missing = apply(world, { type: 'sim:SetSpotPrice', params: { InstanceType: 't3.micro', AvailabilityZone: 'us-west-2a' } });
    expect(missing.ok ? undefined : missing.error.code).toBe('MissingParameter');
  });
});
