import { describe, expect, it } from 'vitest';
import type { LabFlowNode } from '../flow-types';
import { labFocusIds, touchedIds, withServers } from './focus';

const node = (id: string, type: string, parentId?: string) => ({ id, type, parentId, position: { x: 0, y: 0 }, data: {} }) as unknown as LabFlowNode;

describe('camera focus', () => {
  const lab = {
    steps: [
      { solution: [{ type: 'ec2:AllocateAddress', params: {} }, { type: 'x', params: { InstanceId: { ref: 'web' }, AllocationId: { ref: 'eip' } } }] },
      { solution: [{ type: 'ec2:StopInstances', params: { InstanceIds: [{ ref: 'cache' }] } }] },
      { solution: [{ type: 'ec2:CreateVpc', params: { CidrBlock: '10.0.0.0/16' } }] },
    ],
  } as never;

  it('names what the current step is about, through the refs', () => {
    expect(labFocusIds(lab, 0, { web: 'i-1' })).toEqual(['i-1']);
    expect(labFocusIds(lab, 0, { web: 'i-1', eip: 'eipalloc-1' })).toEqual(['i-1', 'eipalloc-1']);
    expect(labFocusIds(lab, 1, { web: 'i-1', cache: 'i-2' })).toEqual(['i-2']);
  });

  it('falls back to the start named resources for a step that only creates', () => {
    expect(labFocusIds(lab, 2, { web: 'i-1' })).toEqual(['i-1']);
  });

  it('finds the cards an action changed, a chip standing for its card', () => {
    const a = [node('subnet-1', 'subnet'), node('i-1', 'instance', 'subnet-1'), node('eni-1', 'eni', 'i-1')];
    const b = [a[0]!, a[1]!, node('eni-1', 'eni', 'i-1')];
    expect(touchedIds(a, b)).toEqual(['i-1']);
    expect(touchedIds(a, a)).toEqual([]);
    const c = [node('subnet-1', 'subnet'), a[1]!, a[2]!];
    expect(touchedIds(a, c)).toEqual(['subnet-1']);
  });

  it('gives nothing when the whole world changed', () => {
    const many = Array.from({ length: 100 }, (_, i) => node(`i-${i}`, 'instance'));
    expect(touchedIds([], many)).toBeNull();
  });
});

describe('withServers', () => {
  it('adds the target groups, Auto Scaling group and instances behind a load balancer', async () => {
    const { startLab } = await import('../../labs/runner');
    const { loseAnAz } = await import('../../labs/catalogue/lose-an-az');
    const { world, bindings } = startLab(loseAnAz);
    const lb = String(bindings.lb);
    const instances = world.instances.values().map((i) => i.id);
    expect(instances.length).toBe(2);
    const ids = withServers(world, [lb]);
    expect(ids[0]).toBe(lb);
    for (const id of [...instances, ...world.targetGroups.keys(), ...world.autoScalingGroups.keys()]) expect(ids).toContain(id);
    expect(withServers(world, ['i-unrelated'])).toEqual(['i-unrelated']);
  });
});
