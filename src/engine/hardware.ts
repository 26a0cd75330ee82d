import type { Tx } from './tx';

/** A simulated physical host id for shared or dedicated tenancy (same shape as a Dedicated Host id). */
export function newPhysicalHostId(tx: Tx): string {
  return tx.id('h');
}
