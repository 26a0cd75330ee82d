import { describe, expect, it } from 'vitest';
import { ACTION_LIST } from '../engine';
import { modelledTypes, operationShapes } from './shapes';

describe('the generated shape table', () => {
  it('covers every AWS action in ACTION_LIST (rerun `node scripts/cli-shapes.mjs` after adding actions)', () => {
    const modelled = new Set(modelledTypes());
    const missing = ACTION_LIST.map((a) => a.type).filter((t) => !t.startsWith('sim:') && !modelled.has(t));
    expect(missing).toEqual([]);
  });

  it('knows list, boolean, number and structure members from the SDK models', () => {
    const run = operationShapes('ec2:RunInstances')!;
    const member = (name: string) => run.input!.m.find(([n]) => n === name)?.[1];
    expect(member('MinCount')).toBe('n');
    expect(member('DisableApiTermination')).toBe('b');
    expect(member('ImageId')).toBe('s');
    expect(typeof member('BlockDeviceMappings')).toBe('string');
    expect(operationShapes('ec2:DescribeVpcs')!.resultKeys).toEqual(['Vpcs']);
    expect(operationShapes('cloudwatch:DescribeAlarms')!.resultKeys).toEqual(['MetricAlarms', 'CompositeAlarms', 'LogAlarms']);
    expect(operationShapes('ec2:DescribeAddresses')!.resultKeys).toBeUndefined();
    expect(operationShapes('ec2:AttachNetworkInterface')!.input!.q).toEqual(['NetworkInterfaceId', 'InstanceId', 'DeviceIndex']);
    // Members in botocore's order (the CLI's), not the SDK's required-first order.
    const names = (type: string) => operationShapes(type)!.input!.m.map(([n]) => n);
    expect(names('ec2:AttachNetworkInterface')).toEqual(['NetworkCardIndex', 'EnaSrdSpecification', 'EnaQueueCount', 'DryRun', 'NetworkInterfaceId', 'InstanceId', 'DeviceIndex']);
    expect(operationShapes('sim:AdvanceTime')).toBeUndefined();
  });
});
