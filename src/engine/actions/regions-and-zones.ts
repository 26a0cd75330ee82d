import type { Params } from '../params';
import type { Tx } from '../tx';
import { defineActions } from './registry';

function describeRegions(tx: Tx, _p: Params) {
  return {
    Regions: Object.values(tx.base.regions).map((r) => ({
      RegionName: r.name,
      Endpoint: `ec2.${r.name}.amazonaws.com`,
      OptInStatus: 'opt-in-not-required',
    })),
  };
}

function describeAvailabilityZones(tx: Tx, _p: Params) {
  const region = tx.base.regions[tx.region];
  return {
    AvailabilityZones: (region?.zones ?? []).map((z) => ({
      ZoneName: z.ZoneName,
      ZoneId: z.ZoneId,
      RegionName: tx.region,
      State: 'available',
      ZoneType: 'availability-zone',
      GroupName: tx.region,
    })),
  };
}

export const REGION_ACTIONS = defineActions([
  { type: 'ec2:DescribeRegions', summary: 'List the regions the lab models.', run: describeRegions, read: true },
  {
    type: 'ec2:DescribeAvailabilityZones',
    summary: 'List the Availability Zones of the region (names and zone ids).',
    run: describeAvailabilityZones,
    read: true,
  },
]);
