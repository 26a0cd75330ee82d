/**
 * The network lens: Region ⊃ AZ columns, crossed by VPCs ⊃ subnets (each in its AZ's column) ⊃ instance cards.
 * Interfaces and volumes attached to an instance are chips on its card; a detached interface sits in its subnet, a
 * detached volume at the foot of its AZ's column (below the VPCs: EBS lives in the zone, not the VPC); Elastic IPs,
 * snapshots, AMIs and KMS keys on the region's shelf; the internet gateway at the right of its VPC's header.
 *
 * Each AZ is drawn once: one column, shared by every VPC of the region, so a zone reads top to bottom.
 */
import type { Edge } from '@xyflow/react';
import type { World } from '../../engine';
import type { RegionInfo } from '../../engine/model/common';
import {
  azNodeId,
  regionNodeId,
  shelfNodeId,
  zoneColumnNodeId,
  type LabFlowNode,
  type ShelfItemNodeData,
  type Subnet,
  type Vpc,
} from '../flow-types';
import { indexWorld, nameTag, type WorldIndex } from '../../view-model/world-index';
import { FIXED, reusing, type Block } from './block';
import { outlineBlock, outlineIndex } from './asg-outline';
import { eipBlock, instanceBlock, looseEniBlock, shelfItemBlock, volumeCardBlock } from './cards';
import { gridColumns, pack, rowWidth } from './pack';
import { AUTO_REGIONS, drawnRegions, type RegionChoice } from '../../view-model/regions';
import { engineHealth, scalingBand, scalingEdges, type HealthReader, type ScalingBand } from './scaling-band';
import { SIZE, Z } from './sizes';

const S = SIZE;

interface KeptSubnet {
  items: readonly Block[];
  instances: readonly unknown[];
  block: Block;
  /** What the cards were made of besides the subnet's lists: while these are the same, so are the cards. */
  inputs: readonly unknown[];
}

/** The subnet blocks of earlier derivations, by subnet object, with the cards each was packed from. */
let subnetBlocks = new WeakMap<Subnet, KeptSubnet>();

/** Forget every subnet block (tests that derive from scratch). */
export function forgetSubnets(): void {
  subnetBlocks = new WeakMap();
}

const NONE: readonly never[] = [];

/**
 * A subnet with its cards packed in a grid. The cards are reused blocks (cards.ts): when the subnet and every card
 * in it are the very blocks of the last derivation, so is the subnet's block, and placed as before it emits the same
 * node objects without packing or building anything (an action on one card re-derives one subnet, not all of them).
 * Quicker still, with no Auto Scaling group in the world: a card is a function of its instance, interfaces, Elastic
 * IPs and volumes, so the same lists of instances and detached interfaces in a world whose interfaces, addresses and
 * volumes collections did not change give the same cards without asking for each one.
 */
function subnetBlock(index: WorldIndex, subnet: Subnet): Block {
  const { world } = index;
  const instances = index.instancesBySubnet.get(subnet.id) ?? NONE;
  const looseEnis = index.looseEnisBySubnet.get(subnet.id) ?? NONE;
  const inputs = [looseEnis, world.networkInterfaces, world.addresses, world.volumes, world.autoScalingGroups];
  const cached = subnetBlocks.get(subnet);
  if (cached && world.autoScalingGroups.size === 0 && cached.instances === instances && cached.inputs.every((x, i) => x === inputs[i])) {
    return cached.block;
  }
  // An Auto Scaling group's instances sit inside its outline (a part of it per subnet), the others beside it.
  // Without a group here this is the layout it always was (no extra pass over the instances).
  const outlines = outlineIndex(world);
  const parts = outlines.partsBySubnet.get(subnet.id);
  const members = (groupId: string) => instances.filter((i) => outlines.groupOf.get(i.id) === groupId);
  const outlined = parts ? parts.map((part) => outlineBlock(part, members(part.group.id).map((i) => instanceBlock(index, i, 'network')))) : [];
  const loose = outlines.groupOf.size ? instances.filter((i) => !outlines.groupOf.has(i.id)) : instances;
  const items: Block[] = [...outlined, ...loose.map((i) => instanceBlock(index, i, 'network')), ...looseEnis.map((e) => looseEniBlock(index, e))];
  if (cached && cached.instances.length === instances.length && cached.items.length === items.length && cached.items.every((b, i) => b === items[i])) {
    subnetBlocks.set(subnet, { ...cached, instances, inputs });
    return cached.block;
  }
  const block = reusing(packedSubnet(subnet, items, outlined, instances.length));
  subnetBlocks.set(subnet, { items, instances, block, inputs });
  return block;
}

