import { describe as suite, expect, it } from 'vitest';
import { advance, webStack } from '../../engine/actions/scaling-test-helpers';
import { REGIONS } from '../../engine/regions';
import { ok } from '../../engine/engine-test-helpers';
import type { World } from '../../engine';
import type { LabFlowNode } from '../flow-types';
import { groupIdOfPart, outlineIndex } from './asg-outline';
import { networkFlow } from './network-lens';

const flow = (world: World) => networkFlow(world, REGIONS['us-east-1']!, undefined, (_, tg) => tg.targets.map((t) => ({ id: t.id, state: t.state })));

function stack(desired = 2, seconds = 120) {
  const s = webStack();
  const created = ok(s.world, 'autoscaling:CreateAutoScalingGroup', {
    AutoScalingGroupName: 'web',
    LaunchTemplate: { LaunchTemplateId: s.ltId, Version: '$Latest' },
    MinSize: Math.min(2, desired),
    MaxSize: 4,
    DesiredCapacity: desired,
    VPCZoneIdentifier: `${s.subnets[0]},${s.subnets[1]}`,
    TargetGroupARNs: [s.tgArn],
  }).world;
  const world = seconds ? advance(created, seconds) : created;
  return { ...s, world, groupId: world.autoScalingGroups.values()[0]!.id };
}

/** Absolute boxes of every node (React Flow positions children relative to their parent). */
function boxes(nodes: readonly LabFlowNode[]) {
  const at = new Map<string, { x: number; y: number; w: number; h: number }>();
  for (const n of nodes) {
    const parent = n.parentId ? at.get(n.parentId)! : { x: 0, y: 0 };
    at.set(n.id, { x: parent.x + n.position.x, y: parent.y + n.position.y, w: n.width!, h: n.height! });
  }
  return at;
}

const contains = (outer: { x: number; y: number; w: number; h: number }, inner: typeof outer) =>
  inner.x >= outer.x && inner.y >= outer.y && inner.x + inner.w <= outer.x + outer.w && inner.y + inner.h <= outer.y + outer.h;

const parts = (nodes: readonly LabFlowNode[]) => nodes.filter((n) => n.type === 'autoScalingGroup');

suite('Auto Scaling group outline (network lens)', () => {
  it('one part per subnet, in zone order; the first is the group itself; each holds its instances, inside its subnet', () => {
    const { world, groupId, subnets } = stack();
    const { nodes } = flow(world);
    const [a, b] = parts(nodes);
    expect(parts(nodes)).toHaveLength(2);
    expect(a!.id).toBe(groupId);
    expect(b!.id).toBe(`${groupId}#${subnets[1]}`);
    expect([a!.parentId, b!.parentId]).toEqual([subnets[0], subnets[1]]);
    expect(groupIdOfPart(b!.id)).toBe(groupId);
    expect(a!.data).toMatchObject({ here: 1, total: 2, part: 1, parts: 2, inService: 2 });
    expect(b!.data).toMatchObject({ here: 1, total: 2, part: 2, parts: 2 });
    const at = boxes(nodes);
    const members = world.autoScalingGroups.get(groupId)!.instances.map((m) => m.instanceId);
    for (const id of members) {
      const card = nodes.find((n) => n.id === id)!;
      expect([a!.id, b!.id]).toContain(card.parentId);
      expect(contains(at.get(card.parentId!)!, at.get(id)!)).toBe(true);
    }
    for (const part of [a!, b!]) expect(contains(at.get(part.parentId!)!, at.get(part.id)!)).toBe(true);
    // The outline lets the pointer through to its subnet and cards; only its label (a button) selects the group.
    expect(a!.style).toEqual({ pointerEvents: 'none' });
    expect(a!.focusable).toBe(false);
  });

  it('an instance of no group stays beside the outline, in its subnet', () => {
    const s = stack();
    const run = ok(s.world, 'ec2:RunInstances', { ImageId: s.imageId, InstanceType: 't3.micro', MinCount: 1, MaxCount: 1, SubnetId: s.subnets[0] });
    const loner = run.response.Instances[0].InstanceId as string;
    const { nodes } = flow(run.world);
    const card = nodes.find((n) => n.id === loner)!;
    expect(card.parentId).toBe(s.subnets[0]);
    const at = boxes(nodes);
    const overlaps = (p: ReturnType<typeof at.get>, q: ReturnType<typeof at.get>) =>
      p!.x < q!.x + q!.w && q!.x < p!.x + p!.w && p!.y < q!.y + q!.h && q!.y < p!.y + p!.h;
    for (const part of parts(nodes)) expect(overlaps(at.get(part.id), at.get(loner))).toBe(false);
  });

  it('a group of none: an empty, labelled placeholder in each subnet it launches into', () => {
    const { world, groupId, subnets } = stack(0, 0);
    const found = parts(flow(world).nodes);
    expect(found.map((p) => [p.id, p.parentId])).toEqual([
      [groupId, subnets[0]],
      [`${groupId}#${subnets[1]}`, subnets[1]],
    ]);
    for (const p of found) expect(p.data).toMatchObject({ here: 0, total: 0 });
    expect(found[0]!.height).toBeGreaterThan(0);
  });

  it('a lost AZ: its part empties, the replacement is drawn inside the part of the zone that is left', () => {
    const { world: w0, groupId, subnets } = stack();
    let world = ok(w0, 'sim:FailAvailabilityZone', { AvailabilityZone: 'us-east-1a' }).world;
    world = advance(world, 300);
    const { nodes } = flow(world);
    const [a, b] = parts(nodes);
    expect(a!.data).toMatchObject({ here: 0, total: 2 });
    expect(b!.data).toMatchObject({ here: 2, total: 2 });
    const members = world.autoScalingGroups.get(groupId)!.instances.map((m) => m.instanceId);
    const at = boxes(nodes);
    for (const id of members) {
      expect(nodes.find((n) => n.id === id)!.parentId).toBe(`${groupId}#${subnets[1]}`);
      expect(contains(at.get(b!.id)!, at.get(id)!)).toBe(true);
    }
  });

  it('is worked out once per world, and not at all without groups', () => {
    const { world } = stack();
    expect(outlineIndex(world)).toBe(outlineIndex(world));
    const bare = webStack().world;
    expect(outlineIndex(bare).partsBySubnet.size).toBe(0);
  });
});
