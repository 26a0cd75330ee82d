import { normalizationFactor } from '../catalog/instance-types';
import {
  DEDICATED_HOST_HOURLY,
  DEDICATED_INSTANCE_PREMIUM,
  DEDICATED_REGION_FEE_HOURLY,
  EBS_GB_MONTH,
  EIP_IDLE_HOURLY,
  SNAPSHOT_GB_MONTH,
} from '../catalog/prices';
import type { Instance } from '../model/instances';
import type { BillingLine, BillingState, ReservedInstance } from '../model/purchasing';
import type { World } from '../model/world';
import { AMAZON_ACCOUNT, MARKETPLACE_ACCOUNT } from '../regions';
import { softwareHourly } from '../catalog/marketplace';
import { applyReservations, familyOf, type ReservationItem, type UsageItem } from './coverage';
import { onDemandRate, spotPriceNow } from './market';

/**
 * Per-second billing (rules 46, 47, 75, 76), except Dedicated Hosts: the course teaches that a host has no per-second
 * pricing, so the lab bills a host per started hour (an hour is charged when it begins: at AllocateHosts, then
 * every 3600 s while the host stays allocated; a host kept for 10 s pays one full hour). Real AWS bills Linux hosts
 * per second with a 60-second minimum; the lab follows the course. `currentCharges` prices everything that costs money at this moment;
 * `accrue` adds `seconds` of it to the bill. Between two events nothing changes, so sim:AdvanceTime calls accrue
 * once per stretch between events.
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

function sizeFlexible(ri: ReservedInstance): boolean {
  return (
    ri.scope === 'Region' &&
    ri.instanceTenancy === 'default' &&
    ri.productDescription.startsWith('Linux/UNIX') &&
    (normalizationFactor(ri.instanceType) ?? 0) > 0
  );
}

/** AWS's own accounts (Amazon's and the Marketplace's public AMIs and their snapshots) are never on the learner's bill. */
function billable(ownerId: string): boolean {
  return ownerId !== AMAZON_ACCOUNT && ownerId !== MARKETPLACE_ACCOUNT;
}

const SHARES_SPOT: Partial<Record<PurchaseOption, number>> = Object.freeze({ spot: 1 });
const SHARES_HOST: Partial<Record<PurchaseOption, number>> = Object.freeze({ 'dedicated-host': 1 });
const SHARES_OD: Partial<Record<PurchaseOption, number>> = Object.freeze({ 'on-demand': 1 });
const SHARES_DEDICATED: Partial<Record<PurchaseOption, number>> = Object.freeze({ dedicated: 1 });

/** What prices depend on, besides the clock (for Reserved Instance terms): these collections and the Spot prices. */
export const PRICED_COLLECTIONS = ['instances', 'reservedInstances', 'images', 'dedicatedHosts', 'addresses', 'networkInterfaces', 'volumes', 'snapshots'] as const;
export type PricedWorld = Pick<World, (typeof PRICED_COLLECTIONS)[number] | 'spotPrices'>;

