import { describe, expect, it } from 'vitest';
import { createWebGroup, webStack } from '../engine/actions/scaling-test-helpers';
import { runAwsCli } from './index';

/**
 * The CLI prints keys, and checks and lists members, in botocore's member order; the SDK's models put required
 * members first (scripts/botocore-member-order.mjs keeps botocore's order for the terminal).
 */
describe('botocore member order', () => {
  it('prints an Auto Scaling group and its instances in the CLI model order', () => {
    const world = createWebGroup(webStack());
    const r = runAwsCli(world, 'aws autoscaling describe-auto-scaling-groups');
    expect(r.exitCode).toBe(0);
    const group = JSON.parse(r.stdout).AutoScalingGroups[0];
    expect(Object.keys(group).slice(0, 4)).toEqual(['AutoScalingGroupName', 'AutoScalingGroupARN', 'LaunchTemplate', 'MinSize']);
    expect(Object.keys(group.Instances[0]).slice(0, 5)).toEqual(['InstanceId', 'InstanceType', 'AvailabilityZone', 'LifecycleState', 'HealthStatus']);
  });

  it('lists the members of a request in the CLI model order when one is unknown', () => {
    const r = runAwsCli(webStack().world, `aws ec2 attach-network-interface --cli-input-json '{"Bogus":1,"NetworkInterfaceId":"eni-1","InstanceId":"i-1","DeviceIndex":1}'`);
    expect(r.exitCode).toBe(252);
    expect(r.stderr).toContain(
      'Unknown parameter in input: "Bogus", must be one of: NetworkCardIndex, EnaSrdSpecification, EnaQueueCount, DryRun, NetworkInterfaceId, InstanceId, DeviceIndex',
    );
  });
});
