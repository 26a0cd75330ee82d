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
import type { ReservedInstance } from '../model/purchasing';
import type { World } from '../model/world';
import { AMAZON_ACCOUNT, MARKETPLACE_ACCOUNT } from '../regions';
import { softwareHourly } from '../catalog/marketplace';
import { lineKey, reservationStateAt, SECONDS_PER_MONTH, type Charge, type PurchaseOption } from './accrue';
import { applyReservations, familyOf, type ReservationItem, type UsageItem } from './coverage';
import { onDemandRate, spotPriceNow } from './market';

/**
 * What costs money at one moment (rules 46, 47, 75, 76): `currentCharges` prices the world, one charge per future
 * bill line — running instances by purchase option (with the Reserved Instances that cover them and Marketplace
 * software), reservations, the dedicated-instance Region fee, Dedicated Hosts, idle Elastic IPs, EBS volumes and
 * snapshots. accrue.ts adds seconds of these charges to the bill.
 */

/** What prices depend on, besides the clock (for Reserved Instance terms): these collections and the Spot prices. */
export const PRICED_COLLECTIONS = ['instances', 'reservedInstances', 'images', 'dedicatedHosts', 'addresses', 'networkInterfaces', 'volumes', 'snapshots'] as const;
export type PricedWorld = Pick<World, (typeof PRICED_COLLECTIONS)[number] | 'spotPrices'>;

type Coverage = ReturnType<typeof applyReservations>;
type Shares = Partial<Record<PurchaseOption, number>>;

const SHARES_SPOT: Shares = Object.freeze({ spot: 1 });
const SHARES_HOST: Shares = Object.freeze({ 'dedicated-host': 1 });
const SHARES_OD: Shares = Object.freeze({ 'on-demand': 1 });
const SHARES_DEDICATED: Shares = Object.freeze({ dedicated: 1 });

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

/** How the active Reserved Instances cover the running instances (none when no reservation is active). */
function reservationCoverage(running: readonly Instance[], activeRis: readonly ReservedInstance[]): Coverage | undefined {
  if (activeRis.length === 0) return undefined;
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
  return applyReservations(usage, reservations);
}

/**
 * Course "Amazon Machine Image (AMI)": a Marketplace AMI charges the instance plus its software, per second while
 * the instance runs, whatever purchase option pays for the instance itself.
 */
function softwareCharge(world: PricedWorld, i: Instance): Charge | undefined {
  const codes = world.images.get(i.imageId)?.productCodes?.filter((c) => c.ProductCodeType === 'marketplace') ?? [];
  if (codes.length === 0) return undefined;
  return {
    key: lineKey('software', i.id),
    kind: 'software',
    resourceId: i.id,
    region: i.region,
    ownerId: i.ownerId,
    rate: codes.reduce((sum, c) => sum + softwareHourly(c.ProductCodeId), 0),
    option: `marketplace ${codes.map((c) => c.ProductCodeId).join(', ')}`,
  };
}

/** The charge of an On-Demand or dedicated instance that Reserved Instances cover, wholly or in part. */
function coveredInstanceCharge(
  i: Instance,
  full: number,
  paidOption: PurchaseOption,
  c: NonNullable<ReturnType<Coverage['byInstance']['get']>>,
  coveredBy: Map<string, string[]>,
): Charge {
  const zonal = c.zonal;
  const regional = c.regional;
  const paid = Math.max(0, 1 - zonal - regional);
  const shares: Shares = {};
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
  const key = `instance|${i.id}`;
  return { key, kind: 'instance', resourceId: i.id, region: i.region, ownerId: i.ownerId, rate: full * paid, option, shares, reservations: ris };
}

/** What the running instances cost, by purchase option; notes which reservations cover whom and where dedicated instances run. */
function instanceCharges(
  world: PricedWorld,
  running: readonly Instance[],
  coverage: Coverage | undefined,
  charges: Charge[],
): { coveredBy: Map<string, string[]>; dedicatedRegions: Map<string, { region: string; ownerId: string }> } {
  const coveredBy = new Map<string, string[]>();
  const odRates = new Map<string, number>();
  const dedicatedRegions = new Map<string, { region: string; ownerId: string }>();
  for (const i of running) {
    if (!billable(i.ownerId)) continue;
    const software = softwareCharge(world, i);
    if (software) charges.push(software);
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
    charges.push(coveredInstanceCharge(i, full, paidOption, c, coveredBy));
  }
  return { coveredBy, dedicatedRegions };
}

/** Reservations (with how much of each is used), the dedicated-instance Region fee and Dedicated Hosts. */
function commitmentCharges(
  world: PricedWorld,
  activeRis: readonly ReservedInstance[],
  coverage: Coverage | undefined,
  used: ReturnType<typeof instanceCharges>,
  charges: Charge[],
): void {
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
      covered: used.coveredBy.get(ri.id) ?? [],
    });
  }
  for (const { region, ownerId } of used.dedicatedRegions.values()) {
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
}

/** Elastic IPs not on a running instance. */
function idleAddressCharges(world: PricedWorld, charges: Charge[]): void {
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
}

/** EBS volumes and snapshots, per GB-month prorated to the hour. */
function storageCharges(world: PricedWorld, charges: Charge[]): void {
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
}

/** Everything that costs money at `now`, one charge per future bill line. Reads nothing but a PricedWorld. */
export function currentCharges(world: PricedWorld, now: number): Charge[] {
  const charges: Charge[] = [];
  const running: Instance[] = [];
  for (const i of [...world.instances.values()]) if (i.state === 'running') running.push(i);
  // Reserved Instances active now, and how they cover the On-Demand usage.
  const activeRis = [...world.reservedInstances.values()].filter((ri) => reservationStateAt(ri, now) === 'active');
  const coverage = reservationCoverage(running, activeRis);
  const used = instanceCharges(world, running, coverage, charges);
  commitmentCharges(world, activeRis, coverage, used, charges);
  idleAddressCharges(world, charges);
  storageCharges(world, charges);
  return charges;
}
