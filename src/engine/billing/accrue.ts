import type { BillingLine, BillingState, ReservedInstance } from '../model/purchasing';

/**
 * Per-second billing (rules 46, 47, 75, 76), except Dedicated Hosts: the course teaches that a host has no per-second
 * pricing, so the lab bills a host per started hour (an hour is charged when it begins: at AllocateHosts, then
 * every 3600 s while the host stays allocated; a host kept for 10 s pays one full hour). Real AWS bills Linux hosts
 * per second with a 60-second minimum; the lab follows the course. `currentCharges` (charges.ts) prices everything that
 * costs money at this moment; `accrue` adds `seconds` of it to the bill. Between two events nothing changes, so
 * sim:AdvanceTime calls accrue once per stretch between events.
 */

export type PurchaseOption = 'on-demand' | 'spot' | 'zonal-ri' | 'regional-ri' | 'dedicated' | 'dedicated-host';
export type LineKind = BillingLine['kind'];

/** Seconds in the month EBS prices are quoted for (AWS prorates GB-month over a 30-day month). */
export const SECONDS_PER_MONTH = 30 * 86_400;

export interface Charge {
  key: string;
  kind: LineKind;
  resourceId: string;
  region: string;
  ownerId: string;
  /** USD per hour right now. */
  rate: number;
  option?: PurchaseOption | string;
  /** Instances only: share of the usage each purchase option paid for (sums to 1). */
  shares?: Partial<Record<PurchaseOption, number>>;
  reservations?: string[];
  utilization?: number;
  covered?: string[];
}

/** How a kind of line is billed: per second (prorated hourly rate) or per started hour (Dedicated Hosts). */
export function billingUnit(kind: LineKind): 'second' | 'hour' {
  return kind === 'dedicated-host' ? 'hour' : 'second';
}

/** Hours started after `seconds` of use: the first hour starts at 0 s. */
export function hoursStarted(seconds: number): number {
  return Math.max(1, Math.ceil(seconds / 3600));
}

export function lineKey(kind: LineKind, resourceId: string): string {
  return `${kind}|${resourceId}`;
}

/** A reservation's state at a logical time (queued until its start, retired after its term). */
export function reservationStateAt(ri: ReservedInstance, now: number): ReservedInstance['state'] {
  if (now < ri.start) return 'queued';
  if (now >= ri.start + ri.durationSeconds) return 'retired';
  return 'active';
}

/** Add `seconds` of the current charges to the bill. Returns the new billing state (the input is not touched). */
export function accrueCharges(billing: BillingState, charges: readonly Charge[], seconds: number): BillingState {
  return accrueRun(billing, charges, [seconds]);
}

/** Where one bill line stands while a run is added up. */
interface Slot {
  amount: number;
  seconds: number;
  coveredBy: BillingLine['coveredBy'];
  /** Whether `coveredBy` is this run's own copy (the line's old breakdown is shared with the old bill). */
  own: boolean;
  last: Charge;
}

/**
 * Add the same charges for several stretches in a row (`seconds[0]`, then `seconds[1]`, …): the very additions, in
 * the same order, that calling accrueCharges once per stretch makes, so the bill is identical to the last bit,
 * but the bill is copied once instead of once per stretch.
 */
export function accrueRun(billing: BillingState, charges: readonly Charge[], seconds: readonly number[]): BillingState {
  const stretches = seconds.filter((s) => s > 0);
  if (stretches.length === 0 || charges.length === 0) return billing;
  const slots = new Map<string, Slot>();
  const slotOf = charges.map((c) => {
    let slot = slots.get(c.key);
    if (!slot) {
      const prev = billing.lines[c.key];
      slot = { amount: prev ? prev.amount : 0, seconds: prev ? prev.seconds : 0, coveredBy: prev?.coveredBy, own: false, last: c };
      slots.set(c.key, slot);
    }
    return slot;
  });
  const hourly = charges.map((c) => billingUnit(c.kind) === 'hour');
  let total = billing.total;
  for (const dt of stretches) {
    for (let i = 0; i < charges.length; i++) {
      const c = charges[i] as Charge;
      const slot = slotOf[i] as Slot;
      const amount = hourly[i] ? Math.max(0, hoursStarted(slot.seconds + dt) * c.rate - slot.amount) : (c.rate * dt) / 3600;
      slot.amount += amount;
      slot.seconds += dt;
      if (c.shares) {
        if (!slot.own) {
          slot.coveredBy = slot.coveredBy ? { ...slot.coveredBy } : {};
          slot.own = true;
        }
        const covered = slot.coveredBy as NonNullable<BillingLine['coveredBy']>;
        for (const option in c.shares) {
          const o = option as PurchaseOption;
          covered[o] = (covered[o] ?? 0) + (c.shares[o] ?? 0) * dt;
        }
      }
      slot.last = c;
      total += amount;
    }
  }
  const lines: Record<string, BillingLine> = { ...billing.lines };
  for (const [key, slot] of slots) lines[key] = billLine(slot);
  return { ...billing, lines, total };
}

function billLine({ last: c, amount, seconds, coveredBy }: Slot): BillingLine {
  const line: BillingLine = { key: c.key, kind: c.kind, resourceId: c.resourceId, region: c.region, ownerId: c.ownerId, amount, seconds, lastRate: c.rate };
  if (c.option !== undefined) line.lastOption = c.option;
  if (coveredBy) line.coveredBy = coveredBy;
  if (c.reservations) line.lastReservations = c.reservations;
  if (c.utilization !== undefined) line.lastUtilization = c.utilization;
  if (c.covered) line.lastCovered = c.covered;
  return line;
}

/** Add a one-off charge (an RI's upfront price, a Dedicated Host's first hour) to the bill. */
export function chargeOnce(billing: BillingState, charge: Omit<Charge, 'rate'>, amount: number, reason = 'upfront'): BillingState {
  if (amount <= 0) return billing;
  const prev = billing.lines[charge.key];
  const line: BillingLine = {
    key: charge.key,
    kind: charge.kind,
    resourceId: charge.resourceId,
    region: charge.region,
    ownerId: charge.ownerId,
    amount: (prev?.amount ?? 0) + amount,
    seconds: prev?.seconds ?? 0,
    ...(prev?.lastRate !== undefined ? { lastRate: prev.lastRate } : {}),
    ...(charge.option !== undefined ? { lastOption: charge.option } : {}),
    lastReason: reason,
  };
  return { ...billing, lines: { ...billing.lines, [charge.key]: line }, total: billing.total + amount };
}
