import { describe, expect, it } from 'vitest';
import { apply, createWorld } from '../engine';
import { readPath } from './paths';
import { bind, defineLab, resolveAction, resolveTemplate, runActions, startLab, summarize } from './runner';
import { goal } from './goals';
import type { LabAction } from './types';

describe('readPath', () => {
  it('walks objects and arrays by dotted path', () => {
    const response = { Instances: [{ InstanceId: 'i-1', NetworkInterfaces: [{ NetworkInterfaceId: 'eni-1' }] }] };
    expect(readPath(response, 'Instances.0.InstanceId')).toBe('i-1');
    expect(readPath(response, 'Instances.0.NetworkInterfaces.0.NetworkInterfaceId')).toBe('eni-1');
    expect(readPath(response, 'Instances.1.InstanceId')).toBeUndefined();
    expect(readPath(response, 'Instances.0.InstanceId.Nope')).toBeUndefined();
    expect(readPath(response, 'Instances.length')).toBe(1);
  });
});

describe('refs', () => {
  it('resolves refs anywhere in params, leaving other values as they are', () => {
    const bindings = { vpc: 'vpc-1', sg: 'sg-1', n: 3 };
    expect(
      resolveTemplate(
        { VpcId: { ref: 'vpc' }, Groups: [{ ref: 'sg' }, 'sg-literal'], Nested: { Count: { ref: 'n' }, Keep: true, Nothing: null } },
        bindings,
      ),
    ).toEqual({ VpcId: 'vpc-1', Groups: ['sg-1', 'sg-literal'], Nested: { Count: 3, Keep: true, Nothing: null } });
  });

  it('an object with more than a ref is a plain object, and an unknown ref is an authoring error', () => {
    expect(resolveTemplate({ ref: 'x', other: 1 }, { x: 'y' })).toEqual({ ref: 'x', other: 1 });
    expect(() => resolveTemplate({ ref: 'missing' }, {})).toThrow(/Lab ref 'missing'/);
  });

  it('an inherited name is never a binding: __proto__, constructor and toString refs are unknown refs', () => {
    for (const name of ['__proto__', 'constructor', 'toString', 'hasOwnProperty']) {
      expect(() => resolveTemplate({ ref: name }, {}), name).toThrow(/not bound/);
      expect(readPath({ a: {} }, `a.${name}`), name).toBeUndefined();
    }
    expect(resolveTemplate({ ref: 'constructor' }, { constructor: 'vpc-1' })).toBe('vpc-1');
  });

  it('resolveAction keeps region and account and drops the lab-only fields', () => {
    const action: LabAction = {
      type: 'ec2:CopyImage',
      region: 'us-west-2',
      account: '444455556666',
      params: { SourceImageId: { ref: 'ami' } },
      as: { copy: 'ImageId' },
      note: 'copy',
    };
    expect(resolveAction(action, { ami: 'ami-1' })).toEqual({
      type: 'ec2:CopyImage',
      region: 'us-west-2',
      account: '444455556666',
      params: { SourceImageId: 'ami-1' },
    });
  });
});

describe('summarize and bind', () => {
  it('keeps ok, events and response of an accepted action; code and rule of a refused one', () => {
    const world = createWorld();
    const accepted = { type: 'ec2:CreateVpc', params: { CidrBlock: '10.16.0.0/16' } };
    const r = apply(world, accepted);
    const entry = summarize(accepted, r);
    expect(entry.ok).toBe(true);
    expect(entry.events.map((e) => e.type)).toEqual(['created']);
    expect((entry.response as any).Vpc.CidrBlock).toBe('10.16.0.0/16');
    const refused = { type: 'ec2:CreateVpc', params: { CidrBlock: '10.0.0.0/8' } };
    const bad = summarize(refused, apply(world, refused));
    expect(bad).toMatchObject({ ok: false, code: 'InvalidVpc.Range', rule: 'vpc.cidr.size' });
    expect(bad.response).toBeUndefined();
  });

  it('binds names from an accepted response only', () => {
    const world = createWorld();
    const action: LabAction = { type: 'ec2:CreateVpc', params: { CidrBlock: '10.16.0.0/16' }, as: { vpc: 'Vpc.VpcId' } };
    const ok = apply(world, { type: action.type, params: { CidrBlock: '10.16.0.0/16' } });
    expect(bind(action, ok, { a: 1 })).toEqual({ a: 1, vpc: expect.stringMatching(/^vpc-[0-9a-f]{17}$/) });
    const no = apply(world, { type: action.type, params: { CidrBlock: '10.0.0.0/8' } });
    expect(bind(action, no, { a: 1 })).toEqual({ a: 1 });
  });
});

describe('runActions and startLab', () => {
  it('carries bindings forward and goes on after a refusal, leaving the world as it was', () => {
    const world = createWorld();
    const run = runActions(world, [
      { type: 'ec2:CreateVpc', params: { CidrBlock: '10.16.0.0/16' }, as: { vpc: 'Vpc.VpcId' } },
      { type: 'ec2:CreateSubnet', params: { VpcId: { ref: 'vpc' }, CidrBlock: '10.17.0.0/24', AvailabilityZone: 'us-east-1a' } },
      { type: 'ec2:CreateSubnet', params: { VpcId: { ref: 'vpc' }, CidrBlock: '10.16.0.0/24', AvailabilityZone: 'us-east-1a' }, as: { subnet: 'Subnet.SubnetId' } },
    ]);
    expect(run.history.map((h) => [h.ok, h.code])).toEqual([
      [true, undefined],
      [false, 'InvalidSubnet.Range'],
      [true, undefined],
    ]);
    expect(run.history[1]?.action.params?.VpcId).toBe(run.bindings.vpc);
    expect(run.world.subnets.get(String(run.bindings.subnet))?.cidr).toBe('10.16.0.0/24');
    expect(run.world.subnets.values()).toHaveLength(1);
    expect(world.vpcs.values()).toHaveLength(0);
  });

  it('startLab replays the start from createWorld with its seed and default VPC', () => {
    const start = { actions: [{ type: 'ec2:DescribeVpcs', params: {}, as: { vpc: 'Vpcs.0.VpcId' } }] };
    const a = startLab({ start: { ...start, defaultVpc: true } });
    const b = startLab({ start: { ...start, defaultVpc: true, seed: 7 } });
    expect(a.bindings.vpc).toMatch(/^vpc-/);
    expect(b.bindings.vpc).toMatch(/^vpc-/);
    expect(a.bindings.vpc).not.toBe(b.bindings.vpc);
    expect(startLab({ start }).bindings.vpc).toBeUndefined();
  });

  it('defineLab flattens the steps’ solutions, tagged with their step', () => {
    const step = (id: string, n: number) => ({
      id,
      title: id,
      instruction: id,
      goals: [goal(id, () => false)],
      hints: ['a', 'b'],
      why: id,
      solution: Array.from({ length: n }, () => ({ type: 'ec2:DescribeVpcs', params: {} })),
    });
    const lab = defineLab({
      id: 'x',
      title: 'x',
      sections: ['Naming Scheme'],
      summary: ['a', 'b'],
      minutes: 1,
      start: { actions: [] },
      steps: [step('one', 2), step('two', 1)],
    });
    expect(lab.solution.map((a) => a.step)).toEqual(['one', 'one', 'two']);
  });
});
