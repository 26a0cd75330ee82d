import { describe, expect, it } from 'vitest';
import type { World } from '../index';
import { no, ok } from '../engine-test-helpers';
import { ami, createEni, lab, run } from './compute-test-helpers';

/** Security group quotas of rule A11: groups per network interface, rules per group. */
const LIMIT = { code: 'SecurityGroupsPerInterfaceLimitExceeded', rule: 'sg.per-interface.limit', message: 'The maximum number of security groups per interface has been reached.' };

function groups(world: World, vpcId: string, count: number): { world: World; ids: string[] } {
  const ids: string[] = [];
  for (let i = 0; i < count; i++) {
    const r = ok(world, 'ec2:CreateSecurityGroup', { GroupName: `g${i}`, Description: `g${i}`, VpcId: vpcId });
    world = r.world;
    ids.push(r.response.GroupId);
  }
  return { world, ids };
}

describe('security groups per network interface (rule A11)', () => {
  const l = lab();
  const { world, ids } = groups(l.world, l.vpcId, 6);
  const five = ids.slice(0, 5);
  const launch = { ImageId: ami(world), InstanceType: 't3.micro', MinCount: 1, MaxCount: 1 };

  it('RunInstances takes 5 groups and refuses 6, by SecurityGroupIds or NetworkInterfaces[].Groups', () => {
    run(world, { SubnetId: l.subnetA, SecurityGroupIds: five });
    expect(no(world, 'ec2:RunInstances', { ...launch, SubnetId: l.subnetA, SecurityGroupIds: ids })).toMatchObject(LIMIT);
    const nic = { DeviceIndex: 0, SubnetId: l.subnetA };
    run(world, { NetworkInterfaces: [{ ...nic, Groups: five }] });
    expect(no(world, 'ec2:RunInstances', { ...launch, NetworkInterfaces: [{ ...nic, Groups: ids }] })).toMatchObject(LIMIT);
  });

  it('CreateNetworkInterface, ModifyNetworkInterfaceAttribute and ModifyInstanceAttribute refuse a 6th group', () => {
    const eni = createEni(world, l.subnetA, { Groups: five });
    expect(no(world, 'ec2:CreateNetworkInterface', { SubnetId: l.subnetA, Groups: ids })).toMatchObject(LIMIT);
    ok(eni.world, 'ec2:ModifyNetworkInterfaceAttribute', { NetworkInterfaceId: eni.eniId, Groups: five });
    expect(no(eni.world, 'ec2:ModifyNetworkInterfaceAttribute', { NetworkInterfaceId: eni.eniId, Groups: ids })).toMatchObject(LIMIT);
    const r = run(world, { SubnetId: l.subnetA });
    ok(r.world, 'ec2:ModifyInstanceAttribute', { InstanceId: r.id, Groups: five });
    expect(no(r.world, 'ec2:ModifyInstanceAttribute', { InstanceId: r.id, Groups: ids })).toMatchObject(LIMIT);
  });
});
