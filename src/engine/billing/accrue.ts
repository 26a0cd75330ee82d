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
  last: Charge;
}

/**
 * Add the same charges for several stretches in a row (`seconds[0]`, then `seconds[1]`, …): the very additions, in
 * the same order, that calling accrueCharges once per stretch makes, so the bill is identical to the last bit,
 * but the bill is copied once instead of once per stretch.
 *
 * A long advance over a busy world adds up stretches × charges amounts (tens of millions in the property test), so
 * the sums run over flat arrays: each line's amount and seconds, and the bill's total, get exactly the additions
 * they got one stretch at a time, in the same order; the share breakdowns, which depend on nothing else, are added up
 * in a second pass, again in stretch order.
 */
export function accrueRun(billing: BillingState, charges: readonly Charge[], seconds: readonly number[]): BillingState {
  const stretches = seconds.filter((s) => s > 0);
  if (stretches.length === 0 || charges.length === 0) return billing;
  const slots = new Map<string, number>();
  const order: Slot[] = [];
  const slotIndex = new Int32Array(charges.length);
  charges.forEach((c, i) => {
    let s = slots.get(c.key);
    if (s === undefined) {
      const prev = billing.lines[c.key];
      s = order.push({ amount: prev ? prev.amount : 0, seconds: prev ? prev.seconds : 0, coveredBy: prev?.coveredBy, last: c }) - 1;
      slots.set(c.key, s);
    }
    (order[s] as Slot).last = c;
    slotIndex[i] = s;
  });
  const amounts = Float64Array.from(order, (slot) => slot.amount);
  const secs = Float64Array.from(order, (slot) => slot.seconds);
  const rates = Float64Array.from(charges, (c) => c.rate);
  const hourly = Uint8Array.from(charges, (c) => (billingUnit(c.kind) === 'hour' ? 1 : 0));
  let total = billing.total;
  for (const dt of stretches) total = addStretch(dt, total, slotIndex, rates, hourly, amounts, secs);
  order.forEach((slot, s) => {
    slot.amount = amounts[s] as number;
    slot.seconds = secs[s] as number;
  });
  addShares(charges, slotIndex, order, stretches);
  // key by key: spreading a record of hundreds of lines is several times slower in V8 (and allocates ~9× more)
  const lines: Record<string, BillingLine> = {};
  for (const key of Object.keys(billing.lines)) lines[key] = billing.lines[key] as BillingLine;
  for (const [key, s] of slots) lines[key] = billLine(order[s] as Slot);
  return { ...billing, lines, total };
}

/**
 * One stretch of `dt` seconds: each charge, in order, adds its amount to its line and to the bill's total (returned).
 * A small function of typed arrays alone, so that V8 optimises it after a few calls: the run's loop over stretches
 * calls it tens of thousands of times, where one long loop ran unoptimised (boxing every number) until replaced.
 */
function addStretch(dt: number, total: number, slotIndex: Int32Array, rates: Float64Array, hourly: Uint8Array, amounts: Float64Array, secs: Float64Array): number {
  let sum = total;
  for (let i = 0; i < rates.length; i++) {
    const s = slotIndex[i] as number;
    const rate = rates[i] as number;
    const amount = hourly[i] === 1 ? Math.max(0, hoursStarted((secs[s] as number) + dt) * rate - (amounts[s] as number)) : (rate * dt) / 3600;
    amounts[s] = (amounts[s] as number) + amount;
    secs[s] = (secs[s] as number) + dt;
    sum += amount;
  }
  return sum;
}

/**
 * The share breakdowns of a run: for each stretch, each charge with shares adds share × seconds to its line's.
 * Each (line, option) sum is kept in a flat array while the stretches are added up (the very additions, in the same
 * order) and written to the line's breakdown once at the end, in the order the options were first met: storing a
 * fresh number into an object per stretch allocated a heap number each time.
 */
function addShares(charges: readonly Charge[], slotIndex: Int32Array, order: readonly Slot[], stretches: readonly number[]): void {
  const cells = new Map<Slot, Map<PurchaseOption, number>>();
  const sums: number[] = [];
  const targets: number[] = [];
  const values: number[] = [];
  charges.forEach((c, i) => {
    if (!c.shares) return;
    const slot = order[slotIndex[i] as number] as Slot;
    let own = cells.get(slot);
    if (!own) cells.set(slot, (own = new Map()));
    for (const o of Object.keys(c.shares) as PurchaseOption[]) {
      let cell = own.get(o);
      if (cell === undefined) {
        own.set(o, (cell = sums.length));
        sums.push(slot.coveredBy?.[o] ?? 0);
      }
      targets.push(cell);
      values.push(c.shares[o] ?? 0);
    }
  });
  const sum = Float64Array.from(sums);
  const target = Int32Array.from(targets);
  const value = Float64Array.from(values);
  for (const dt of stretches) addShareStretch(dt, sum, target, value);
  for (const [slot, own] of cells) {
    // the line's old breakdown is shared with the old bill: this run writes its own copy
    const covered: NonNullable<BillingLine['coveredBy']> = slot.coveredBy ? { ...slot.coveredBy } : {};
    for (const [o, cell] of own) covered[o] = sum[cell] as number;
    slot.coveredBy = covered;
  }
}

/** One stretch of the share breakdowns: each (charge, option) adds its share × `dt` to its sum, in order. */
function addShareStretch(dt: number, sum: Float64Array, target: Int32Array, value: Float64Array): void {
  for (let j = 0; j < target.length; j++) {
    const cell = target[j] as number;
    sum[cell] = (sum[cell] as number) + (value[j] as number) * dt;
  }
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
