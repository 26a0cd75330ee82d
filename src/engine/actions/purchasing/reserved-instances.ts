import { getInstanceType } from '../../catalog/instance-types';
import { chargeOnce, lineKey, reservationStateAt } from '../../billing/accrue';
import { offeringPrice, reservableTypes } from '../../billing/market';
import {
  DURATIONS,
  OFFERING_CLASSES,
  OFFERING_TYPES,
  TENANCIES,
  findOffering,
  eachOffering,
  type OfferingSpec,
} from '../../billing/offerings';
import { mustFind } from '../../lookup';
import type { ReservedInstance } from '../../model/purchasing';
import { invalid, type Params } from '../../params';
import { refuse } from '../../refusal';
import type { Tx } from '../../tx';
import { applyFilters } from '../../filters';
import { toSdkOffering, toSdkReserved } from '../../shapes/reserved-instances';
import { daysFromCivil, isoAt, LAB_EPOCH_DAYS } from '../../time';
import { defineActions } from '../../action-def';
import { readZone } from '../../zone-param';
import { zoneIdOf } from '../../zone-param';

/**
 * Reserved Instances (rule 75): a billing commitment of 1 or 3 years for one instance type, bought from an
 * offering. Zonal RIs reserve capacity in one AZ and discount exactly that type there; regional RIs reserve no
 * capacity, discount any AZ and (Linux, default tenancy) any size of the family. RIs cannot be cancelled: the
 * term is paid whether instances run or not. Billing applies them in sim:AdvanceTime (billing/accrue.ts).
 */

function zonesOf(tx: Tx): string[] {
  return (tx.base.regions[tx.region]?.zones ?? []).map((z) => z.ZoneName);
}

function describeOfferings(tx: Tx, p: Params) {
  const zones = zonesOf(tx);
  const type = p.optStr('InstanceType');
  if (type && !getInstanceType(type)) return invalid('InstanceType', type);
  const az = readZone(tx, p);
  if (az && !zones.includes(az)) return invalid('AvailabilityZone', az);
  const offeringType = p.optEnum('OfferingType', [...OFFERING_TYPES, 'Heavy Utilization', 'Medium Utilization', 'Light Utilization'] as const);
  const offeringClass = p.optEnum('OfferingClass', OFFERING_CLASSES);
  const tenancy = p.optEnum('InstanceTenancy', [...TENANCIES, 'host'] as const);
  const product = p.optStr('ProductDescription');
  const minDuration = p.optInt('MinDuration', 0);
  const maxDuration = p.optInt('MaxDuration', 0);
  const ids = p.optStrList('ReservedInstancesOfferingIds');
  let specs: Iterable<OfferingSpec>;
  if (ids) {
    specs = ids.map((id) => findOffering(id, tx.region, zones, reservableTypes())).filter((s): s is OfferingSpec => !!s);
  } else {
    if (tenancy === 'host') return { ReservedInstancesOfferings: [] };
    specs = eachOffering({
      instanceTypes: type ? [type] : reservableTypes(),
      region: tx.region,
      zones,
      ...(az ? { az } : {}),
      ...(offeringType ? { offeringType } : {}),
      ...(offeringClass ? { offeringClass } : {}),
      ...(tenancy ? { tenancy } : {}),
      ...(product ? { productDescription: product } : {}),
      ...(minDuration !== undefined ? { minDuration } : {}),
      ...(maxDuration !== undefined ? { maxDuration } : {}),
    });
  }
  // Only what the door's page needs (one more than the page tells it a NextToken is due): a bounded read.
  const page = p.page ?? { offset: 0, size: 100 };
  const limit = page.offset + (page.size ?? 100) + 1;
  const out: ReturnType<typeof toSdkOffering>[] = [];
  for (const spec of specs) {
    if (out.length >= limit) break;
    const offering = toSdkOffering(spec);
    const kept = applyFilters([offering as ReturnType<typeof toSdkOffering> & { tags?: [] }], p, {
      'availability-zone': (o) => o.AvailabilityZone,
      'availability-zone-id': (o) => zoneIdOf(tx, tx.region, o.AvailabilityZone),
      duration: (o) => o.Duration,
      'fixed-price': (o) => o.FixedPrice,
      'instance-type': (o) => o.InstanceType,
      'product-description': (o) => o.ProductDescription,
      'reserved-instances-offering-id': (o) => o.ReservedInstancesOfferingId,
      scope: (o) => o.Scope,
      'usage-price': (o) => o.UsagePrice,
      marketplace: (o) => String(o.Marketplace),
    });
    out.push(...kept);
  }
  return { ReservedInstancesOfferings: out };
}

