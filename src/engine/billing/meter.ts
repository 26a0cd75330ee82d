import type { Tx } from '../tx';
import { accrueRun, reservationStateAt, type Charge } from './accrue';
import { currentCharges, type PricedWorld } from './charges';

/**
 * The bill while sim:AdvanceTime moves the clock. Time passes in stretches between events, each billed at the prices
 * of its start. Pricing the whole world and copying the whole bill for every stretch made a long advance over a busy
 * world (Auto Scaling groups retrying every 30 s, health checks) cost stretches × resources.
 *
 * The meter prices the world again only when something prices depend on changed (PRICED_COLLECTIONS, the Spot
 * prices, which Reserved Instances are active), and adds up the stretches billed at the same prices in one go
 * (accrueRun) when the prices change, when anyone reads the bill (Tx.deferBilling) or when the transaction
 * finishes. accrueRun makes the same additions in the same order, so the bill is the same to the last bit.
 */
export class BillingMeter {
  private world: PricedWorld | undefined;
  private active = '';
  private charges: readonly Charge[] = [];
  /** Stretches billed at `runCharges` and not yet on the bill. */
  private run: number[] = [];
  private runCharges: readonly Charge[] = [];
  /** Times the world was priced and times the bill was copied (tests hold these down). */
  readonly counts = { pricings: 0, bills: 0 };

  /** Bill `seconds` at the prices of now. */
  accrue(tx: Tx, seconds: number): void {
    const charges = this.pricesNow(tx);
    if (this.run.length > 0 && charges !== this.runCharges) void tx.billing; // the run at the old prices goes on the bill
    if (this.run.length === 0) {
      this.runCharges = charges;
      tx.deferBilling((bill) => this.fold(bill));
    }
    this.run.push(seconds);
  }

  private fold(bill: Tx['billing']): Tx['billing'] {
    const run = this.run;
    this.run = [];
    this.counts.bills++;
    return accrueRun(bill, this.runCharges, run);
  }

  private pricesNow(tx: Tx): readonly Charge[] {
    const world: PricedWorld = {
      instances: tx.table('instances'),
      reservedInstances: tx.table('reservedInstances'),
      images: tx.table('images'),
      dedicatedHosts: tx.table('dedicatedHosts'),
      addresses: tx.table('addresses'),
      networkInterfaces: tx.table('networkInterfaces'),
      volumes: tx.table('volumes'),
      snapshots: tx.table('snapshots'),
      spotPrices: tx.spotPrices,
    };
    let active = '';
    for (const ri of world.reservedInstances.values()) if (reservationStateAt(ri, tx.now) === 'active') active += `${ri.id} `;
    const previous = this.world;
    const same =
      previous !== undefined &&
      active === this.active &&
      (Object.keys(world) as (keyof PricedWorld)[]).every((key) => world[key] === previous[key]);
    if (same) return this.charges;
    this.world = world;
    this.active = active;
    this.counts.pricings++;
    this.charges = currentCharges(world, tx.now);
    return this.charges;
  }
}