function packedSubnet(subnet: Subnet, items: readonly Block[], outlined: readonly Block[], instanceCount: number): Block {
  const columns = Math.max(1, gridColumns(items.length));
  // An outline part is as wide as its own grid of cards: the subnet widens to hold the widest.
  const inner = outlined.reduce((w, part) => Math.max(w, part.width), rowWidth(columns, S.cardWidth, S.cardGap));
  const packed = pack(items, inner, S.cardGap);
  const width = inner + 2 * S.subnetPadding;
  const height = S.subnetHeader + (items.length ? packed.height + S.subnetPadding : S.subnetEmptyHeight);
  return {
    width,
    height,
    emit(out, parentId, x, y, w = width) {
      out.push({
        id: subnet.id,
        type: 'subnet',
        ...(parentId ? { parentId } : {}),
        position: { x, y },
        width: w,
        height,
        zIndex: Z.subnet,
        data: { subnet, name: nameTag(subnet), instanceCount, empty: items.length === 0 },
        ...FIXED,
      });
      items.forEach((item, i) => {
        const p = packed.positions[i]!;
        item.emit(out, subnet.id, S.subnetPadding + p.x, S.subnetHeader + p.y);
      });
    },
  };
}

interface ZoneColumn {
  zoneName: string;
  subnets: Block[];
  minWidth: number;
  height: number;
}

function zoneColumn(index: WorldIndex, vpc: Vpc, zoneName: string): ZoneColumn {
  const subnets = (index.subnetsByVpcZone.get(`${vpc.id}|${zoneName}`) ?? []).map((s) => subnetBlock(index, s));
  const inner = subnets.reduce((h, s) => h + s.height, 0) + Math.max(0, subnets.length - 1) * S.subnetGap;
  const height = Math.max(S.zoneColumnMinHeight, S.zoneColumnHeader + inner + (subnets.length ? S.zoneColumnPadding : 0));
  const minWidth = Math.max(0, ...subnets.map((s) => s.width)) + 2 * S.zoneColumnPadding;
  return { zoneName, subnets, minWidth, height };
}

function igwNode(igw: { id: string }, resource: ShelfItemNodeData['resource'], vpcId: string, vpcWidth: number): LabFlowNode {
  return {
    id: igw.id,
    type: 'shelfItem',
    parentId: vpcId,
    // In the VPC's header, at its right: not on the VPC's top edge, where it ran into the zone ID of the AZ heading
    // above (the heading wraps to three lines in a narrow column).
    position: { x: vpcWidth - S.igwWidth - S.igwInset, y: (S.vpcHeader - S.igwHeight) / 2 },
    width: S.igwWidth,
    height: S.igwHeight,
    zIndex: Z.igw,
    data: { kind: 'igw', resource, title: igw.id, detail: 'Internet gateway' },
    ...FIXED,
  };
}

/** Column x offsets (inside a VPC or the zone row) for the given widths. */
function columnOffsets(widths: readonly number[]): number[] {
  const xs: number[] = [];
  let x = 0;
  for (const w of widths) {
    xs.push(x);
    x += w + S.columnGap;
  }
  return xs;
}

// ── region ───────────────────────────────────────────────────────────────────────────────────────────────────────

function shelfItems(world: World, region: string): Block[] {
  const mine = <T extends { region: string; ownerId: string }>(x: T) => x.region === region && x.ownerId === world.account;
  const items: Block[] = [];
  for (const eip of world.addresses.values()) if (mine(eip)) items.push(eipBlock(world, eip));
  for (const igw of world.internetGateways.values()) {
    if (mine(igw) && !igw.vpcId) items.push(shelfItemBlock(igw.id, { kind: 'igw', resource: igw, title: igw.id, detail: 'Internet gateway · detached' }));
  }
  for (const image of world.images.values()) {
    if (mine(image) && image.state !== 'deregistered') {
      items.push(shelfItemBlock(image.id, { kind: 'image', resource: image, title: image.id, detail: `AMI · ${image.name}` }));
    }
  }
  for (const snap of world.snapshots.values()) {
    if (mine(snap)) {
      items.push(
        shelfItemBlock(snap.id, {
          kind: 'snapshot',
          resource: snap,
          title: snap.id,
          detail: `Snapshot · ${snap.volumeSizeGiB} GiB${snap.encrypted ? ' · encrypted' : ''}`,
        }),
      );
    }
  }
  for (const key of world.kmsKeys.values()) {
    if (mine(key) && key.keyManager === 'CUSTOMER') {
      items.push(
        shelfItemBlock(key.id, { kind: 'kms', resource: key, title: key.aliases[0] ?? `key ${key.id.slice(0, 8)}`, detail: 'KMS key' }),
      );
    }
  }
  return items;
}