/** A logical time from `PurchaseTime`: seconds since the lab began, or an ISO-8601 UTC time. */
function readPurchaseTime(p: Params): number | undefined {
  const raw = p.value('PurchaseTime');
  if (raw === undefined || raw === null) return undefined;
  if (typeof raw === 'number' && Number.isInteger(raw) && raw >= 0) return raw;
  const m = typeof raw === 'string' ? /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?Z?)?$/.exec(raw) : null;
  if (m) {
    const [y, mo, d, h, mi, sec] = m.slice(1).map((x) => Number(x ?? 0)) as [number, number, number, number, number, number];
    const t = (daysFromCivil(y, mo, d) - LAB_EPOCH_DAYS) * 86_400 + h * 3600 + mi * 60 + sec;
    if (t >= 0 && mo >= 1 && mo <= 12 && d >= 1 && d <= 31) return t;
  }
  return invalid('PurchaseTime', raw, 'Give an ISO-8601 time after 2025-01-01, or seconds since the lab began.');
}

function purchaseOffering(tx: Tx, p: Params) {
  const offeringIdAsked = p.str('ReservedInstancesOfferingId');
  const count = p.int('InstanceCount', 1, 20);
  const spec = findOffering(offeringIdAsked, tx.region, zonesOf(tx), reservableTypes());
  if (!spec) {
    return refuse('ri.offering.not-found', `The Reserved Instances Offering ID '${offeringIdAsked}' is not valid.`, {
      resources: [offeringIdAsked],
      scope: { kind: 'region', to: tx.region },
    });
  }
  const purchaseTime = readPurchaseTime(p);
  if (purchaseTime !== undefined && purchaseTime > tx.now && spec.az) {
    return refuse(
      'ri.queue.regional-only',
      `Queued purchases are supported only for regional Reserved Instances; offering ${offeringIdAsked} is zonal (${spec.az}).`,
      { resources: [offeringIdAsked], scope: { kind: 'parameter', to: 'PurchaseTime' } },
    );
  }
  const start = purchaseTime !== undefined && purchaseTime > tx.now ? purchaseTime : tx.now;
  const price = offeringPrice(spec);
  const h = tx.hex(32);
  const id = `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20, 32)}`;
  const ri: ReservedInstance = {
    ownerId: tx.account,
    region: tx.region,
    tags: p.tagsFor('reserved-instances'),
    id,
    offeringId: offeringIdAsked,
    instanceType: spec.instanceType,
    scope: spec.az ? 'Availability Zone' : 'Region',
    ...(spec.az ? { az: spec.az } : {}),
    instanceCount: count,
    start,
    durationSeconds: spec.duration,
    offeringType: spec.offeringType,
    fixedPrice: price.fixedPrice,
    usagePrice: price.usagePrice,
    productDescription: spec.productDescription,
    instanceTenancy: spec.tenancy,
    state: start > tx.now ? 'queued' : 'active',
    offeringClass: spec.offeringClass,
  };
  tx.put('reservedInstances', id, ri);
  const upfront = price.fixedPrice * count;
  if (start === tx.now) {
    tx.billing = chargeOnce(
      tx.billing,
      { key: lineKey('reservation', id), kind: 'reservation', resourceId: id, region: tx.region, ownerId: tx.account, option: spec.az ? 'zonal-ri' : 'regional-ri' },
      upfront,
    );
  }
  const years = spec.duration === DURATIONS[0] ? 1 : 3;
  tx.event({
    type: 'reserved-instances',
    message: `Bought ${count} × ${spec.instanceType} ${spec.az ? `zonal RI in ${spec.az} (capacity reserved there; discounts only ${spec.instanceType} in ${spec.az})` : `regional RI in ${tx.region} (no capacity reserved; discounts any AZ${spec.tenancy === 'default' ? ', size-flexible across the family' : ''})`}: ${years} year${years > 1 ? 's' : ''}, ${spec.offeringType}, ${upfront.toFixed(2)} USD up front + ${(price.usagePrice * count).toFixed(4)} USD/hour for the whole term${start > tx.now ? `, starting at ${isoAt(start)} (queued)` : ''}. It cannot be cancelled.`,
    resourceId: id,
  });
  return { ReservedInstancesId: id };
}

