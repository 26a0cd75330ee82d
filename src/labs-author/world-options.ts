/**
 * What the builder offers from the world on the canvas: resource counts for the start, the Regions, AZs, VPCs and
 * subnets a goal can be scoped to, and the values a property takes now (suggestions). Reads only.
 */
import type { World } from '../engine';
import { collectionDef, readProperty, resourcesOf, type PropertyDef } from '../labs/authoring';
import type { CollectionKey } from '../engine/model/world';

interface Option {
  value: string;
  label: string;
}

const nameOf = (r: { tags?: { Key: string; Value: string }[] }) => r.tags?.find((t) => t.Key === 'Name')?.Value;

/** Counts of the learner's own resources, for "the start is the canvas: 2 VPCs, 3 instances…". */
export function resourceCounts(world: World): { label: string; count: number }[] {
  const own = (r: { ownerId?: string }) => r.ownerId === undefined || r.ownerId === world.account;
  const rows: [CollectionKey, string, string][] = [
    ['vpcs', 'VPC', 'VPCs'],
    ['subnets', 'subnet', 'subnets'],
    ['instances', 'instance', 'instances'],
    ['networkInterfaces', 'network interface', 'network interfaces'],
    ['addresses', 'Elastic IP', 'Elastic IPs'],
    ['volumes', 'volume', 'volumes'],
    ['snapshots', 'snapshot', 'snapshots'],
    ['images', 'AMI of yours', 'AMIs of yours'],
    ['internetGateways', 'internet gateway', 'internet gateways'],
    ['securityGroups', 'security group', 'security groups'],
  ];
  return rows
    .map(([key, one, many]) => {
      const count = (resourcesOf(world, key) as { ownerId?: string; state?: string }[]).filter(
        (r) => own(r) && r.state !== 'terminated' && r.state !== 'deleted' && r.state !== 'deregistered',
      ).length;
      return { label: count === 1 ? one : many, count };
    })
    .filter((row) => row.count > 0);
}

export function regionOptions(world: World): Option[] {
  return Object.keys(world.regions)
    .sort((a, b) => (a === world.homeRegion ? -1 : b === world.homeRegion ? 1 : a.localeCompare(b)))
    .map((r) => ({ value: r, label: r }));
}

export function zoneOptions(world: World, region: string | undefined): Option[] {
  const regions = region ? [region] : [world.homeRegion];
  return regions.flatMap((r) => (world.regions[r]?.zones ?? []).map((z) => ({ value: z.ZoneName, label: z.ZoneName })));
}

export function vpcOptions(world: World, region: string | undefined): Option[] {
  return world.vpcs
    .values()
    .filter((v) => v.ownerId === world.account && (!region || v.region === region))
    .map((v) => {
      const name = nameOf(v) ?? (v.isDefault ? 'default VPC' : undefined);
      const cidr = v.cidrBlocks[0]?.cidr ?? '';
      return { value: v.id, label: `${name ? `${name} · ` : ''}${cidr} · ${v.id}` };
    });
}

export function subnetOptions(world: World, scope: { region?: string; az?: string; vpcId?: string }): Option[] {
  return world.subnets
    .values()
    .filter(
      (s) =>
        s.ownerId === world.account &&
        (!scope.region || s.region === scope.region) &&
        (!scope.az || s.az === scope.az) &&
        (!scope.vpcId || s.vpcId === scope.vpcId),
    )
    .map((s) => {
      const name = nameOf(s);
      return { value: s.id, label: `${name ? `${name} · ` : ''}${s.cidr} · ${s.az} · ${s.id}` };
    });
}

/** Values a text or list property takes in the world now (most common first), to suggest in the builder. */
export function valuesInWorld(world: World, collection: string, property: PropertyDef, max = 30): string[] {
  const def = collectionDef(collection);
  if (!def) return [];
  const seen = new Map<string, number>();
  for (const resource of resourcesOf(world, def.key)) {
    let value: unknown;
    try {
      value = readProperty(property, resource, world);
    } catch {
      continue;
    }
    for (const item of Array.isArray(value) ? value : [value]) {
      if (typeof item === 'string' && item !== '') seen.set(item, (seen.get(item) ?? 0) + 1);
    }
  }
  return [...seen.entries()]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, max)
    .map(([v]) => v);
}
