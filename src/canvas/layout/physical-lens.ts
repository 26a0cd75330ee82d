/**
 * The physical lens: Region ⊃ AZ ⊃ EC2 hosts ⊃ instances. Which host an instance runs on is asked of the engine
 * (`sim:HostOf`): a stop/start moves it to new hardware, a Dedicated Host keeps it. An instance with no host now
 * (stopped, terminated) waits in the zone's "on no host" bay. EBS volumes are network storage in the AZ, apart
 * from the hosts, joined to their instances by lines: a volume outlives the hardware under it.
 */
import type { Edge } from '@xyflow/react';
import type { World } from '../../engine';
import type { RegionInfo } from '../../engine/model/common';
import {
  azNodeId,
  bayNodeId,
  hostNodeId,
  regionNodeId,
  type DedicatedHost,
  type Instance,
  type LabFlowNode,
} from '../flow-types';
import { indexWorld, type WorldIndex } from '../../view-model/world-index';
import { FIXED, type Block } from './block';
import { instanceBlock, packCards, volumeCardBlock } from './cards';
import { AUTO_REGIONS, drawnRegions, type RegionChoice } from '../../view-model/regions';
import { gridColumns, pack, rowWidth } from './pack';
import { SIZE, Z } from './sizes';

const S = SIZE;

/** What `sim:HostOf` answers for an instance: the host it runs on now, if any. */
export type HostReader = (world: World, instance: Instance) => string | undefined;

interface HostGroup {
  hostId: string;
  dedicated: DedicatedHost | undefined;
  instances: Instance[];
}

function hostBlock(index: WorldIndex, group: HostGroup): Block {
  const cards = group.instances.map((i) => instanceBlock(index, i, 'physical'));
  const columns = Math.max(1, gridColumns(cards.length));
  const packed = packCards(cards, columns);
  const width = rowWidth(columns, S.cardWidth, S.cardGap) + 2 * S.hostPadding;
  const height = S.hostHeader + (cards.length ? packed.height + S.hostPadding : S.subnetEmptyHeight);
  const id = hostNodeId(group.hostId);
  return {
    width,
    height,
    emit(out, parentId, x, y) {
      out.push({
        id,
        type: 'host',
        ...(parentId ? { parentId } : {}),
        position: { x, y },
        width,
        height,
        zIndex: Z.host,
        data: { hostId: group.hostId, dedicated: group.dedicated, instanceCount: cards.length },
        ...FIXED,
      });
      cards.forEach((card, i) => {
        const p = packed.positions[i]!;
        card.emit(out, id, S.hostPadding + p.x, S.hostHeader + p.y);
      });
    },
  };
}

/** A bay of cards inside an AZ: its EBS storage, or the instances on no host. */
function bayBlock(kind: 'ebs' | 'idle', zoneName: string, cards: Block[], cardWidth: number, columns: number): Block {
  const packed = pack(cards, rowWidth(columns, cardWidth, S.cardGap), S.cardGap);
  const width = rowWidth(columns, cardWidth, S.cardGap) + 2 * S.hostPadding;
  const height = S.bayHeader + (cards.length ? packed.height + S.hostPadding : 0);
  const id = bayNodeId(kind, zoneName);
  return {
    width,
    height,
    emit(out, parentId, x, y, w = width) {
      out.push({
        id,
        type: 'bay',
        ...(parentId ? { parentId } : {}),
        position: { x, y },
        width: w,
        height,
        zIndex: Z.bay,
        data: { kind, zoneName, count: cards.length },
        ...FIXED,
      });
      cards.forEach((card, i) => {
        const p = packed.positions[i]!;
        card.emit(out, id, S.hostPadding + p.x, S.bayHeader + p.y);
      });
    },
  };
}

interface ZonePlan {
  hosts: Block[];
  hostPack: { positions: { x: number; y: number }[]; width: number; height: number };
  idle: Block | undefined;
  ebs: Block | undefined;
  volumeCount: number;
  width: number;
  height: number;
}

function planZone(world: World, index: WorldIndex, region: string, zoneName: string, hostOf: HostReader): ZonePlan {
  const groups = new Map<string, HostGroup>();
  for (const host of world.dedicatedHosts.values()) {
    if (host.region === region && host.az === zoneName && host.state !== 'released' && host.state !== 'released-permanent-failure') {
      groups.set(host.id, { hostId: host.id, dedicated: host, instances: [] });
    }
  }
  const idle: Instance[] = [];
  for (const instance of world.instances.values()) {
    if (instance.region !== region || instance.az !== zoneName) continue;
    const hostId = hostOf(world, instance);
    if (!hostId) {
      idle.push(instance);
      continue;
    }
    const group = groups.get(hostId) ?? { hostId, dedicated: world.dedicatedHosts.get(hostId), instances: [] };
    group.instances.push(instance);
    groups.set(hostId, group);
  }
  const hosts = [...groups.values()].map((g) => hostBlock(index, g));
  const volumes = world.volumes.values().filter((v) => v.region === region && v.az === zoneName && v.state !== 'deleted');

  const hostColumns = Math.max(1, gridColumns(hosts.length));
  const widest = Math.max(0, ...hosts.map((h) => h.width));
  const hostRow = Math.max(widest, hostColumns * (S.cardWidth + 2 * S.hostPadding) + (hostColumns - 1) * S.cardGap);
  const idleCards = idle.map((i) => instanceBlock(index, i, 'physical'));
  const idleBay = idleCards.length
    ? bayBlock('idle', zoneName, idleCards, S.cardWidth, Math.max(1, gridColumns(idleCards.length)))
    : undefined;
  const inner = Math.max(S.azMinWidth - 2 * S.azPadding, hostRow, idleBay?.width ?? 0);
  const volumeColumns = Math.max(1, Math.floor((inner - 2 * S.hostPadding + S.cardGap) / (S.smallCardWidth + S.cardGap)));
  const ebsBay = bayBlock('ebs', zoneName, volumes.map(volumeCardBlock), S.smallCardWidth, volumeColumns);
  const hostPack = pack(hosts, inner, S.cardGap);
  const sections = [hostPack.height, idleBay?.height ?? 0, ebsBay.height].filter((h) => h > 0);
  const height = S.azHeader + sections.reduce((a, b) => a + b, 0) + (sections.length - 1) * S.subnetGap + S.azPadding;
  return { hosts, hostPack, idle: idleBay, ebs: ebsBay, volumeCount: volumes.length, width: inner + 2 * S.azPadding, height };
}