function describeReserved(tx: Tx, p: Params) {
  const ids = p.optStrList('ReservedInstancesIds');
  const list = ids ? ids.map((id) => mustFind(tx, 'reservedInstances', id)) : tx.visible('reservedInstances');
  const offeringClass = p.optEnum('OfferingClass', OFFERING_CLASSES);
  const offeringType = p.optStr('OfferingType');
  const items = list
    .filter((ri) => (!offeringClass || (ri.offeringClass ?? 'standard') === offeringClass) && (!offeringType || ri.offeringType === offeringType))
    .sort((a, b) => a.start - b.start || (a.id < b.id ? -1 : 1));
  const filtered = applyFilters(items, p, {
    'availability-zone': (ri) => ri.az,
    'availability-zone-id': (ri) => zoneIdOf(tx, ri.region, ri.az),
    duration: (ri) => ri.durationSeconds,
    'instance-type': (ri) => ri.instanceType,
    'product-description': (ri) => ri.productDescription,
    'reserved-instances-id': (ri) => ri.id,
    scope: (ri) => ri.scope,
    state: (ri) => reservationStateAt(ri, tx.now),
    start: (ri) => isoAt(ri.start),
    end: (ri) => isoAt(ri.start + ri.durationSeconds),
    'fixed-price': (ri) => ri.fixedPrice,
    'usage-price': (ri) => ri.usagePrice,
  }, (ri) => toSdkReserved(tx, ri));
  return { ReservedInstances: filtered.map((ri) => toSdkReserved(tx, ri)) };
}

/** Keep stored RI states in step with the clock; charge the upfront price of queued RIs when they start. */
export function settleReservations(tx: Tx): void {
  for (const ri of tx.all('reservedInstances')) {
    const state = reservationStateAt(ri, tx.now);
    if (state === ri.state) continue;
    tx.update('reservedInstances', ri.id, { state });
    if (ri.state === 'queued' && state === 'active') {
      tx.billing = chargeOnce(
        tx.billing,
        { key: lineKey('reservation', ri.id), kind: 'reservation', resourceId: ri.id, region: ri.region, ownerId: ri.ownerId, option: ri.scope === 'Region' ? 'regional-ri' : 'zonal-ri' },
        ri.fixedPrice * ri.instanceCount,
      );
    }
    tx.event({
      type: 'reserved-instances',
      message:
        state === 'active'
          ? `Queued Reserved Instance ${ri.id} (${ri.instanceCount} × ${ri.instanceType}) is now active.`
          : `Reserved Instance ${ri.id} (${ri.instanceCount} × ${ri.instanceType}) reached the end of its term and retired: those instances now pay On-Demand.`,
      resourceId: ri.id,
      from: ri.state,
      to: state,
    });
  }
}

/** The next time a reservation starts or ends. */
export function nextReservationChange(tx: Tx): number | undefined {
  let next: number | undefined;
  for (const ri of tx.all('reservedInstances')) {
    const end = ri.start + ri.durationSeconds;
    const at = tx.now < ri.start ? ri.start : tx.now < end ? end : undefined;
    if (at !== undefined && (next === undefined || at < next)) next = at;
  }
  return next;
}

export const RESERVED_INSTANCE_ACTIONS = defineActions([
  {
    type: 'ec2:DescribeReservedInstancesOfferings',
    summary: 'Reserved Instance offerings: zonal and regional, 1 or 3 years, No/Partial/All Upfront, with prices.',
    run: describeOfferings,
    read: true,
  },
  {
    type: 'ec2:PurchaseReservedInstancesOffering',
    summary: 'Buy Reserved Instances from an offering (a billing commitment that cannot be cancelled).',
    run: purchaseOffering,
  },
  {
    type: 'ec2:DescribeReservedInstances',
    summary: 'Your Reserved Instances with scope, term, prices and state.',
    run: describeReserved,
    read: true,
  },
]);
