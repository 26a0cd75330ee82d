/**
 * The network lens, in the AWS diagram convention: Region ⊃ VPC ⊃ AZ column ⊃ subnet ⊃ instance cards. Interfaces
 * and volumes attached to an instance are chips on its card; a detached interface sits in its subnet, a detached
 * volume in its AZ (below the VPCs: EBS lives in the zone, not the VPC); Elastic IPs, snapshots, AMIs and KMS keys
 * on the region's shelf; the internet gateway on its VPC's edge.
 *
 * Columns are per AZ and shared by every VPC of the region, so a zone reads top to bottom.
 */
import type { World } from '../../engine';
import type { RegionInfo } from '../../engine/model/common';
import {
  azNodeId,
  regionNodeId,
  shelfNodeId,
  zoneColumnNodeId,
  type ElasticIp,
  type Instance,
  type LabFlowNode,
  type NetworkInterface,
  type ShelfItemNodeData,
  type Subnet,
  type Volume,
  type Vpc,
} from '../flow-types';
import { indexWorld, instanceAddresses, interfaceAddresses, nameTag, type WorldIndex } from '../world-index';
import { FIXED, MOVABLE, type Block } from './block';
import { gridColumns, pack, rowWidth } from './pack';
import { SIZE, Z } from './sizes';

const S = SIZE;

// ── leaves ───────────────────────────────────────────────────────────────────────────────────────────────────────

export function chipCount(index: WorldIndex, instance: Instance, withVolumes: boolean): number {
  const enis = index.enisByInstance.get(instance.id)?.length ?? 0;
  const volumes = withVolumes ? (index.volumesByInstance.get(instance.id)?.length ?? 0) : 0;
  return enis + volumes;
}

export function instanceHeight(chips: number): number {
  return S.instanceHeader + (chips ? chips * (S.chipHeight + S.chipGap) - S.chipGap + S.chipInset : 0);
}

function eniChip(index: WorldIndex, eni: NetworkInterface, parentId: string, y: number): LabFlowNode {
  const addresses = interfaceAddresses(index, eni);
  return {
    id: eni.id,
    type: 'eni',
    parentId,
    position: { x: S.chipInset, y },
    width: S.cardWidth - 2 * S.chipInset,
    height: S.chipHeight,
    zIndex: Z.chip,
    data: { eni, ...addresses, deviceIndex: eni.attachment?.deviceIndex },
    ...FIXED,
  };
}

function volumeChip(volume: Volume, parentId: string, y: number): LabFlowNode {
  return {
    id: volume.id,
    type: 'volume',
    parentId,
    position: { x: S.chipInset, y },
    width: S.cardWidth - 2 * S.chipInset,
    height: S.chipHeight,
    zIndex: Z.chip,
    data: { volume, chip: true },
    ...FIXED,
  };
}

/** An instance card with its interfaces (and, in the network lens, its volumes) as chips. */
export function instanceBlock(index: WorldIndex, instance: Instance, lens: 'network' | 'physical'): Block {
  const enis = index.enisByInstance.get(instance.id) ?? [];
  const volumes = lens === 'network' ? (index.volumesByInstance.get(instance.id) ?? []) : [];
  const height = instanceHeight(enis.length + volumes.length);
  return {
    width: S.cardWidth,
    height,
    emit(out, parentId, x, y) {
      out.push({
        id: instance.id,
        type: 'instance',
        ...(parentId ? { parentId } : {}),
        position: { x, y },
        width: S.cardWidth,
        height,
        zIndex: Z.instance,
        data: { instance, name: nameTag(instance), ...instanceAddresses(index, instance), lens },
        ...FIXED,
      });
      let chipY = S.instanceHeader;
      for (const eni of enis) {
        out.push(eniChip(index, eni, instance.id, chipY));
        chipY += S.chipHeight + S.chipGap;
      }
      for (const volume of volumes) {
        out.push(volumeChip(volume, instance.id, chipY));
        chipY += S.chipHeight + S.chipGap;
      }
    },
  };
}

