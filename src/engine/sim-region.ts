import type { World } from './model/world';

/**
 * The region a `sim:` action acts in when the caller names none: the simulator has no regional endpoint, so it
 * finds the instance (`InstanceId`) wherever it runs, as sim:QueryIMDS does, or infers the region from an
 * `AvailabilityZone` (name or id), as sim:FailAvailabilityZone does. Undefined: use the home region.
 */
export function simRegion(world: World, type: string, params: unknown): string | undefined {
  if (!type.startsWith('sim:') || typeof params !== 'object' || params === null) return undefined;
  const { InstanceId: instanceId, AvailabilityZone: az } = params as Record<string, unknown>;
  if (typeof instanceId === 'string') {
    const instance = world.instances.get(instanceId);
    if (instance) return instance.region;
  }
  return typeof az === 'string' ? regionOfZone(world, az) : undefined;
}

/** The region holding the Availability Zone named `az` (by name, e.g. us-east-1a, or id, e.g. use1-az1), if any. */
export function regionOfZone(world: Pick<World, 'regions'>, az: string): string | undefined {
  for (const [name, info] of Object.entries(world.regions)) {
    if (info.zones.some((z) => z.ZoneName === az || z.ZoneId === az)) return name;
  }
  return undefined;
}
