import type { Instance } from '../model/instances';
import type { ElasticIp, NetworkInterface } from '../model/network';
import { mustFind, notFound } from '../lookup';
import { refuse } from '../refusal';
import type { Tx } from '../tx';
import { attachedEnis, eipsOn } from './attached';

/** Queries about which interfaces an instance has and which Elastic IPs sit on which private address. */

/** The interfaces attached to an instance, eth0 first (by device index). */
export function instanceEnis(tx: Tx, instanceId: string): NetworkInterface[] {
  return [...attachedEnis(tx, instanceId)];
}

/**
 * The one interface behind an instance-level network request (rule 23): an instance with several interfaces is
 * refused with InvalidInstanceID, because AWS will not guess which one is meant. Undefined when it has none.
 */
export function soleInterface(tx: Tx, instance: Instance): NetworkInterface | undefined {
  const enis = instanceEnis(tx, instance.id);
  if (enis.length > 1) {
    refuse(
      'instance.multiple-enis',
      `There are multiple interfaces attached to instance '${instance.id}'. Please specify an interface ID for the operation instead.`,
      { resources: [instance.id, ...enis.map((e) => e.id)] },
    );
  }
  return enis[0];
}

/** The primary interface (device index 0) of an instance. */
export function primaryEni(tx: Tx, instanceId: string): NetworkInterface | undefined {
  return attachedEnis(tx, instanceId).find((e) => e.attachment?.deviceIndex === 0);
}

/** The Elastic IP associated with one private address of an interface, if any. */
export function eipOn(tx: Tx, eniId: string, address: string): ElasticIp | undefined {
  return eipsOn(tx, eniId).find((a) => a.association?.privateIp === address);
}

/** Every Elastic IP associated with any address of an interface. */
export function eipsOnEni(tx: Tx, eniId: string): ElasticIp[] {
  return [...eipsOn(tx, eniId)];
}

/** Terminated instances stay visible this long (logical seconds), then AWS forgets them. */
export const TERMINATED_VISIBLE_SECONDS = 3600;

/** Whether DescribeInstances still shows the instance (terminated ones for about an hour, rule 47). */
export function stillVisible(tx: Tx, instance: Instance): boolean {
  return instance.state !== 'terminated' || tx.now - (instance.terminatedAt ?? tx.now) < TERMINATED_VISIBLE_SECONDS;
}

/** An instance of the acting account and region, or InvalidInstanceID.NotFound (also once a terminated one is gone). */
export function findInstance(tx: Tx, id: string): Instance {
  const instance = mustFind(tx, 'instances', id);
  if (!stillVisible(tx, instance)) return notFound('instances', id);
  return instance;
}