interface RegionGeometry {
  zones: string[];
  vpcs: Vpc[];
  columns: ZoneColumn[][];
  colWidths: number[];
  xs: number[];
  inset: number;
  innerWidth: number;
  shelf: Block[];
  shelfPack: ReturnType<typeof pack>;
  shelfHeight: number;
  vpcHeights: number[];
  /** Each VPC's load balancers, target groups and Auto Scaling groups, above its AZ columns. */
  bands: (ScalingBand | undefined)[];
  looseVolumes: Block[][];
  volumePacks: ReturnType<typeof pack>[];
  /** Top of the AZ columns (region coordinates). */
  bandTop: number;
  /** VPC tops (region coordinates). */
  vpcYs: number[];
  /** Where each AZ column's detached volumes begin (column coordinates). */
  volumesTop: number;
  bandHeight: number;
}

function geometry(world: World | null, index: WorldIndex | undefined, region: RegionInfo, health: HealthReader): RegionGeometry {
  const zones = region.zones.map((z) => z.ZoneName);
  const vpcs = world && index ? world.vpcs.values().filter((v) => v.region === region.name) : [];
  const columns = index ? vpcs.map((vpc) => zones.map((z) => zoneColumn(index, vpc, z))) : [];
  const roomy = vpcs.length === 0;
  const looseVolumes = zones.map((z) => (index?.looseVolumesByAz.get(z) ?? []).map(volumeCardBlock));
  const colWidths = zones.map((_, zi) =>
    Math.max(roomy ? S.azMinWidth : S.zoneMinWidth, ...columns.map((vpcCols) => vpcCols[zi]!.minWidth), S.smallCardWidth + 2 * S.azPadding),
  );
  const volumePacks = looseVolumes.map((blocks, zi) => pack(blocks, colWidths[zi]! - 2 * S.azPadding, S.cardGap));
  const xs = columnOffsets(colWidths);
  const rowWidthAll = xs.length ? xs[xs.length - 1]! + colWidths[colWidths.length - 1]! : S.azMinWidth;
  const inset = vpcs.length ? S.vpcPadding : 0;
  const innerWidth = rowWidthAll + 2 * inset;
  const shelf = world && index ? shelfItems(world, region.name) : [];
  const shelfPack = pack(shelf, innerWidth - 2 * S.shelfPadding, S.cardGap);
  const shelfHeight = shelf.length ? S.shelfHeader + shelfPack.height + S.shelfPadding : 0;
  const bands = world ? vpcs.map((vpc) => scalingBand(world, vpc, zones, health, rowWidthAll)) : [];
  const vpcHeights = columns.map((cols, vi) => S.vpcHeader + (bands[vi]?.height ?? 0) + Math.max(...cols.map((c) => c.height)) + S.vpcPadding);
  const bandTop = S.regionHeader + (shelf.length ? shelfHeight + S.blockGap : 0);
  // One column per AZ, top to bottom: its name, then every VPC crossing it, then its detached volumes.
  let y = bandTop + (roomy ? S.azHeader : S.bandHeader);
  const vpcYs = vpcHeights.map((h) => {
    const at = y;
    y += h + S.blockGap;
    return at;
  });
  const volumesTop = roomy ? S.azHeader : y - bandTop - S.blockGap / 2;
  const volumesBody = Math.max(...volumePacks.map((p) => (p.height ? p.height + S.azPadding : S.azPadding)));
  const volumesHeight = roomy ? S.azHeader + Math.max(...volumePacks.map((p) => (p.height ? p.height + S.azPadding : S.azEmptyHeight))) : volumesTop + S.volumesCaption + volumesBody;
  const bandHeight = roomy ? Math.max(S.azRoomyHeight, volumesHeight) : volumesHeight;
  return { zones, vpcs, columns, colWidths, xs, inset, innerWidth, shelf, shelfPack, shelfHeight, vpcHeights, bands, looseVolumes, volumePacks, bandTop, vpcYs, volumesTop, bandHeight };
}

function emitShelf(out: LabFlowNode[], g: RegionGeometry, regionName: string, regionId: string): void {
  if (!g.shelf.length) return;
  const shelfId = shelfNodeId(regionName);
  out.push({
    id: shelfId,
    type: 'shelf',
    parentId: regionId,
    position: { x: S.regionPadding, y: S.regionHeader },
    width: g.innerWidth,
    height: g.shelfHeight,
    zIndex: Z.shelf,
    data: { region: regionName, count: g.shelf.length },
    ...FIXED,
  });
  g.shelf.forEach((item, i) => {
    const p = g.shelfPack.positions[i]!;
    item.emit(out, shelfId, S.shelfPadding + p.x, S.shelfHeader + p.y);
  });
}

