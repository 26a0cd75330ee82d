import type { Params } from './params';
import { invalid, missing } from './params';
import { refuse } from './refusal';
import type { Tx } from './tx';

/**
 * A zone given by name (`AvailabilityZone`) or by zone id (`AvailabilityZoneId`, e.g. use1-az1), at most one of
 * them, as the zone name. Unknown names are left to the caller's own check; unknown ids are refused here.
 */
export function readZone(tx: Tx, p: Params, required: true): string;
export function readZone(tx: Tx, p: Params, required?: boolean): string | undefined;
export function readZone(tx: Tx, p: Params, required = false): string | undefined {
  const name = p.optStr('AvailabilityZone');
  const id = p.optStr('AvailabilityZoneId');
  if (name !== undefined && id !== undefined) {
    return refuse('request.invalid-combination', 'Specify either AvailabilityZone or AvailabilityZoneId, not both.', {
      scope: { kind: 'parameter', to: 'AvailabilityZoneId' },
    });
  }
  if (id === undefined) return name ?? (required ? missing('AvailabilityZone') : undefined);
  const zone = tx.base.regions[tx.region]?.zones.find((z) => z.ZoneId === id);
  return zone ? zone.ZoneName : invalid('AvailabilityZoneId', id, `The zone ID '${id.slice(0, 40)}' does not exist in ${tx.region}.`);
}

/** The zone id (use1-az1) of a zone name in a region, for the `availability-zone-id` filters. */
export function zoneIdOf(tx: Tx, region: string, az: string | undefined): string | undefined {
  return az === undefined ? undefined : tx.base.regions[region]?.zones.find((z) => z.ZoneName === az)?.ZoneId;
}
