import { refuse } from './refusal';
import type { Tx } from './tx';

/**
 * Whether a zone is down (sim:FailAvailabilityZone, actions/az-failure.ts): nothing launches there (RunInstances,
 * Auto Scaling) and load balancer nodes in it stop serving. Shared by those families.
 */

export function zoneFailed(tx: Tx, az: string): boolean {
  return tx.get('zoneFailures', az) !== undefined;
}

/** Refuse a launch into a zone that is down. */
export function requireZoneUp(tx: Tx, az: string): void {
  if (zoneFailed(tx, az)) {
    refuse('zone.failed.launch', `We currently do not have sufficient capacity in the Availability Zone you requested (${az}): the zone is down.`, {
      scope: { kind: 'availability-zone', to: az },
    });
  }
}
