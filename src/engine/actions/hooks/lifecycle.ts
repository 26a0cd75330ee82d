import type { Image } from '../../model/storage';
import type { Instance } from '../../model/instances';
import type { Params } from '../../params';
import type { Tx } from '../../tx';
import { launchStorage, storageOnStop, storageOnTerminate } from './storage-hooks';
import {
  launchPurchasing,
  purchasingOnReboot,
  purchasingOnStart,
  purchasingOnStop,
  purchasingOnTerminate,
} from './purchasing-hooks';

/**
 * The instance family owns the state machine; storage and purchasing react to its transitions here. Each hook
 * receives the instance as stored at that moment and writes through the transaction.
 */
function current(tx: Tx, instance: Instance): Instance {
  return tx.get('instances', instance.id) ?? instance;
}

export function onLaunch(tx: Tx, instance: Instance, image: Image, p: Params): void {
  launchStorage(tx, current(tx, instance), image, p);
  launchPurchasing(tx, current(tx, instance), p);
}

export function onStop(tx: Tx, instance: Instance): void {
  storageOnStop(tx, current(tx, instance));
  purchasingOnStop(tx, current(tx, instance));
}

export function onStart(tx: Tx, instance: Instance): void {
  purchasingOnStart(tx, current(tx, instance));
}

export function onTerminate(tx: Tx, instance: Instance): void {
  storageOnTerminate(tx, current(tx, instance));
  purchasingOnTerminate(tx, current(tx, instance));
}

/** The instance rebooted (same host): a failed instance status check clears. */
export function onReboot(tx: Tx, instance: Instance): void {
  purchasingOnReboot(tx, current(tx, instance));
}
