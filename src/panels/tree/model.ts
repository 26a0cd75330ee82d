/**
 * The world as a tree, for the tree view (the keyboard and screen-reader way through the world):
 * Region > VPC > AZ > subnet > instance (> its interfaces and volumes), with each zone's detached volumes and the
 * region's Elastic IPs, snapshots, AMIs and KMS keys. Item ids are the canvas's node ids, so one selection serves both.
 */
import type { World } from '../../engine';
import type { Instance } from '../../engine/model/instances';
import type { Subnet, Vpc } from '../../engine/model/network';
import { drawnRegions } from '../../view-model/regions';
import { azNodeId, regionNodeId, zoneColumnNodeId } from '../../view-model/node-ids';
import { indexWorld, instanceAddresses, interfaceAddresses, nameTag } from '../../view-model/world-index';
import { HOME_REGION, REGIONS } from '../../engine/regions';
import { launchTemplateItems, scalingItems } from './scaling-items';

export type TreeKind =
  | 'region'
  | 'vpc'
  | 'zone'
  | 'subnet'
  | 'instance'
  | 'eni'
  | 'volume'
  | 'eip'
  | 'igw'
  | 'snapshot'
  | 'image'
  | 'kms'
  | 'lb'
  | 'listener'
  | 'tg'
  | 'asg'
  | 'lt';

export interface TreeItem {
  id: string;
  kind: TreeKind;
  label: string;
  detail: string;
  children: TreeItem[];
}

const item = (id: string, kind: TreeKind, label: string, detail: string, children: TreeItem[] = []): TreeItem => ({
  id,
  kind,
  label,
  detail,
  children,
});

const named = (r: { id: string; tags: { Key: string; Value: string }[] }) => {
  const name = nameTag(r);
  return name ? `${name} (${r.id})` : r.id;
};

type Index = ReturnType<typeof indexWorld>;
type Region = ReturnType<typeof drawnRegions>[number];

/** An instance with its interfaces (by device index) and attached volumes. */
function instanceItem(index: Index, instance: Instance): TreeItem {
  const ips = instanceAddresses(index, instance);
  const enis = (index.enisByInstance.get(instance.id) ?? []).map((eni) => {
    const a = interfaceAddresses(index, eni);
    return item(eni.id, 'eni', `eth${eni.attachment?.deviceIndex} ${eni.id}`, `${a.privateIp ?? ''}${a.publicIp ? ` · ${a.publicIp}` : ''}`);
  });
  const volumes = (index.volumesByInstance.get(instance.id) ?? []).map((v) =>
    item(v.id, 'volume', `${v.attachment?.device} ${v.id}`, `${v.sizeGiB} GiB ${v.volumeType}`),
  );
  return item(
    instance.id,
    'instance',
    named(instance),
    `${instance.state} · ${instance.instanceType}${ips.publicIp ? ` · ${ips.publicIp}` : ''}`,
    [...enis, ...volumes],
  );
}

/** A subnet with its instances and its detached interfaces. */
function subnetItem(index: Index, subnet: Subnet): TreeItem {
  const instances = (index.instancesBySubnet.get(subnet.id) ?? []).map((instance) => instanceItem(index, instance));
  const loose = (index.looseEnisBySubnet.get(subnet.id) ?? []).map((eni) =>
    item(eni.id, 'eni', eni.id, `detached · ${interfaceAddresses(index, eni).privateIp ?? ''}`),
  );
  return item(subnet.id, 'subnet', named(subnet), subnet.cidr, [...instances, ...loose]);
}

/** A VPC with its internet gateway, its load balancing and scaling, and its zones that have subnets. */
function vpcItem(world: World, index: Index, region: Region, vpc: Vpc): TreeItem {
  const zones = region.zones
    .map((zone) => {
      const subnets = index.subnetsByVpcZone.get(`${vpc.id}|${zone.ZoneName}`) ?? [];
      return item(
        zoneColumnNodeId(vpc.id, zone.ZoneName),
        'zone',
        zone.ZoneName,
        `${subnets.length} subnet${subnets.length === 1 ? '' : 's'}`,
        subnets.map((subnet) => subnetItem(index, subnet)),
      );
    })
    .filter((z) => z.children.length > 0);
  const igw = index.igwByVpc.get(vpc.id);
  return item(vpc.id, 'vpc', named(vpc), vpc.cidrBlocks.map((c) => c.cidr).join(', '), [
    ...(igw ? [item(igw.id, 'igw', igw.id, 'internet gateway')] : []),
    ...scalingItems(world, vpc.id),
    ...zones,
  ]);
}

/** Each zone's detached volumes (zones without any left out). */
function storageItems(index: Index, region: Region): TreeItem[] {
  return region.zones
    .map((zone) => {
      const volumes = index.looseVolumesByAz.get(zone.ZoneName) ?? [];
      return item(
        azNodeId(zone.ZoneName),
        'zone',
        `${zone.ZoneName} detached volumes`,
        `${volumes.length}`,
        volumes.map((v) => item(v.id, 'volume', v.id, `${v.sizeGiB} GiB ${v.volumeType} · ${v.state}`)),
      );
    })
    .filter((z) => z.children.length > 0);
}

