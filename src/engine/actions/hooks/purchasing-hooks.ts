import type { Instance } from '../../model/instances';
import type { Params } from '../../params';
import type { Tx } from '../../tx';

/**
 * Purchasing and placement side of the instance lifecycle (owned by the purchasing family: Spot, Reserved
 * Instances, Dedicated Hosts, billing). The instance family calls these through ../lifecycle.ts.
 */

/** Apply `InstanceMarketOptions` and `Placement` (tenancy, host) of a launch and pick the physical host. */
export function launchPurchasing(tx: Tx, instance: Instance, _p: Params): void {
  tx.update('instances', instance.id, { physicalHostId: `h-phys-${tx.hex(12)}` });
}

/** The instance stopped (by the user or by a Spot interruption). */
export function purchasingOnStop(_tx: Tx, _instance: Instance): void {}

/** The instance is starting again: it lands on a new physical host unless host affinity pins it. */
export function purchasingOnStart(tx: Tx, instance: Instance): void {
  tx.update('instances', instance.id, { physicalHostId: `h-phys-${tx.hex(12)}` });
}

/** The instance terminated: close its Spot request (one-time) and free its Dedicated Host capacity. */
export function purchasingOnTerminate(_tx: Tx, _instance: Instance): void {}
