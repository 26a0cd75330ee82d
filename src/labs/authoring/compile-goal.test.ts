import { describe, expect, it } from 'vitest';
import { createWorld, RULES } from '../../engine';
import { stop } from '../catalogue/common';
import { runActions } from '../runner';
import type { GoalContext, HistoryEntry } from '../types';
import { compileGoal, describeGoalSpec, namesIn } from './compile-goal';
import { checkGoalSpec, goalSpecSchema, OPERATORS_FOR, VALUELESS, type GoalSpec } from './goal-spec';
import { COLLECTIONS } from './properties';
import { andThen, twoInstances } from '../labs-test-helpers';

const met = (spec: GoalSpec, ctx: GoalContext) => {
  expect(checkGoalSpec(spec)).toBeUndefined();
  return compileGoal(spec).test(ctx);
};

const none: HistoryEntry[] = [];

describe('resource goals', () => {
  it('an instance in an AZ whose state is …', () => {
    const base = twoInstances();
    const spec: GoalSpec = {
      kind: 'resource',
      collection: 'instances',
      scope: { az: 'us-east-1a' },
      where: [{ path: 'state', op: 'eq', value: 'stopped' }],
    };
    expect(describeGoalSpec(spec)).toBe('An instance in us-east-1a whose state is stopped');
    expect(met(spec, { world: base.world, history: none })).toBe(false);
    const after = andThen(base, [stop('a')]);
    expect(met(spec, after)).toBe(true);
    // the stop in us-east-1a does not satisfy a goal about us-east-1b
    expect(met({ ...spec, scope: { az: 'us-east-1b' } }, after)).toBe(false);
  });

  it('derived facts: public IPv4, Elastic IP, number of interfaces, category', () => {
    const base = twoInstances();
    const ctx = { world: base.world, history: none };
    const publicIp: GoalSpec = { kind: 'resource', collection: 'instances', where: [{ path: 'publicIp', op: 'exists' }] };
    expect(describeGoalSpec(publicIp)).toBe('An instance that has a public IPv4 address');
    expect(met(publicIp, ctx)).toBe(true); // default subnets give a public IPv4
    const eip: GoalSpec = {
      kind: 'resource',
      collection: 'instances',
      scope: { az: 'us-east-1b' },
      where: [{ path: 'hasElasticIp', op: 'eq', value: true }],
    };
    expect(describeGoalSpec(eip)).toBe('An instance in us-east-1b that has an Elastic IP');
    expect(met(eip, ctx)).toBe(false);
    const after = andThen(base, [
      { type: 'ec2:AllocateAddress', params: { Domain: 'vpc' }, as: { eip: 'AllocationId' } },
      { type: 'ec2:AssociateAddress', params: { AllocationId: { ref: 'eip' }, InstanceId: { ref: 'b' } } },
    ]);
    expect(met(eip, after)).toBe(true);
    const memory: GoalSpec = { kind: 'resource', collection: 'instances', where: [{ path: 'category', op: 'eq', value: 'Memory Optimized' }] };
    expect(met(memory, ctx)).toBe(true);
    const enis: GoalSpec = { kind: 'resource', collection: 'instances', where: [{ path: 'networkInterfaces', op: 'gte', value: 2 }] };
    expect(describeGoalSpec(enis)).toBe('An instance whose number of network interfaces is at least 2');
    expect(met(enis, ctx)).toBe(false);
  });

  it('counts: at least, none, exactly', () => {
    const { world } = twoInstances();
    const ctx = { world, history: none };
    const running = [{ path: 'state', op: 'eq' as const, value: 'running' }];
    const two: GoalSpec = { kind: 'resource', collection: 'instances', where: running, count: { min: 2 } };
    expect(describeGoalSpec(two)).toBe('At least 2 instances whose state is running');
    expect(met(two, ctx)).toBe(true);
    expect(met({ ...two, count: { min: 3 } }, ctx)).toBe(false);
    const noneRunning: GoalSpec = { kind: 'resource', collection: 'instances', where: running, count: { max: 0 } };
    expect(describeGoalSpec(noneRunning)).toBe('No instance whose state is running');
    expect(met(noneRunning, ctx)).toBe(false);
    const exactly: GoalSpec = { kind: 'resource', collection: 'instances', where: running, count: { min: 2, max: 2 } };
    expect(describeGoalSpec(exactly)).toBe('Exactly 2 instances whose state is running');
    expect(met(exactly, ctx)).toBe(true);
  });

  it('volumes, addresses and subnets are placed through what they are attached to', () => {
    const base = twoInstances();
    const after = andThen(base, [
      { type: 'ec2:CreateVolume', params: { AvailabilityZone: 'us-east-1a', Size: 8 }, as: { vol: 'VolumeId' } },
      { type: 'ec2:AttachVolume', params: { VolumeId: { ref: 'vol' }, InstanceId: { ref: 'a' }, Device: '/dev/sdf' } },
      { type: 'ec2:AllocateAddress', params: { Domain: 'vpc' }, as: { eip: 'AllocationId' } },
      { type: 'ec2:AssociateAddress', params: { AllocationId: { ref: 'eip' }, InstanceId: { ref: 'a' } } },
    ]);
    expect(after.history.every((h) => h.ok)).toBe(true);
    const subnetA = after.bindings.subnetA as string;
    const volume: GoalSpec = {
      kind: 'resource',
      collection: 'volumes',
      scope: { subnetId: subnetA },
      where: [{ path: 'attached', op: 'eq', value: true }],
    };
    expect(met(volume, after)).toBe(true);
    expect(describeGoalSpec(volume)).toBe(`An EBS volume in subnet ${subnetA} that is attached to an instance`);
    const address: GoalSpec = { kind: 'resource', collection: 'addresses', scope: { az: 'us-east-1a' }, where: [{ path: 'associated', op: 'eq', value: true }] };
    expect(met(address, after)).toBe(true);
    expect(met({ ...address, scope: { az: 'us-east-1c' } }, after)).toBe(false);
    const publicSubnet: GoalSpec = { kind: 'resource', collection: 'subnets', scope: { az: 'us-east-1a' }, where: [{ path: 'public', op: 'eq', value: true }] };
    expect(met(publicSubnet, after)).toBe(true);
    const vpc: GoalSpec = { kind: 'resource', collection: 'vpcs', where: [{ path: 'cidrs', op: 'contains', value: '172.31.0.0/16' }] };
    expect(describeGoalSpec(vpc)).toBe('A VPC whose IPv4 CIDR blocks include 172.31.0.0/16');
    expect(met(vpc, after)).toBe(true);
  });

  it('names VPCs and subnets by their Name tag in labels', () => {
    const run = runActions(createWorld(), [
      { type: 'ec2:CreateVpc', params: { CidrBlock: '10.0.0.0/16', TagSpecifications: [{ ResourceType: 'vpc', Tags: [{ Key: 'Name', Value: 'lab' }] }] }, as: { vpc: 'Vpc.VpcId' } },
    ]);
    const vpcId = run.bindings.vpc as string;
    const spec: GoalSpec = { kind: 'resource', collection: 'instances', scope: { vpcId }, where: [] };
    const label = describeGoalSpec(spec, namesIn(run.world));
    expect(label).toContain(vpcId);
    expect(label.startsWith('An instance in VPC ')).toBe(true);
  });
});

