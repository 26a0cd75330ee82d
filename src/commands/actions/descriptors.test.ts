import { describe, expect, it } from 'vitest';
import { ACTION_LIST, apply } from '../../engine';
import { classroom } from '../../test/worlds';
import { FORM_SPECS, formAction, initialValues } from '../forms/specs';
import { actionLabel } from '../labels';
import { allCommands } from '../registry';
import { cliNameOf, createdIdOf, DESCRIPTORS, descriptorOf, readPath } from './index';
import { inspectorButtons } from './buttons';

describe('action descriptors', () => {
  it('give every engine action exactly one descriptor, and describe nothing the engine lacks', () => {
    const engine = ACTION_LIST.map((a) => a.type);
    const described = DESCRIPTORS.map((d) => d.type);
    const twice = described.filter((t, i) => described.indexOf(t) !== i);
    expect(twice).toEqual([]);
    expect(engine.filter((t) => !described.includes(t))).toEqual([]);
    expect(described.filter((t) => !engine.includes(t))).toEqual([]);
  });

  it('carry the labels, forms, CLI names and palette groups the UI shows', () => {
    expect(actionLabel('ec2:RunInstances')).toBe('Launch instances');
    expect(actionLabel('ec2:AllocateAddress')).toBe('Allocate Elastic IP');
    expect(actionLabel('ec2:AttachNetworkInterface')).toBe('Attach network interface');
    expect(actionLabel('ec2:CreateNetworkAclEntry')).toBe('Create network ACL entry');
    expect(actionLabel('ec2:DescribeNetworkAcls')).toBe('Describe network ACLs');
    expect(actionLabel('lab:Undo')).toBe('Undo');
    for (const [type, spec] of FORM_SPECS) expect(descriptorOf(type)?.form).toBe(spec);
    expect(cliNameOf('ec2:CreateVpc')).toEqual({ service: 'ec2', operation: 'create-vpc' });
    expect(cliNameOf('ec2:DescribeInstanceStatus')).toEqual({ service: 'ec2', operation: 'describe-instance-status' });
    const groups = new Map(allCommands(ACTION_LIST).map((c) => [c.actionType, c.group]));
    expect(groups.get('ec2:CreateVpc')).toBe('Network');
    expect(groups.get('ec2:AttachNetworkInterface')).toBe('Network interfaces');
    expect(groups.get('elasticloadbalancing:CreateLoadBalancer')).toBe('Load balancing');
    expect(groups.has('ec2:DescribeVpcAttribute')).toBe(false);
  });

  it('read the created id where the descriptor says, from the response of a form left at its defaults', () => {
    const world = classroom().b.world;
    let checked = 0;
    for (const d of DESCRIPTORS.filter((x) => x.createdId && x.form)) {
      const r = apply(world, formAction(d.form!, initialValues(d.form!, { world, selection: null })));
      if (!r.ok) continue; // a form whose defaults this world refuses (nothing to detach, say)
      expect(createdIdOf(d.type, r.response), d.type).toMatch(/^[a-z]+-[0-9a-f]+$/);
      checked++;
    }
    expect(checked).toBeGreaterThanOrEqual(6);
    expect(readPath({ Instances: [{ InstanceId: 'i-1' }] }, 'Instances[0].InstanceId')).toBe('i-1');
    expect(readPath({ Instances: [] }, 'Instances[0].InstanceId')).toBeUndefined();
    expect(createdIdOf('ec2:DescribeVpcs', { Vpcs: [] })).toBeUndefined();
  });

  it('give the inspector its buttons, in descriptor order', () => {
    const t = classroom();
    const world = t.b.world;
    const labels = (kind: string, id: string) => inspectorButtons(kind, id, world, 'us-east-1').map((b) => b.label);
    expect(labels('instance', t.web)).toEqual(['Start', 'Stop', 'Reboot', 'Terminate', 'Termination protection', 'Stop protection']);
    expect(labels('volume', t.volA)).toEqual(['Create snapshot', 'Delete']);
    expect(labels('subnet', t.subnetA)).toEqual(['Public IPv4 on launch', 'Delete']);
    expect(labels('instance', 'i-missing')).toEqual([]);
    expect(labels('az', 'us-east-1a')).toEqual(['Fail this Availability Zone']);
    expect(labels('az', 'xx-nowhere-1a')).toEqual([]);
    // A zone that is down offers its restore instead, and the button's action is the engine's.
    const fail = inspectorButtons('az', 'us-east-1a', world, 'us-east-1')[0]!.action;
    const r = apply(world, fail);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(inspectorButtons('az', 'us-east-1a', r.world, 'us-east-1').map((b) => b.label)).toEqual(['Restore this Availability Zone']);
    expect(inspectorButtons('az', 'us-east-1b', r.world, 'us-east-1').map((b) => b.label)).toEqual(['Fail this Availability Zone']);
  });
});
