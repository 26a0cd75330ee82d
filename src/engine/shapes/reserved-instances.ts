import { reservationStateAt } from '../billing/accrue';
import { offeringPrice } from '../billing/market';
import { offeringId, type OfferingSpec } from '../billing/offerings';
import type { ReservedInstance } from '../model/purchasing';
import type { Tx } from '../tx';
import { isoAt } from '../time';
import { sdkTags } from './tags';

/** SDK shapes of Reserved Instances and their offerings (DescribeReservedInstances[Offerings]). */

function recurring(usagePrice: number) {
  return usagePrice > 0 ? [{ Amount: usagePrice, Frequency: 'Hourly' }] : [];
}

export function toSdkOffering(spec: OfferingSpec) {
  const price = offeringPrice(spec);
  return {
    ReservedInstancesOfferingId: offeringId(spec),
    InstanceType: spec.instanceType,
    ...(spec.az ? { AvailabilityZone: spec.az } : {}),
    Scope: spec.az ? 'Availability Zone' : 'Region',
    Duration: spec.duration,
    FixedPrice: price.fixedPrice,
    UsagePrice: price.usagePrice,
    RecurringCharges: recurring(price.usagePrice),
    OfferingType: spec.offeringType,
    OfferingClass: spec.offeringClass,
    ProductDescription: spec.productDescription,
    InstanceTenancy: spec.tenancy,
    CurrencyCode: 'USD',
    Marketplace: false,
    PricingDetails: [],
  };
}

export function toSdkReserved(tx: Tx, ri: ReservedInstance) {
  return {
    ReservedInstancesId: ri.id,
    InstanceType: ri.instanceType,
    ...(ri.az ? { AvailabilityZone: ri.az } : {}),
    Scope: ri.scope,
    InstanceCount: ri.instanceCount,
    Start: isoAt(ri.start),
    End: isoAt(ri.start + ri.durationSeconds),
    Duration: ri.durationSeconds,
    FixedPrice: ri.fixedPrice,
    UsagePrice: ri.usagePrice,
    RecurringCharges: recurring(ri.usagePrice),
    OfferingType: ri.offeringType,
    OfferingClass: ri.offeringClass ?? 'standard',
    ProductDescription: ri.productDescription,
    InstanceTenancy: ri.instanceTenancy,
    State: reservationStateAt(ri, tx.now),
    CurrencyCode: 'USD',
    ...sdkTags(ri.tags),
  };
}