function emitVpcs(out: LabFlowNode[], g: RegionGeometry, index: WorldIndex | undefined, regionId: string): void {
  g.vpcs.forEach((vpc, vi) => {
    const igw = index?.igwByVpc.get(vpc.id);
    out.push({
      id: vpc.id,
      type: 'vpc',
      parentId: regionId,
      position: { x: S.regionPadding, y: g.vpcYs[vi]! },
      width: g.innerWidth,
      height: g.vpcHeights[vi]!,
      zIndex: Z.vpc,
      data: { vpc, name: nameTag(vpc), ...(igw ? { igwRoom: S.igwWidth + S.igwInset } : {}) },
      ...FIXED,
    });
    if (igw) out.push(igwNode(igw, igw, vpc.id, g.innerWidth));
    const band = g.bands[vi];
    band?.emit(out, vpc.id, (zi) => ({ x: S.vpcPadding + g.xs[zi]!, width: g.colWidths[zi]! }));
    const bandHeight = band?.height ?? 0;
    const colHeight = g.vpcHeights[vi]! - S.vpcHeader - bandHeight - S.vpcPadding;
    g.columns[vi]!.forEach((col, zi) => {
      const colId = zoneColumnNodeId(vpc.id, col.zoneName);
      const colWidth = g.colWidths[zi]!;
      out.push({
        id: colId,
        type: 'zoneColumn',
        parentId: vpc.id,
        position: { x: S.vpcPadding + g.xs[zi]!, y: S.vpcHeader + bandHeight },
        width: colWidth,
        height: colHeight,
        zIndex: Z.zoneColumn,
        data: { zoneName: col.zoneName, vpcId: vpc.id, subnetCount: col.subnets.length },
        ...FIXED,
      });
      let sy = S.zoneColumnHeader;
      for (const subnet of col.subnets) {
        subnet.emit(out, colId, S.zoneColumnPadding, sy, colWidth - 2 * S.zoneColumnPadding);
        sy += subnet.height + S.subnetGap;
      }
    });
  });
}

function emitZones(out: LabFlowNode[], g: RegionGeometry, world: World | null, region: RegionInfo, regionId: string): void {
  const roomy = g.vpcs.length === 0;
  region.zones.forEach((zone, zi) => {
    const azId = azNodeId(zone.ZoneName);
    out.push({
      id: azId,
      type: 'az',
      parentId: regionId,
      position: { x: S.regionPadding + g.inset + g.xs[zi]!, y: g.bandTop },
      width: g.colWidths[zi]!,
      height: g.bandHeight,
      zIndex: Z.az,
      data: {
        zoneName: zone.ZoneName,
        zoneId: zone.ZoneId,
        region: region.name,
        subnetCount: world ? world.subnets.values().filter((s) => s.az === zone.ZoneName).length : 0,
        volumeCount: g.looseVolumes[zi]!.length,
        lens: 'network',
        roomy,
        volumesTop: g.volumesTop,
        ...(world?.zoneFailures.get(zone.ZoneName) ? { failed: true } : {}),
      },
      ...FIXED,
    });
    const top = roomy ? S.azHeader : g.volumesTop + S.volumesCaption;
    g.looseVolumes[zi]!.forEach((item, i) => {
      const p = g.volumePacks[zi]!.positions[i]!;
      item.emit(out, azId, S.azPadding + p.x, top + p.y);
    });
  });
}

function regionBlock(world: World | null, region: RegionInfo, health: HealthReader = engineHealth): Block {
  const index = world ? indexWorld(world) : undefined;
  const g = geometry(world, index, region, health);
  const width = g.innerWidth + 2 * S.regionPadding;
  const height = g.bandTop + g.bandHeight + S.regionPadding;
  const regionId = regionNodeId(region.name);
  return {
    width,
    height,
    emit(out, parentId, x, y0) {
      out.push({
        id: regionId,
        type: 'region',
        ...(parentId ? { parentId } : {}),
        position: { x, y: y0 },
        width,
        height,
        zIndex: Z.region,
        data: {
          name: region.name,
          zoneCount: g.zones.length,
          empty: g.vpcs.length === 0,
          lens: 'network',
          home: world ? world.homeRegion === region.name : true,
        },
        ...FIXED,
      });
      emitShelf(out, g, region.name, regionId);
      // The AZ columns before the VPCs that cross them, so a VPC is drawn over its zones.
      emitZones(out, g, world, region, regionId);
      emitVpcs(out, g, index, regionId);
    },
  };
}

/** The network lens's nodes and its lines (load balancers, target groups and Auto Scaling groups to what they serve). */
export function networkFlow(
  world: World | null,
  fallback: RegionInfo,
  choice: RegionChoice = AUTO_REGIONS,
  health: HealthReader = engineHealth,
): { nodes: LabFlowNode[]; edges: Edge[] } {
  const out: LabFlowNode[] = [];
  let x = 0;
  const regions = drawnRegions(world, fallback, choice);
  for (const region of regions) {
    const block = regionBlock(world, region, health);
    block.emit(out, undefined, x, 0);
    x += block.width + 80;
  }
  const edges = world ? scalingEdges(world, new Set(regions.map((r) => r.name)), health) : [];
  return { nodes: out, edges };
}

