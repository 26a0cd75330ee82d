import type { Params } from '../params';
import { invalid } from '../params';
import type { Tx } from '../tx';
import { applyFilters } from '../filters';
import { defineActions } from '../action-def';

/** Filters run on the SDK shape of each region or zone (`region-name` reads RegionName, `zone-id` ZoneId, …). */
function filtered<T extends object>(items: T[], p: Params): T[] {
  return applyFilters(items as (T & { tags?: [] })[], p, {}, (item) => item);
}

function describeRegions(tx: Tx, p: Params) {
  const names = p.optStrList('RegionNames');
  // AllRegions adds opt-in regions not enabled for the account; every region of the lab is enabled.
  p.optBool('AllRegions');
  for (const name of names ?? []) {
    if (!Object.hasOwn(tx.base.regions, name)) invalid('RegionNames', name, `The region '${name.slice(0, 40)}' does not exist or the lab does not model it.`);
  }
  const regions = Object.values(tx.base.regions)
    .filter((r) => !names || names.includes(r.name))
    .map((r) => ({ RegionName: r.name, Endpoint: `ec2.${r.name}.amazonaws.com`, OptInStatus: 'opt-in-not-required' }));
  return { Regions: filtered(regions, p) };
}

function describeAvailabilityZones(tx: Tx, p: Params) {
  const zones = tx.base.regions[tx.region]?.zones ?? [];
  const names = p.optStrList('ZoneNames');
  const ids = p.optStrList('ZoneIds');
  // AllAvailabilityZones adds Local and Wavelength Zones; the lab has none.
  p.optBool('AllAvailabilityZones');
  for (const name of names ?? []) {
    if (!zones.some((z) => z.ZoneName === name)) invalid('ZoneNames', name, `The zone '${name.slice(0, 40)}' does not exist in ${tx.region}.`);
  }
  for (const id of ids ?? []) {
    if (!zones.some((z) => z.ZoneId === id)) invalid('ZoneIds', id, `The zone ID '${id.slice(0, 40)}' does not exist in ${tx.region}.`);
  }
  const picked = zones
    .filter((z) => (!names && !ids) || names?.includes(z.ZoneName) || ids?.includes(z.ZoneId))
    .map((z) => ({
      ZoneName: z.ZoneName,
      ZoneId: z.ZoneId,
      RegionName: tx.region,
      State: 'available',
      OptInStatus: 'opt-in-not-required',
      Messages: [] as { Message: string }[],
      ZoneType: 'availability-zone',
      GroupName: tx.region,
      GroupLongName: tx.region,
      NetworkBorderGroup: tx.region,
    }));
  return { AvailabilityZones: filtered(picked, p) };
}

export const REGION_ACTIONS = defineActions([
  {
    type: 'ec2:DescribeRegions',
    summary: 'List the regions the lab models (RegionNames, Filters).',
    run: describeRegions,
    read: true,
  },
  {
    type: 'ec2:DescribeAvailabilityZones',
    summary: 'List the Availability Zones of the region (ZoneNames, ZoneIds, Filters).',
    run: describeAvailabilityZones,
    read: true,
  },
]);
