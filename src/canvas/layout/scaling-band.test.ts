import { describe as suite, expect, it } from 'vitest';
import { describe } from '../../engine';
import { REGIONS } from '../../engine/regions';
import { advance, scalingLab } from '../../engine/actions/scaling-test-helpers';
import { webStackWithGroup } from '../../test/worlds';
import { ok } from '../../engine/engine-test-helpers';
import type { TargetHealthLine } from '../flow-types';
import { networkFlow } from './network-lens';
import { HEALTH_COLOR, parseHealthKey, type HealthReader } from './scaling-band';
import { SIZE } from './sizes';

const engineReader: HealthReader = (world, tg) =>
  describe(world, 'elasticloadbalancing:DescribeTargetHealth', { TargetGroupArn: tg.id }, tg.region).TargetHealthDescriptions.map(
    (d: { Target: { Id: string }; TargetHealth: { State: TargetHealthLine['state']; Reason?: string } }) => ({
      id: d.Target.Id,
      state: d.TargetHealth.State,
      ...(d.TargetHealth.Reason ? { reason: d.TargetHealth.Reason } : {}),
    }),
  );

const stackWithGroup = webStackWithGroup;

const flow = (world: Parameters<typeof networkFlow>[0]) => networkFlow(world, REGIONS['us-east-1']!, undefined, engineReader);

suite('scaling band (network lens)', () => {
  it('draws the load balancer across exactly the AZ columns it is enabled in, above them', () => {
    const { world, lbArn, vpcId } = stackWithGroup();
    const { nodes } = flow(world);
    const lb = nodes.find((n) => n.id === lbArn)!;
    expect(lb.type).toBe('loadBalancer');
    expect(lb.parentId).toBe(vpcId);
    const colA = nodes.find((n) => n.id === `zone:${vpcId}:us-east-1a`)!;
    const colB = nodes.find((n) => n.id === `zone:${vpcId}:us-east-1b`)!;
    const colC = nodes.find((n) => n.id === `zone:${vpcId}:us-east-1c`)!;
    expect(lb.position.x).toBe(colA.position.x);
    expect(lb.position.x + lb.width!).toBe(colB.position.x + colB.width!);
    expect(lb.position.x + lb.width!).toBeLessThan(colC.position.x);
    // Nothing of the band overlaps the AZ columns below it.
    for (const n of nodes.filter((n) => n.parentId === vpcId && n.type !== 'zoneColumn' && n.type !== 'shelfItem')) {
      expect(n.position.y + n.height!).toBeLessThanOrEqual(colA.position.y);
    }
  });

  it('colours each target line by health; the group is an outline in the subnets, not a card of the band', () => {
    const { world, tgArn, lbArn } = stackWithGroup();
    const { nodes, edges } = flow(world);
    const tg = nodes.find((n) => n.id === tgArn)!;
    expect(tg.type).toBe('targetGroup');
    const lines = parseHealthKey(tg.data.health as string);
    expect(lines).toHaveLength(2);
    expect(lines.every((l) => l.state === 'healthy')).toBe(true);
    const targetEdges = edges.filter((e) => e.source === tgArn);
    expect(targetEdges.map((e) => e.className)).toEqual(['target-edge target-healthy', 'target-edge target-healthy']);
    expect(edges.some((e) => e.source === lbArn && e.target === tgArn && e.label === 'HTTP:80')).toBe(true);
    const parts = nodes.filter((n) => n.type === 'autoScalingGroup');
    expect(parts).toHaveLength(2);
    for (const part of parts) expect(nodes.find((n) => n.id === part.parentId)?.type).toBe('subnet');
    // No line from the group: its outline says which instances are its own.
    expect(edges.filter((e) => parts.some((p) => p.id === e.source || p.id === e.target))).toEqual([]);
    // Every line ends on a node that is drawn.
    const ids = new Set(nodes.map((n) => n.id));
    for (const e of edges) expect(ids.has(e.source) && ids.has(e.target)).toBe(true);
  });

  it('a failed AZ: its target is drained (amber, with the reason) and a replacement is registered', () => {
    const { world: w0, tgArn } = stackWithGroup();
    const inA = w0.instances.values().find((i) => i.az === 'us-east-1a' && i.state === 'running')!;
    let world = ok(w0, 'sim:FailAvailabilityZone', { AvailabilityZone: 'us-east-1a' }).world;
    world = advance(world, 30);
    const lines = parseHealthKey(flow(world).nodes.find((n) => n.id === tgArn)!.data.health as string);
    const bad = lines.find((l) => l.id === inA.id);
    expect(bad?.state).toBe('draining');
    expect(bad?.reason).toBe('Target.DeregistrationInProgress');
    const edge = flow(world).edges.find((e) => e.id === `target:${tgArn}:${inA.id}`);
    expect(edge?.className).toBe('target-edge target-draining');
    expect(edge?.style?.stroke).toBe(HEALTH_COLOR.draining);
    expect(lines.length).toBe(3);
  });

  it('a VPC with no load balancing has no band: its AZ columns start right under its title', () => {
    const { world, vpcId } = scalingLab();
    const { nodes, edges } = flow(world);
    expect(nodes.some((n) => n.type === 'loadBalancer' || n.type === 'targetGroup' || n.type === 'autoScalingGroup')).toBe(false);
    expect(edges).toEqual([]);
    expect(nodes.find((n) => n.id === `zone:${vpcId}:us-east-1a`)!.position.y).toBe(SIZE.vpcHeader);
  });
  it('draws a line from the load balancer to a target group only a listener rule forwards to, labelled with the priority', () => {
    const { world: w0, lbArn, vpcId } = stackWithGroup();
    const tg = ok(w0, 'elasticloadbalancing:CreateTargetGroup', { Name: 'api-tg', Protocol: 'HTTP', Port: 80, VpcId: vpcId });
    const apiTg = tg.response.TargetGroups[0].TargetGroupArn as string;
    const listenerArn = tg.world.listeners.values()[0]!.id;
    const world = ok(tg.world, 'elasticloadbalancing:CreateRule', {
      ListenerArn: listenerArn,
      Priority: 10,
      Conditions: [{ Field: 'path-pattern', Values: ['/api/*'] }],
      Actions: [{ Type: 'forward', TargetGroupArn: apiTg }],
    }).world;
    const { edges } = flow(world);
    expect(edges.some((e) => e.source === lbArn && e.target === apiTg && e.label === 'HTTP:80 #10')).toBe(true);
  });
});
