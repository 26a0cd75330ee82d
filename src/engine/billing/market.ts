import { allInstanceTypes } from '../catalog/instance-types';
import {
  DEDICATED_INSTANCE_PREMIUM,
  RESERVED_DISCOUNT,
  defaultSpotHourly,
  onDemandHourly,
  reservedPricing,
  type ReservedOffering,
  type ReservedTerm,
} from '../catalog/prices';
import type { World } from '../model/world';
import type { OfferingSpec } from './offerings';
import { ONE_YEAR } from './offerings';

/** Prices the lab bills with: catalogue prices plus the Spot prices moved by sim:SetSpotPrice. Pure. */

export function spotKey(instanceType: string, az: string): string {
  return `${instanceType}|${az}`;
}

/** On-Demand USD/hour (0 for a type without a price, which the catalogue never has). */
export function onDemandRate(instanceType: string, region: string): number {
  return onDemandHourly(instanceType, region) ?? 0;
}

/** The Spot price of a pool (type + AZ) now, USD/hour. */
export function spotPriceNow(world: Pick<World, 'spotPrices'>, instanceType: string, az: string): number {
  const override = world.spotPrices[spotKey(instanceType, az)];
  if (override !== undefined) return Number(override);
  return defaultSpotHourly(instanceType, az) ?? 0;
}

/** Spot prices are quoted with six decimals (`0.003120`). */
export function formatPrice(value: number): string {
  return value.toFixed(6);
}

/** Share of On-Demand a convertible RI saves, relative to a standard RI's discount (fewer savings, more freedom). */
const CONVERTIBLE_SHARE = 0.75;

export interface RiPrice {
  fixedPrice: number;
  /** Recurring charge per hour of the term, used or not. */
  usagePrice: number;
  effectiveHourly: number;
}

/** Price of one Reserved Instance of an offering. */
export function offeringPrice(spec: OfferingSpec): RiPrice {
  const years: ReservedTerm = spec.duration === ONE_YEAR ? 1 : 3;
  const type = spec.offeringType as ReservedOffering;
  const base = reservedPricing(spec.instanceType, years, type, spec.region) ?? {
    fixedPrice: 0,
    usagePrice: 0,
    effectiveHourly: 0,
  };
  let factor = spec.tenancy === 'dedicated' ? DEDICATED_INSTANCE_PREMIUM : 1;
  if (spec.offeringClass === 'convertible') {
    const d = RESERVED_DISCOUNT[years][type];
    factor *= (1 - CONVERTIBLE_SHARE * d) / (1 - d);
  }
  const r = (v: number, digits: number) => Math.round(v * 10 ** digits) / 10 ** digits;
  return {
    fixedPrice: r(base.fixedPrice * factor, 2),
    usagePrice: r(base.usagePrice * factor, 6),
    effectiveHourly: r(base.effectiveHourly * factor, 6),
  };
}

/** Instance types that can be reserved (every priced catalogue type). */
export function reservableTypes(): string[] {
  return allInstanceTypes()
    .map((t) => t.name)
    .filter((name) => onDemandHourly(name) !== undefined);
}
