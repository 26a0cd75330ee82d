/**
 * Horizontal scaling in the network lens: a band at the top of a VPC, above its AZ columns, holding
 * - each load balancer as a wide card spanning the AZ columns it is enabled in (DNS name, scheme, listeners);
 * - a row of target groups (their targets' health);
 * and the lines below them: load balancer → target group (a listener), target group → target coloured by health
 * (healthy green, unhealthy red, initial/draining amber, unused grey; dashed unless healthy, so colour is not the only
 * sign). A VPC with none of these has no band. Auto Scaling groups are outlines around their instances, in the
 * subnets (asg-outline.ts).
 */
import type { Edge } from '@xyflow/react';
import type { World } from '../../engine';
import { engineNow } from '../../store/engine-module';
import type { LabFlowNode, LoadBalancer, TargetGroup, TargetHealthLine, Vpc } from '../flow-types';
import { FIXED, type Block } from './block';
import { pack } from './pack';
import { SIZE, Z } from './sizes';

const S = SIZE;

export const SCALING = {
  /** Tall enough for its five lines (~131 units); not more, so a zone drill fits on a 1024×768 screen. */
  lbHeight: 144,
  tgWidth: 340,
  tgHeader: 104,
  /** Targets listed on a target group's card; more are counted. */
  tgLines: 6,
  lineHeight: 26,
  gap: 16,
} as const;

/** What the canvas reads of a target group's health (DescribeTargetHealth through the engine, once it has loaded). */
export type HealthReader = (world: World, tg: TargetGroup) => TargetHealthLine[];

/** The engine's DescribeTargetHealth; before the engine has loaded, the state stored on each target. */
export const engineHealth: HealthReader = (world, tg) => {
  const engine = engineNow();
  const answer = engine?.describe(world, 'elasticloadbalancing:DescribeTargetHealth', { TargetGroupArn: tg.id }, tg.region) as
    | { TargetHealthDescriptions?: { Target: { Id: string }; TargetHealth: { State: TargetHealthLine['state']; Reason?: string; Description?: string } }[] }
    | undefined;
  if (!answer?.TargetHealthDescriptions) return tg.targets.map((t) => ({ id: t.id, state: t.state, ...(t.reason ? { reason: t.reason } : {}) }));
  return answer.TargetHealthDescriptions.map((d) => ({
    id: d.Target.Id,
    state: d.TargetHealth.State,
    ...(d.TargetHealth.Reason ? { reason: d.TargetHealth.Reason } : {}),
    ...(d.TargetHealth.Description ? { description: d.TargetHealth.Description } : {}),
  }));
};

/** Health lines as one string (node data compares by value): `id|state|reason|description` per line. */
function healthKey(lines: readonly TargetHealthLine[]): string {
  return lines.map((l) => [l.id, l.state, l.reason ?? '', l.description ?? ''].join('|')).join('\n');
}

export function parseHealthKey(key: string): TargetHealthLine[] {
  if (!key) return [];
  return key.split('\n').map((line) => {
    const [id = '', state = 'unused', reason = '', description = ''] = line.split('|');
    return { id, state: state as TargetHealthLine['state'], ...(reason ? { reason } : {}), ...(description ? { description } : {}) };
  });
}

export const HEALTH_COLOR: Record<TargetHealthLine['state'], string> = {
  healthy: '#059669',
  unhealthy: '#e11d48',
  initial: '#d97706',
  draining: '#d97706',
  unused: '#94a3b8',
};
const HEALTH_DASH: Record<TargetHealthLine['state'], string | undefined> = {
  healthy: undefined,
  unhealthy: '8 5',
  initial: '12 6',
  draining: '12 6',
  unused: '3 6',
};

export interface ScalingBand {
  height: number;
  emit(out: LabFlowNode[], vpcId: string, columnX: (zoneIndex: number) => { x: number; width: number }): void;
}

function tgHeight(tg: TargetGroup): number {
  const lines = Math.min(tg.targets.length, SCALING.tgLines) + (tg.targets.length > SCALING.tgLines ? 1 : 0);
  return SCALING.tgHeader + Math.max(1, lines) * SCALING.lineHeight + 12;
}

function lbState(world: World, lb: LoadBalancer): string {
  return world.clock < lb.activeAt ? 'provisioning' : 'active';
}

function listenerText(world: World, lb: LoadBalancer): string {
  return world.listeners
    .values()
    .filter((l) => l.loadBalancerArn === lb.id)
    .sort((a, b) => a.port - b.port)
    .map((l) => `${l.protocol}:${l.port} → ${world.targetGroups.get(l.targetGroupArn)?.name ?? 'a deleted target group'}`)
    .join('\n');
}