/** Every EBS attachment of the region as a line from its instance to its volume. */
function ebsEdges(world: World, region: string): Edge[] {
  const edges: Edge[] = [];
  for (const volume of world.volumes.values()) {
    const a = volume.attachment;
    if (volume.region !== region || !a || !world.instances.get(a.instanceId)) continue;
    edges.push({
      id: `ebs:${volume.id}`,
      source: a.instanceId,
      target: volume.id,
      type: 'straight',
      selectable: false,
      focusable: false,
      deletable: false,
      zIndex: Z.edge,
    });
  }
  return edges;
}

/** A zone's node in the physical lens, then its hosts, its idle bay and its EBS shelf stacked inside it. */
function emitZone(
  out: LabFlowNode[],
  world: World | null,
  region: string,
  zone: RegionInfo['zones'][number],
  plan: ZonePlan | undefined,
  frame: { x: number; width: number; height: number },
  parentId: string,
): void {
  const w = frame.width;
  const azId = azNodeId(zone.ZoneName);
  out.push({
    id: azId,
    type: 'az',
    parentId,
    position: { x: frame.x, y: S.regionHeader },
    width: w,
    height: frame.height,
    zIndex: Z.az,
    data: {
      zoneName: zone.ZoneName,
      zoneId: zone.ZoneId,
      region,
      subnetCount: 0,
      volumeCount: plan?.volumeCount ?? 0,
      lens: 'physical',
      roomy: !plan || (plan.hosts.length === 0 && !plan.idle),
      ...(world?.zoneFailures.get(zone.ZoneName) ? { failed: true } : {}),
    },
    ...FIXED,
  });
  if (plan) {
    let y0 = S.azHeader;
    plan.hosts.forEach((host, i) => {
      const p = plan.hostPack.positions[i]!;
      host.emit(out, azId, S.azPadding + p.x, y0 + p.y);
    });
    if (plan.hostPack.height) y0 += plan.hostPack.height + S.subnetGap;
    if (plan.idle) {
      plan.idle.emit(out, azId, S.azPadding, y0, w - 2 * S.azPadding);
      y0 += plan.idle.height + S.subnetGap;
    }
    plan.ebs?.emit(out, azId, S.azPadding, y0, w - 2 * S.azPadding);
  }
}

function physicalRegion(world: World | null, region: RegionInfo, hostOf: HostReader): { block: Block; edges: Edge[] } {
  const index = world ? indexWorld(world) : undefined;
  const plans = region.zones.map((z) => (world && index ? planZone(world, index, region.name, z.ZoneName, hostOf) : undefined));
  const widths = plans.map((p) => Math.max(S.azMinWidth, p?.width ?? 0));
  const azHeight = Math.max(S.azRoomyHeight, ...plans.map((p) => p?.height ?? 0));
  const width = widths.reduce((a, b) => a + b, 0) + (widths.length - 1) * S.columnGap + 2 * S.regionPadding;
  const height = S.regionHeader + azHeight + S.regionPadding;
  const regionId = regionNodeId(region.name);
  const edges = world ? ebsEdges(world, region.name) : [];
  const block: Block = {
    width,
    height,
    emit(out, parentId, x, y) {
      out.push({
        id: regionId,
        type: 'region',
        ...(parentId ? { parentId } : {}),
        position: { x, y },
        width,
        height,
        zIndex: Z.region,
        data: {
          name: region.name,
          zoneCount: region.zones.length,
          empty: world ? !world.vpcs.values().some((v) => v.region === region.name) : true,
          lens: 'physical',
          home: world ? world.homeRegion === region.name : true,
        },
        ...FIXED,
      });
      let ax = S.regionPadding;
      region.zones.forEach((zone, zi) => {
        emitZone(out, world, region.name, zone, plans[zi], { x: ax, width: widths[zi]!, height: azHeight }, regionId);
        ax += widths[zi]! + S.columnGap;
      });
    },
  };
  return { block, edges };
}

export function physicalLens(
  world: World | null,
  fallback: RegionInfo,
  hostOf: HostReader,
  choice: RegionChoice = AUTO_REGIONS,
): { nodes: LabFlowNode[]; edges: Edge[] } {
  const nodes: LabFlowNode[] = [];
  const edges: Edge[] = [];
  let x = 0;
  for (const region of drawnRegions(world, fallback, choice)) {
    const { block, edges: regionEdges } = physicalRegion(world, region, hostOf);
    block.emit(nodes, undefined, x, 0);
    edges.push(...regionEdges);
    x += block.width + 80;
  }
  return { nodes, edges };
}