/** Everything that costs money at `now`, one charge per future bill line. Reads nothing but a PricedWorld. */
export function currentCharges(world: PricedWorld, now: number): Charge[] {
  const charges: Charge[] = [];
  const running: Instance[] = [];
  for (const i of [...world.instances.values()]) if (i.state === 'running') running.push(i);

  // Reserved Instances active now, and how they cover the On-Demand usage.
  const activeRis = [...world.reservedInstances.values()].filter((ri) => reservationStateAt(ri, now) === 'active');
  let coverage: ReturnType<typeof applyReservations> | undefined;
  if (activeRis.length > 0) {
    const usage: UsageItem[] = running.map((i) => ({
      id: i.id,
      account: i.ownerId,
      region: i.region,
      az: i.az,
      instanceType: i.instanceType,
      family: familyOf(i.instanceType),
      units: normalizationFactor(i.instanceType) ?? 0,
      tenancy: i.placement.tenancy,
      eligible: !i.market,
    }));
    const reservations: ReservationItem[] = activeRis.map((ri) => ({
      id: ri.id,
      account: ri.ownerId,
      region: ri.region,
      ...(ri.scope === 'Availability Zone' && ri.az ? { az: ri.az } : {}),
      instanceType: ri.instanceType,
      family: familyOf(ri.instanceType),
      units: normalizationFactor(ri.instanceType) ?? 0,
      count: ri.instanceCount,
      tenancy: ri.instanceTenancy,
      sizeFlexible: sizeFlexible(ri),
    }));
    coverage = applyReservations(usage, reservations);
  }
  const coveredBy = new Map<string, string[]>();
  const odRates = new Map<string, number>();

  const dedicatedRegions = new Map<string, { region: string; ownerId: string }>();
  for (const i of running) {
    if (!billable(i.ownerId)) continue;
    // Course "Amazon Machine Image (AMI)": a Marketplace AMI charges the instance plus its software, per second
    // while the instance runs, whatever purchase option pays for the instance itself.
    const codes = world.images.get(i.imageId)?.productCodes?.filter((c) => c.ProductCodeType === 'marketplace') ?? [];
    if (codes.length > 0) {
      charges.push({
        key: lineKey('software', i.id),
        kind: 'software',
        resourceId: i.id,
        region: i.region,
        ownerId: i.ownerId,
        rate: codes.reduce((sum, c) => sum + softwareHourly(c.ProductCodeId), 0),
        option: `marketplace ${codes.map((c) => c.ProductCodeId).join(', ')}`,
      });
    }
    const rateKey = `${i.instanceType}|${i.region}`;
    let od = odRates.get(rateKey);
    if (od === undefined) {
      od = onDemandRate(i.instanceType, i.region);
      odRates.set(rateKey, od);
    }
    const key = `instance|${i.id}`;
    if (i.market) {
      const cap = i.market.maxPrice !== undefined ? Number(i.market.maxPrice) : od;
      const rate = Math.min(spotPriceNow(world, i.instanceType, i.az), cap);
      charges.push({ key, kind: 'instance', resourceId: i.id, region: i.region, ownerId: i.ownerId, rate, option: 'spot', shares: SHARES_SPOT });
      continue;
    }
    if (i.placement.tenancy === 'host') {
      charges.push({ key, kind: 'instance', resourceId: i.id, region: i.region, ownerId: i.ownerId, rate: 0, option: 'dedicated-host', shares: SHARES_HOST });
      continue;
    }
    const dedicated = i.placement.tenancy === 'dedicated';
    if (dedicated) dedicatedRegions.set(`${i.ownerId}|${i.region}`, { region: i.region, ownerId: i.ownerId });
    const paidOption: PurchaseOption = dedicated ? 'dedicated' : 'on-demand';
    const full = od * (dedicated ? DEDICATED_INSTANCE_PREMIUM : 1);
    const c = coverage?.byInstance.get(i.id);
    if (!c) {
      charges.push({ key, kind: 'instance', resourceId: i.id, region: i.region, ownerId: i.ownerId, rate: full, option: paidOption, shares: dedicated ? SHARES_DEDICATED : SHARES_OD });
      continue;
    }
    const zonal = c.zonal;
    const regional = c.regional;
    const paid = Math.max(0, 1 - zonal - regional);
    const shares: Partial<Record<PurchaseOption, number>> = {};
    if (zonal > 0) shares['zonal-ri'] = zonal;
    if (regional > 0) shares['regional-ri'] = regional;
    if (paid > 1e-9) shares[paidOption] = paid;
    let option: PurchaseOption = paidOption;
    let best = -1;
    for (const [o, share] of [['zonal-ri', zonal], ['regional-ri', regional], [paidOption, paid]] as const) {
      if (share > best + 1e-9) {
        option = o;
        best = share;
      }
    }
    const ris = c.by.map((b) => b.reservationId);
    for (const r of ris) coveredBy.set(r, [...(coveredBy.get(r) ?? []), i.id]);
    charges.push({ key, kind: 'instance', resourceId: i.id, region: i.region, ownerId: i.ownerId, rate: full * paid, option, shares, reservations: ris });
  }

  for (const ri of activeRis) {
    if (!billable(ri.ownerId)) continue;
    charges.push({
      key: lineKey('reservation', ri.id),
      kind: 'reservation',
      resourceId: ri.id,
      region: ri.region,
      ownerId: ri.ownerId,
      rate: ri.usagePrice * ri.instanceCount,
      option: ri.scope === 'Region' ? 'regional-ri' : 'zonal-ri',
      utilization: coverage?.utilization.get(ri.id) ?? 0,
      covered: coveredBy.get(ri.id) ?? [],
    });
  }

  for (const { region, ownerId } of dedicatedRegions.values()) {
    charges.push({
      key: lineKey('dedicated-region-fee', `${ownerId}|${region}`),
      kind: 'dedicated-region-fee',
      resourceId: region,
      region,
      ownerId,
      rate: DEDICATED_REGION_FEE_HOURLY,
      option: 'dedicated',
    });
  }

  for (const host of [...world.dedicatedHosts.values()]) {
    if (host.state === 'released' || host.state === 'released-permanent-failure' || !billable(host.ownerId)) continue;
    const family = host.instanceFamily ?? familyOf(host.instanceType ?? '');
    charges.push({
      key: lineKey('dedicated-host', host.id),
      kind: 'dedicated-host',
      resourceId: host.id,
      region: host.region,
      ownerId: host.ownerId,
      rate: DEDICATED_HOST_HOURLY(family, host.region) ?? 0,
      option: 'dedicated-host',
    });
  }

  for (const eip of [...world.addresses.values()]) {
    if (!billable(eip.ownerId)) continue;
    const eni = eip.association ? world.networkInterfaces.get(eip.association.networkInterfaceId) : undefined;
    const holder = eni?.attachment ? world.instances.get(eni.attachment.instanceId) : undefined;
    if (holder?.state === 'running') continue;
    charges.push({
      key: lineKey('elastic-ip', eip.allocationId),
      kind: 'elastic-ip',
      resourceId: eip.allocationId,
      region: eip.region,
      ownerId: eip.ownerId,
      rate: EIP_IDLE_HOURLY,
      option: eip.association ? 'idle (instance not running)' : 'idle (not associated)',
    });
  }

  for (const v of [...world.volumes.values()]) {
    if (!billable(v.ownerId) || v.state === 'deleted' || v.state === 'deleting' || v.state === 'error') continue;
    const perGbMonth = EBS_GB_MONTH[v.volumeType] ?? EBS_GB_MONTH.gp3;
    charges.push({
      key: lineKey('ebs', v.id),
      kind: 'ebs',
      resourceId: v.id,
      region: v.region,
      ownerId: v.ownerId,
      rate: (v.sizeGiB * perGbMonth * 3600) / SECONDS_PER_MONTH,
      option: v.volumeType,
    });
  }

  for (const s of [...world.snapshots.values()]) {
    if (!billable(s.ownerId) || s.state === 'error') continue;
    charges.push({
      key: lineKey('snapshot', s.id),
      kind: 'snapshot',
      resourceId: s.id,
      region: s.region,
      ownerId: s.ownerId,
      rate: (s.volumeSizeGiB * SNAPSHOT_GB_MONTH * 3600) / SECONDS_PER_MONTH,
      option: 'standard',
    });
  }
  return charges;
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