function usedBy(world: World, tg: TargetGroup): string {
  const names = new Set(
    world.listeners
      .values()
      .filter((l) => l.targetGroupArn === tg.id || (l.rules ?? []).some((r) => r.targetGroupArn === tg.id))
      .map((l) => world.loadBalancers.get(l.loadBalancerArn)?.name ?? ''),
  );
  return [...names].filter(Boolean).sort().join(', ');
}

function cardBlock(node: Omit<LabFlowNode, 'position' | 'parentId'>, width: number, height: number): Block {
  return {
    width,
    height,
    emit(out, parentId, x, y) {
      out.push({ ...node, ...(parentId ? { parentId } : {}), position: { x, y }, width, height } as LabFlowNode);
    },
  };
}

/** The band of a VPC (undefined when it holds no load balancer or target group). */
export function scalingBand(world: World, vpc: Vpc, zones: readonly string[], health: HealthReader, packWidth: number): ScalingBand | undefined {
  const lbs = world.loadBalancers.values().filter((lb) => lb.vpcId === vpc.id);
  const tgs = world.targetGroups.values().filter((tg) => tg.vpcId === vpc.id);
  if (!lbs.length && !tgs.length) return undefined;
  const cards: Block[] = tgs.map((tg) =>
      cardBlock(
        { id: tg.id, type: 'targetGroup', zIndex: Z.instance, data: { tg, health: healthKey(health(world, tg)), usedBy: usedBy(world, tg) }, ...FIXED },
        SCALING.tgWidth,
        tgHeight(tg),
      ),
  );
  const lbRows = lbs.length * (SCALING.lbHeight + SCALING.gap);
  return {
    height: lbRows + (cards.length ? pack(cards, packWidth, SCALING.gap).height + SCALING.gap : 0),
    emit(out, vpcId, columnX) {
      let y = S.vpcHeader;
      for (const lb of lbs) {
        const spans = lb.subnets.map((s) => zones.indexOf(s.az)).filter((i) => i >= 0);
        const first = columnX(spans.length ? Math.min(...spans) : 0);
        const last = columnX(spans.length ? Math.max(...spans) : 0);
        out.push({
          id: lb.id,
          type: 'loadBalancer',
          parentId: vpcId,
          position: { x: first.x, y },
          width: last.x + last.width - first.x,
          height: SCALING.lbHeight,
          zIndex: Z.instance,
          data: { lb, state: lbState(world, lb), listeners: listenerText(world, lb) },
          ...FIXED,
        });
        y += SCALING.lbHeight + SCALING.gap;
      }
      const packed = pack(cards, packWidth, SCALING.gap);
      cards.forEach((card, i) => card.emit(out, vpcId, S.vpcPadding + packed.positions[i]!.x, y + packed.positions[i]!.y));
    },
  };
}

// An integer: React Flow puts it in CSS z-index (added to the z of the nested node it ends on), above the groups it crosses.
const EDGE = { selectable: false, focusable: false, deletable: false, zIndex: Z.edge } as const;

/** The lines of the band, for the resources of the regions drawn. */
export function scalingEdges(world: World, regions: ReadonlySet<string>, health: HealthReader): Edge[] {
  const edges: Edge[] = [];
  const live = (id: string) => {
    const instance = world.instances.get(id);
    return instance !== undefined && regions.has(instance.region);
  };
  for (const l of world.listeners.values()) {
    if (!regions.has(l.region) || !world.targetGroups.get(l.targetGroupArn)) continue;
    edges.push({
      id: `listener:${l.id}`,
      source: l.loadBalancerArn,
      target: l.targetGroupArn,
      label: `${l.protocol}:${l.port}`,
      style: { stroke: '#0284c7', strokeWidth: 3 },
      ...EDGE,
    });
    // a rule forwarding to another target group than the default action gets its own line, labelled with its priority
    for (const r of l.rules ?? []) {
      if (r.targetGroupArn === l.targetGroupArn || !world.targetGroups.get(r.targetGroupArn)) continue;
      edges.push({ id: `rule:${r.id}`, source: l.loadBalancerArn, target: r.targetGroupArn, label: `${l.protocol}:${l.port} #${r.priority}`, style: { stroke: '#0284c7', strokeWidth: 2 }, ...EDGE });
    }
  }
  for (const tg of world.targetGroups.values()) {
    if (!regions.has(tg.region) || tg.targetType !== 'instance') continue;
    for (const line of health(world, tg)) {
      if (!live(line.id)) continue;
      const dash = HEALTH_DASH[line.state];
      edges.push({
        id: `target:${tg.id}:${line.id}`,
        source: tg.id,
        target: line.id,
        className: `target-edge target-${line.state}`,
        style: { stroke: HEALTH_COLOR[line.state], strokeWidth: 3, ...(dash ? { strokeDasharray: dash } : {}) },
        data: { state: line.state, reason: line.reason },
        ...EDGE,
      });
    }
  }
  return edges;
}