/** The region's own resources of this account: Elastic IPs, detached gateways, templates, AMIs, snapshots, KMS keys. */
function regionalItems(world: World, region: Region): TreeItem[] {
  const mine = <T extends { region: string; ownerId: string }>(x: T) => x.region === region.name && x.ownerId === world.account;
  return [
    ...world.addresses
      .values()
      .filter(mine)
      .map((a) => item(a.allocationId, 'eip', `Elastic IP ${a.publicIp}`, a.association ? `on ${a.association.networkInterfaceId}` : 'not associated')),
    ...world.internetGateways
      .values()
      .filter((g) => mine(g) && !g.vpcId)
      .map((g) => item(g.id, 'igw', g.id, 'internet gateway · detached')),
    ...launchTemplateItems(world, region.name),
    ...world.images
      .values()
      .filter((i) => mine(i) && i.state !== 'deregistered')
      .map((i) => item(i.id, 'image', i.id, `AMI · ${i.name}`)),
    ...world.snapshots
      .values()
      .filter(mine)
      .map((s) => item(s.id, 'snapshot', s.id, `snapshot · ${s.volumeSizeGiB} GiB`)),
    ...world.kmsKeys
      .values()
      .filter((k) => mine(k) && k.keyManager === 'CUSTOMER')
      .map((k) => item(k.id, 'kms', k.aliases[0] ?? k.id, 'KMS key')),
  ];
}

export function buildTree(world: World | null): TreeItem[] {
  const regions = drawnRegions(world, REGIONS[HOME_REGION]!);
  if (!world) {
    return regions.map((r) => item(regionNodeId(r.name), 'region', `Region ${r.name}`, `${r.zones.length} Availability Zones`));
  }
  const index = indexWorld(world);
  return regions.map((region) => {
    const vpcItems = world.vpcs
      .values()
      .filter((v) => v.region === region.name)
      .map((vpc) => vpcItem(world, index, region, vpc));
    return item(regionNodeId(region.name), 'region', `Region ${region.name}`, `${region.zones.length} Availability Zones`, [
      ...vpcItems,
      ...storageItems(index, region),
      ...regionalItems(world, region),
    ]);
  });
}

interface VisibleItem {
  item: TreeItem;
  level: number;
  parentId: string | null;
  posinset: number;
  setsize: number;
}

/** The items a reader can reach now: every item whose ancestors are all expanded, in document order. */
export function visibleItems(roots: readonly TreeItem[], expanded: ReadonlySet<string>): VisibleItem[] {
  const out: VisibleItem[] = [];
  const walk = (items: readonly TreeItem[], level: number, parentId: string | null) => {
    items.forEach((it, i) => {
      out.push({ item: it, level, parentId, posinset: i + 1, setsize: items.length });
      if (it.children.length && expanded.has(it.id)) walk(it.children, level + 1, it.id);
    });
  };
  walk(roots, 1, null);
  return out;
}

/** Ids of the ancestors of `id` (to expand them when something is selected on the canvas). */
export function ancestorsOf(roots: readonly TreeItem[], id: string): string[] | undefined {
  for (const root of roots) {
    if (root.id === id) return [];
    const below = ancestorsOf(root.children, id);
    if (below) return [root.id, ...below];
  }
  return undefined;
}

/** Expanded at first: regions, VPCs, zones and subnets; instances stay closed. */
export function defaultExpanded(roots: readonly TreeItem[]): Set<string> {
  const out = new Set<string>();
  const walk = (items: readonly TreeItem[]) => {
    for (const it of items) {
      if (it.kind === 'region' || it.kind === 'vpc' || it.kind === 'zone' || it.kind === 'subnet') out.add(it.id);
      walk(it.children);
    }
  };
  walk(roots);
  return out;
}

/** Where a key moves focus in the tree (ARIA tree pattern), or what it expands/collapses. */
export function treeKey(
  key: string,
  visible: readonly VisibleItem[],
  focusedId: string,
  expanded: ReadonlySet<string>,
): { focus?: string; expand?: string; collapse?: string } | undefined {
  const at = visible.findIndex((v) => v.item.id === focusedId);
  const current = visible[at];
  if (!current) return visible[0] ? { focus: visible[0].item.id } : undefined;
  const hasChildren = current.item.children.length > 0;
  switch (key) {
    case 'ArrowDown':
      return { focus: visible[Math.min(visible.length - 1, at + 1)]!.item.id };
    case 'ArrowUp':
      return { focus: visible[Math.max(0, at - 1)]!.item.id };
    case 'Home':
      return { focus: visible[0]!.item.id };
    case 'End':
      return { focus: visible[visible.length - 1]!.item.id };
    case 'ArrowRight':
      if (!hasChildren) return {};
      return expanded.has(focusedId) ? { focus: current.item.children[0]!.id } : { expand: focusedId };
    case 'ArrowLeft':
      if (hasChildren && expanded.has(focusedId)) return { collapse: focusedId };
      return current.parentId ? { focus: current.parentId } : {};
    default:
      return undefined;
  }
}
