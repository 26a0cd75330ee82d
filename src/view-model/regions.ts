/**
 * Which regions the canvas draws large: the home region and every region that holds something of the learner's.
 * The others are compact chips (the canvas's region bar); the learner may open one, or all, with a click.
 */
import type { World } from '../engine';
import type { RegionInfo } from '../engine/model/common';

/** Regions opened from their chip ('all': every region), on top of those drawn because they hold something. */
export type RegionChoice = 'all' | readonly string[];
export const AUTO_REGIONS: RegionChoice = Object.freeze([]) as readonly string[];

const holding = new WeakMap<World, ReadonlySet<string>>();

/**
 * The regions that hold something the learner made or owns: a VPC of their own (the default VPC and its subnets
 * come with every region), an instance, a volume, an address, a Dedicated Host, an AMI or snapshot. One pass over
 * the world, kept per world (worlds are immutable): the canvas and the region bar ask on every change.
 */
function regionsWithUserResources(world: World): ReadonlySet<string> {
  const known = holding.get(world);
  if (known) return known;
  const regions = new Set<string>();
  const add = (x: { region: string }) => void regions.add(x.region);
  world.vpcs.values().forEach((v) => !v.isDefault && add(v));
  world.instances.values().forEach(add);
  world.volumes.values().forEach((v) => v.state !== 'deleted' && add(v));
  world.addresses.values().forEach(add);
  world.dedicatedHosts.values().forEach(add);
  world.images.values().forEach((i) => i.ownerId === world.account && i.state !== 'deregistered' && add(i));
  world.snapshots.values().forEach((s) => s.ownerId === world.account && add(s));
  holding.set(world, regions);
  return regions;
}

function regionHasUserResources(world: World, region: string): boolean {
  return regionsWithUserResources(world).has(region);
}

function isShown(world: World, region: string, choice: RegionChoice): boolean {
  if (region === world.homeRegion || choice === 'all' || choice.includes(region)) return true;
  return regionHasUserResources(world, region);
}

/** The regions drawn as full boxes: the home region first, then the others that hold something or were opened. */
export function drawnRegions(world: World | null, fallback: RegionInfo, choice: RegionChoice = AUTO_REGIONS): RegionInfo[] {
  if (!world) return [fallback];
  const home = world.regions[world.homeRegion];
  const others = Object.values(world.regions).filter((r) => r.name !== world.homeRegion && isShown(world, r.name, choice));
  return [...(home ? [home] : []), ...others];
}

interface RegionChip {
  name: string;
  /** Drawn as a full box now. */
  drawn: boolean;
  home: boolean;
  /** Drawn because it holds something of the learner's (it cannot be folded to a chip). */
  holds: boolean;
}

/** Every region of the world, for the region bar: drawn or not, and why. */
export function regionChips(world: World | null, choice: RegionChoice = AUTO_REGIONS): RegionChip[] {
  if (!world) return [];
  return Object.values(world.regions).map((r) => {
    const home = r.name === world.homeRegion;
    const holds = home || regionHasUserResources(world, r.name);
    return { name: r.name, home, holds, drawn: holds || isShown(world, r.name, choice) };
  });
}
