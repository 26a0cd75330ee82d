import { describe, expect, it } from 'vitest';
import { apply, createWorld, type World } from '../engine';
import { typedShell } from './typed-shell';

/** The world the toolbar's forms leave before the scaling e2e opens the terminal: a VPC and a subnet in two AZs. */
function vpcWithTwoSubnets(): World {
  let world = createWorld();
  const step = (type: string, params: Record<string, unknown>) => {
    const r = apply(world, { type, params });
    if (!r.ok) throw new Error(`${type}: ${r.error.code}`);
    world = r.world;
    return r.response;
  };
  const vpc = step('ec2:CreateVpc', { CidrBlock: '10.0.0.0/16' }).Vpc.VpcId;
  step('ec2:CreateSubnet', { VpcId: vpc, CidrBlock: '10.0.0.0/24', AvailabilityZone: 'us-east-1a' });
  step('ec2:CreateSubnet', { VpcId: vpc, CidrBlock: '10.0.1.0/24', AvailabilityZone: 'us-east-1b' });
  return world;
}

describe('the scaling e2e steps, typed headless', () => {
  it('build an ALB across two AZs and an Auto Scaling group of two with aws commands only', async () => {
    const { SCALING_STEPS } = await import('../../e2e/scaling-steps');
    const shell = typedShell(vpcWithTwoSubnets());
    let screen = '';
    for (const line of SCALING_STEPS) {
      screen += shell.type(line);
      expect(shell.state.status, `${line}\n${screen}`).toBe(0);
    }
    const world = shell.world;
    expect(screen).toContain('group=2\t2\t4');
    const group = world.autoScalingGroups.values()[0]!;
    expect(group.subnetIds).toHaveLength(2);
    expect(world.loadBalancers.values()[0]!.subnets.map((s) => s.az)).toEqual(['us-east-1a', 'us-east-1b']);
  });
});