describe('history goals', () => {
  it('refused: the learner saw a refusal with that code', () => {
    const base = twoInstances();
    const spec: GoalSpec = { kind: 'refused', code: 'InvalidVolume.ZoneMismatch', actionType: 'ec2:AttachVolume' };
    expect(describeGoalSpec(spec)).toBe('You saw ec2:AttachVolume refused with InvalidVolume.ZoneMismatch');
    expect(met(spec, { world: base.world, history: none })).toBe(false);
    const after = andThen(base, [
      { type: 'ec2:CreateVolume', params: { AvailabilityZone: 'us-east-1c', Size: 8 }, as: { vol: 'VolumeId' } },
      { type: 'ec2:AttachVolume', params: { VolumeId: { ref: 'vol' }, InstanceId: { ref: 'a' }, Device: '/dev/sdf' } },
    ]);
    expect(after.history[1]?.code).toBe('InvalidVolume.ZoneMismatch');
    expect(met(spec, after)).toBe(true);
    expect(met({ ...spec, actionType: 'ec2:DetachVolume' }, after)).toBe(false);
  });

  it('every error code of the rule catalogue makes a valid refused goal', () => {
    for (const rule of Object.values(RULES)) {
      const spec: GoalSpec = { kind: 'refused', code: rule.code };
      expect(goalSpecSchema.safeParse(spec).success, rule.code).toBe(true);
      expect(checkGoalSpec(spec)).toBeUndefined();
    }
  });

  it('action: the learner sent an accepted action', () => {
    const base = twoInstances();
    const spec: GoalSpec = { kind: 'action', type: 'ec2:StopInstances' };
    expect(describeGoalSpec(spec)).toBe('You sent ec2:StopInstances and AWS accepted it');
    expect(met(spec, { world: base.world, history: none })).toBe(false);
    expect(met(spec, andThen(base, [stop('a')]))).toBe(true);
  });
});

describe('every property of every kind compiles and evaluates', () => {
  it('no property throws on a real world, with every operator that fits it', () => {
    const { world } = twoInstances();
    const ctx = { world, history: none };
    let count = 0;
    for (const def of COLLECTIONS) {
      for (const property of def.properties) {
        for (const op of OPERATORS_FOR[property.type]) {
          const value = VALUELESS.has(op)
            ? undefined
            : property.type === 'boolean'
              ? true
              : property.type === 'number'
                ? 1
                : (property.values?.[0] ?? 'x');
          const spec: GoalSpec = { kind: 'resource', collection: def.key, where: [{ path: property.path, op, ...(value === undefined ? {} : { value }) }] };
          expect(checkGoalSpec(spec), `${def.key}.${property.path} ${op}`).toBeUndefined();
          const goal = compileGoal(spec);
          expect(typeof goal.test(ctx)).toBe('boolean');
          expect(goal.label).toMatch(/^[A-Z]/);
          count++;
        }
      }
    }
    expect(count).toBeGreaterThan(100);
  });

  it('refuses specs that do not make sense', () => {
    expect(checkGoalSpec({ kind: 'resource', collection: 'instances', where: [{ path: 'nope', op: 'eq', value: 'x' }] })).toMatch(/no property/);
    expect(checkGoalSpec({ kind: 'resource', collection: 'instances', where: [{ path: 'state', op: 'gte', value: 1 }] })).toMatch(/does not apply/);
    expect(checkGoalSpec({ kind: 'resource', collection: 'instances', where: [{ path: 'state', op: 'eq', value: 'asleep' }] })).toMatch(/one of/);
    expect(checkGoalSpec({ kind: 'resource', collection: 'instances', where: [{ path: 'state', op: 'eq' }] })).toMatch(/needs a value/);
    expect(checkGoalSpec({ kind: 'resource', collection: 'vpcs', scope: { az: 'us-east-1a' }, where: [] })).toMatch(/cannot be scoped/);
    expect(checkGoalSpec({ kind: 'resource', collection: 'instances', where: [], count: { min: 3, max: 1 } })).toMatch(/min is more/);
    expect(checkGoalSpec({ kind: 'action', type: 'ec2:LaunchRocket' })).toMatch(/no action/);
  });
});