function looseEniBlock(index: WorldIndex, eni: NetworkInterface): Block {
  return {
    width: S.cardWidth,
    height: S.looseEniHeight,
    emit(out, parentId, x, y) {
      out.push({
        id: eni.id,
        type: 'eni',
        ...(parentId ? { parentId } : {}),
        position: { x, y },
        width: S.cardWidth,
        height: S.looseEniHeight,
        zIndex: Z.card,
        data: { eni, ...interfaceAddresses(index, eni), deviceIndex: undefined },
        ...MOVABLE,
      });
    },
  };
}

export function volumeCardBlock(volume: Volume): Block {
  return {
    width: S.smallCardWidth,
    height: S.smallCardHeight,
    emit(out, parentId, x, y) {
      out.push({
        id: volume.id,
        type: 'volume',
        ...(parentId ? { parentId } : {}),
        position: { x, y },
        width: S.smallCardWidth,
        height: S.smallCardHeight,
        zIndex: Z.card,
        data: { volume, chip: false },
        ...(volume.attachment ? FIXED : MOVABLE),
      });
    },
  };
}

function eipBlock(world: World, eip: ElasticIp): Block {
  const eni = eip.association ? world.networkInterfaces.get(eip.association.networkInterfaceId) : undefined;
  const target = eni?.attachment?.instanceId ?? eni?.id;
  return {
    width: S.smallCardWidth,
    height: S.smallCardHeight,
    emit(out, parentId, x, y) {
      out.push({
        id: eip.allocationId,
        type: 'eip',
        ...(parentId ? { parentId } : {}),
        position: { x, y },
        width: S.smallCardWidth,
        height: S.smallCardHeight,
        zIndex: Z.card,
        data: { eip, target },
        ...MOVABLE,
      });
    },
  };
}

function shelfItemBlock(id: string, data: ShelfItemNodeData): Block {
  return {
    width: S.smallCardWidth,
    height: S.smallCardHeight,
    emit(out, parentId, x, y) {
      out.push({
        id,
        type: 'shelfItem',
        ...(parentId ? { parentId } : {}),
        position: { x, y },
        width: S.smallCardWidth,
        height: S.smallCardHeight,
        zIndex: Z.card,
        data,
        ...FIXED,
      });
    },
  };
}

// ── groups ───────────────────────────────────────────────────────────────────────────────────────────────────────

/** Cards packed in a grid `columns` wide. */
export function packCards(blocks: readonly Block[], columns: number, cardWidth: number = S.cardWidth) {
  return pack(blocks, rowWidth(columns, cardWidth, S.cardGap), S.cardGap);
}

