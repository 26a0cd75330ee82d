/**
 * Which regions the canvas draws large: the home region and every region that holds something of the learner's.
 * The others are compact chips (the canvas's region bar); the learner may open one, or all, with a click.
 */
import type { World } from '../engine';
import type { RegionInfo } from '../engine/model/common';

/** Regions opened from their chip ('all': every region), on top of those drawn because they hold something. */
export type RegionChoice = 'all' | readonly string[];
export const AUTO_REGIONS: RegionChoice = Object.freeze([]) as readonly string[];

/**
 * True when the region holds something the learner made or owns: a VPC of their own (the default VPC and its
 * subnets come with every region), an instance, a volume, an address, a Dedicated Host, an AMI or snapshot.
 */
function regionHasUserResources(world: World, region: string): boolean {
  const here = (x: { region: string }) => x.region === region;
  return (
    world.vpcs.values().some((v) => here(v) && !v.isDefault) ||
    world.instances.values().some(here) ||
    world.volumes.values().some((v) => here(v) && v.state !== 'deleted') ||
    world.addresses.values().some(here) ||
    world.dedicatedHosts.values().some(here) ||
    world.images.values().some((i) => here(i) && i.ownerId === world.account && i.state !== 'deregistered') ||
    world.snapshots.values().some((s) => here(s) && s.ownerId === world.account)
  );
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