function subnetBlock(index: WorldIndex, subnet: Subnet): Block {
  const instances = index.instancesBySubnet.get(subnet.id) ?? [];
  const items: Block[] = [
    ...instances.map((i) => instanceBlock(index, i, 'network')),
    ...(index.looseEnisBySubnet.get(subnet.id) ?? []).map((e) => looseEniBlock(index, e)),
  ];
  const columns = Math.max(1, gridColumns(items.length));
  const packed = packCards(items, columns);
  const width = rowWidth(columns, S.cardWidth, S.cardGap) + 2 * S.subnetPadding;
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
        data: { subnet, name: nameTag(subnet), instanceCount: instances.length, empty: items.length === 0 },
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
    position: { x: vpcWidth - S.igwWidth - 28, y: -S.igwHeight / 2 },
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

export function regionHasUserResources(world: World, region: string): boolean {
  const here = (x: { region: string }) => x.region === region;
  return (
    world.vpcs.values().some(here) ||
    world.instances.values().some(here) ||
    world.volumes.values().some(here) ||
    world.addresses.values().some(here) ||
    world.dedicatedHosts.values().some(here) ||
    world.images.values().some((i) => here(i) && i.ownerId === world.account) ||
    world.snapshots.values().some((s) => here(s) && s.ownerId === world.account)
  );
}

/** The home region first, then any other region the learner has put something in. */
export function drawnRegions(world: World | null, fallback: RegionInfo): RegionInfo[] {
  if (!world) return [fallback];
  const home = world.regions[world.homeRegion];
  const others = Object.values(world.regions).filter((r) => r.name !== world.homeRegion && regionHasUserResources(world, r.name));
  return [...(home ? [home] : []), ...others];
}

export function regionBlock(world: World | null, region: RegionInfo): Block {
  const index = world ? indexWorld(world) : undefined;
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

  const vpcHeights = columns.map((cols) => S.vpcHeader + Math.max(...cols.map((c) => c.height)) + S.vpcPadding);
  // Tall enough for its detached volumes (a region with no VPC yet shows roomy AZs, which volumes can outgrow).
  const volumesHeight = Math.max(...volumePacks.map((p) => S.azHeader + (p.height ? p.height + S.azPadding : S.azEmptyHeight)));
  const azHeight = roomy ? Math.max(S.azRoomyHeight, volumesHeight) : volumesHeight;

  let y = S.regionHeader;
  const shelfY = y;
  if (shelf.length) y += shelfHeight + S.blockGap;
  const vpcYs = vpcHeights.map((h) => {
    const at = y;
    y += h + S.blockGap;
    return at;
  });
  const azY = y;
  const width = innerWidth + 2 * S.regionPadding;
  const height = azY + azHeight + S.regionPadding;
  const regionId = regionNodeId(region.name);
  const zoneIds = new Map(region.zones.map((z) => [z.ZoneName, z.ZoneId]));

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
          zoneCount: zones.length,
          empty: roomy,
          lens: 'network',
          home: world ? world.homeRegion === region.name : true,
        },
        ...FIXED,
      });
      if (shelf.length) {
        const shelfId = shelfNodeId(region.name);
        out.push({
          id: shelfId,
          type: 'shelf',
          parentId: regionId,
          position: { x: S.regionPadding, y: shelfY },
          width: innerWidth,
          height: shelfHeight,
          zIndex: Z.shelf,
          data: { region: region.name, count: shelf.length },
          ...FIXED,
        });
        shelf.forEach((item, i) => {
          const p = shelfPack.positions[i]!;
          item.emit(out, shelfId, S.shelfPadding + p.x, S.shelfHeader + p.y);
        });
      }
      vpcs.forEach((vpc, vi) => {
        const vpcWidth = innerWidth;
        out.push({
          id: vpc.id,
          type: 'vpc',
          parentId: regionId,
          position: { x: S.regionPadding, y: vpcYs[vi]! },
          width: vpcWidth,
          height: vpcHeights[vi]!,
          zIndex: Z.vpc,
          data: { vpc, name: nameTag(vpc) },
          ...FIXED,
        });
        const igw = index?.igwByVpc.get(vpc.id);
        if (igw) out.push(igwNode(igw, igw, vpc.id, vpcWidth));
        const colHeight = vpcHeights[vi]! - S.vpcHeader - S.vpcPadding;
        columns[vi]!.forEach((col, zi) => {
          const colId = zoneColumnNodeId(vpc.id, col.zoneName);
          const colWidth = colWidths[zi]!;
          out.push({
            id: colId,
            type: 'zoneColumn',
            parentId: vpc.id,
            position: { x: S.vpcPadding + xs[zi]!, y: S.vpcHeader },
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
      region.zones.forEach((zone, zi) => {
        const azId = azNodeId(zone.ZoneName);
        out.push({
          id: azId,
          type: 'az',
          parentId: regionId,
          position: { x: S.regionPadding + inset + xs[zi]!, y: azY },
          width: colWidths[zi]!,
          height: azHeight,
          zIndex: Z.az,
          data: {
            zoneName: zone.ZoneName,
            zoneId: zoneIds.get(zone.ZoneName) ?? '',
            region: region.name,
            subnetCount: world ? world.subnets.values().filter((s) => s.az === zone.ZoneName).length : 0,
            volumeCount: looseVolumes[zi]!.length,
            lens: 'network',
            roomy,
          },
          ...FIXED,
        });
        looseVolumes[zi]!.forEach((item, i) => {
          const p = volumePacks[zi]!.positions[i]!;
          item.emit(out, azId, S.azPadding + p.x, S.azHeader + p.y);
        });
      });
    },
  };
}

export function networkLens(world: World | null, fallback: RegionInfo): LabFlowNode[] {
  const out: LabFlowNode[] = [];
  let x = 0;
  for (const region of drawnRegions(world, fallback)) {
    const block = regionBlock(world, region);
    block.emit(out, undefined, x, 0);
    x += block.width + 80;
  }
  return out;
}
