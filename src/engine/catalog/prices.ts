import { hashString } from '../rng';
import { allInstanceTypes, getInstanceType, normalizationFactor } from './instance-types';

/**
 * Illustrative EC2 prices for teaching. Pure and deterministic: no randomness, no clock.
 */
export const PRICE_SOURCE =
  'Approximations for teaching: On-Demand Linux/Unix list prices of us-east-1 (USD per hour) as AWS published them ' +
  'around 2024–2025, with a small multiplier for other regions. Spot and Reserved prices are derived from them with ' +
  'fixed rules. Real prices change; check the AWS pricing pages before you budget.';

/** On-Demand Linux, us-east-1, USD/hour, for every type in the catalogue. */
const ON_DEMAND_US_EAST_1: Record<string, number> = {
  // General Purpose
  't2.nano': 0.0058,
  't2.micro': 0.0116,
  't2.small': 0.023,
  't2.medium': 0.0464,
  't2.large': 0.0928,
  't3.nano': 0.0052,
  't3.micro': 0.0104,
  't3.small': 0.0208,
  't3.medium': 0.0416,
  't3.large': 0.0832,
  't3.xlarge': 0.1664,
  't3.2xlarge': 0.3328,
  't3a.micro': 0.0094,
  't3a.large': 0.0752,
  't4g.micro': 0.0084,
  't4g.medium': 0.0336,
  'm1.small': 0.044,
  'm3.medium': 0.067,
  'm5.large': 0.096,
  'm5.xlarge': 0.192,
  'm5.2xlarge': 0.384,
  'm5.4xlarge': 0.768,
  'm5.8xlarge': 1.536,
  'm5.12xlarge': 2.304,
  'm5.16xlarge': 3.072,
  'm5.24xlarge': 4.608,
  'm5.metal': 4.608,
  'm5d.large': 0.113,
  'm5d.xlarge': 0.226,
  'm5dn.large': 0.136,
  'm5zn.large': 0.1652,
  'm6a.large': 0.0864,
  'm6i.large': 0.096,
  'm6i.xlarge': 0.192,
  'm6g.medium': 0.0385,
  'm6g.large': 0.077,
  'm7g.large': 0.0816,
  'm7i.large': 0.1008,
  'm7i-flex.large': 0.0958,
  'mac1.metal': 1.083,
  'mac2.metal': 0.65,
  // Compute Optimized
  'c3.large': 0.105,
  'c5.large': 0.085,
  'c5.xlarge': 0.17,
  'c5.2xlarge': 0.34,
  'c5.4xlarge': 0.68,
  'c5.9xlarge': 1.53,
  'c5.metal': 4.08,
  'c5d.large': 0.096,
  'c5n.large': 0.108,
  'c5n.18xlarge': 3.888,
  'c6a.large': 0.0765,
  'c6g.large': 0.068,
  'c6gn.large': 0.0864,
  'c7g.large': 0.0725,
  'c7i-flex.large': 0.0848,
  // Memory Optimized
  'r3.large': 0.166,
  'r5.large': 0.126,
  'r5.xlarge': 0.252,
  'r5.2xlarge': 0.504,
  'r5.4xlarge': 1.008,
  'r5b.large': 0.149,
  'r5d.large': 0.144,
  'r5dn.large': 0.167,
  'r5dn.8xlarge': 2.672,
  'r5dn.metal': 8.016,
  'r6g.large': 0.1008,
  'r6i.large': 0.126,
  'r7iz.large': 0.186,
  'x1.16xlarge': 6.669,
  'x1e.xlarge': 0.834,
  'u-6tb1.metal': 46.4,
  'x2gd.medium': 0.0835,
  'x2idn.16xlarge': 6.669,
  'x2idn.metal': 13.338,
  'x2iedn.xlarge': 0.8336,
  'z1d.large': 0.186,
  'u-6tb1.56xlarge': 46.4039,
  'u-6tb1.112xlarge': 54.6,
  // Accelerated Computing
  'p3.2xlarge': 3.06,
  'f1.2xlarge': 1.65,
  'p3dn.24xlarge': 31.212,
  'p4d.24xlarge': 32.7726,
  'p5.48xlarge': 98.32,
  'g4dn.xlarge': 0.526,
  'g5.xlarge': 1.006,
  'g5g.xlarge': 0.42,
  'inf1.xlarge': 0.228,
  'inf2.xlarge': 0.7582,
  'trn1.2xlarge': 1.3438,
  'trn1n.32xlarge': 24.78,
  'dl1.24xlarge': 13.109,
  'vt1.3xlarge': 0.65,
  // Storage Optimized
  'i3.large': 0.156,
  'i3.xlarge': 0.312,
  'i3en.large': 0.226,
  'i4i.large': 0.172,
  'i4g.large': 0.1544,
  'im4gn.large': 0.182,
  'is4gen.medium': 0.1441,
  'd2.xlarge': 0.69,
  'd3.xlarge': 0.499,
  'h1.2xlarge': 0.468,
  // HPC Optimized
  'hpc6a.48xlarge': 2.88,
  'hpc6id.32xlarge': 5.7,
  'hpc7g.16xlarge': 1.6832,
};

/** Regional price multipliers relative to us-east-1 (us-west-2 is priced the same; Ireland is a little dearer). */
export const REGION_PRICE_MULTIPLIER: Record<string, number> = {
  'us-east-1': 1,
  'us-west-2': 1,
  'eu-west-1': 1.08,
};

function round(value: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}

/**
 * The price of a type with derived specs (no published price here): a priced catalogue type of the same family
 * scaled by the RI normalization factor (which is how AWS prices sizes within a family: t3a.nano = t3a.micro / 2),
 * else USD 0.0316 per vCPU-hour plus 0.0042 per GiB-hour (about what M, C, R and U types cost).
 */
function derivedHourly(type: string): number | undefined {
  const info = getInstanceType(type);
  if (!info?.derived) return undefined;
  const sibling = allInstanceTypes().find((t) => t.family === info.family && ON_DEMAND_US_EAST_1[t.name] !== undefined);
  const factor = normalizationFactor(type);
  const siblingFactor = sibling ? normalizationFactor(sibling.name) : undefined;
  if (sibling && factor !== undefined && siblingFactor) {
    return round(((ON_DEMAND_US_EAST_1[sibling.name] as number) * factor) / siblingFactor, 4);
  }
  return round(0.0316 * info.vcpus + (0.0042 * info.memoryMiB) / 1024, 4);
}

/**
 * On-Demand Linux price of a type in a region, USD/hour (derived for types without a published price here);
 * `undefined` for a type EC2 does not have.
 */
export function onDemandHourly(type: string, region = 'us-east-1'): number | undefined {
  const base = (Object.hasOwn(ON_DEMAND_US_EAST_1, type) ? ON_DEMAND_US_EAST_1[type] : undefined) ?? derivedHourly(type);
  if (base === undefined) return undefined;
  return round(base * (REGION_PRICE_MULTIPLIER[region] ?? 1), 6);
}

/** Lowest and highest default Spot price, as a share of On-Demand. */
export const SPOT_MIN_SHARE = 0.1;
export const SPOT_MAX_SHARE = 0.4;

/** `us-east-1a` → `us-east-1` (AZ names are the region name plus one letter). */
export function regionOfZone(az: string): string {
  return /\d[a-z]$/.test(az) ? az.slice(0, -1) : az;
}

/**
 * The default Spot price of a type in an AZ before anyone moves it with `sim:SetSpotPrice`: a fixed share between
 * 10 % and 40 % of On-Demand, picked by a hash of type and AZ (so each pool has its own price, always the same).
 */
export function defaultSpotHourly(type: string, az: string): number | undefined {
  const onDemand = onDemandHourly(type, regionOfZone(az));
  if (onDemand === undefined) return undefined;
  const share = SPOT_MIN_SHARE + (SPOT_MAX_SHARE - SPOT_MIN_SHARE) * (hashString(`${type}|${az}`) / 2 ** 32);
  const price = round(onDemand * share, 6);
  return Math.min(Math.max(price, onDemand * SPOT_MIN_SHARE), onDemand * SPOT_MAX_SHARE);
}

export type ReservedTerm = 1 | 3;
export type ReservedOffering = 'No Upfront' | 'Partial Upfront' | 'All Upfront';

/** Standard RI discount off On-Demand: it grows with the term and with how much you pay up front. */
export const RESERVED_DISCOUNT: Record<ReservedTerm, Record<ReservedOffering, number>> = {
  1: { 'No Upfront': 0.36, 'Partial Upfront': 0.4, 'All Upfront': 0.42 },
  3: { 'No Upfront': 0.57, 'Partial Upfront': 0.64, 'All Upfront': 0.72 },
};

export const HOURS_PER_YEAR = 8760;

export interface ReservedPrice {
  /** Paid once at purchase, USD (`FixedPrice` of the offering). */
  fixedPrice: number;
  /** Charged every hour of the term, used or not, USD/hour (`UsagePrice` / recurring charge). */
  usagePrice: number;
  /** fixedPrice spread over the term plus usagePrice: what one hour really costs, USD/hour. */
  effectiveHourly: number;
}

/**
 * Standard Reserved Instance price (Linux, default tenancy) for a type, term and payment option.
 * No Upfront: all hourly; Partial Upfront: about half up front; All Upfront: everything up front, nothing hourly.
 */
export function reservedPricing(
  type: string,
  years: ReservedTerm,
  offering: ReservedOffering,
  region = 'us-east-1',
): ReservedPrice | undefined {
  const onDemand = onDemandHourly(type, region);
  if (onDemand === undefined) return undefined;
  const hours = HOURS_PER_YEAR * years;
  const effective = onDemand * (1 - RESERVED_DISCOUNT[years][offering]);
  let fixedPrice: number;
  let usagePrice: number;
  if (offering === 'No Upfront') {
    fixedPrice = 0;
    usagePrice = round(effective, 6);
  } else if (offering === 'All Upfront') {
    fixedPrice = round(effective * hours, 2);
    usagePrice = 0;
  } else {
    fixedPrice = round((effective * hours) / 2, 2);
    usagePrice = round(effective / 2, 6);
  }
  return { fixedPrice, usagePrice, effectiveHourly: round(fixedPrice / hours + usagePrice, 6) };
}

/** Dedicated Instances cost more than shared tenancy: the hourly price is multiplied by this. */
export const DEDICATED_INSTANCE_PREMIUM = 1.1;

/** Per region, per hour, while at least one Dedicated Instance runs there. */
export const DEDICATED_REGION_FEE_HOURLY = 2.0;

/** The cores of a whole physical host, in vCPUs, when the catalogue has no metal size of the family. */
const DEFAULT_HOST_VCPUS = 96;

/**
 * On-Demand price of a whole Dedicated Host of a family (`m5`), USD/hour; `undefined` when no type of the family
 * supports Dedicated Hosts. A host costs about 10 % more than the same capacity as instances: the family's price per
 * vCPU (from its largest virtualised size in the catalogue) × the host's vCPUs (its metal size, else 96) × 1.1
 * (m5: 0.048 × 96 × 1.1 ≈ 5.07, AWS lists 5.069). Metal-only families (mac1) cost what their metal size costs.
 */
export function DEDICATED_HOST_HOURLY(family: string, region = 'us-east-1'): number | undefined {
  const members = allInstanceTypes().filter((t) => t.family === family && t.supportsDedicatedHosts);
  if (members.length === 0) return undefined;
  const metal = members.find((t) => t.bareMetal);
  const virtual = members.filter((t) => !t.bareMetal).sort((a, b) => b.vcpus - a.vcpus)[0];
  if (!virtual) return metal ? onDemandHourly(metal.name, region) : undefined;
  const price = onDemandHourly(virtual.name, region);
  if (price === undefined) return undefined;
  const hostVcpus = metal?.vcpus ?? Math.max(DEFAULT_HOST_VCPUS, virtual.vcpus);
  return round((price / virtual.vcpus) * hostVcpus * 1.1, 4);
}

/** An Elastic IP that is allocated but not associated with a running instance, USD/hour. */
export const EIP_IDLE_HOURLY = 0.005;

/** EBS volume storage, USD per GB-month (us-east-1). */
export const EBS_GB_MONTH: Record<'gp2' | 'gp3' | 'io1' | 'io2' | 'st1' | 'sc1' | 'standard', number> = {
  gp2: 0.1,
  gp3: 0.08,
  io1: 0.125,
  io2: 0.125,
  st1: 0.045,
  sc1: 0.015,
  standard: 0.05,
};

/** EBS snapshot storage (standard tier), USD per GB-month. */
export const SNAPSHOT_GB_MONTH = 0.05;

/** True when the catalogue type has a price (every catalogue type does; a test checks it). */
export function hasPrice(type: string): boolean {
  return getInstanceType(type) !== undefined && ON_DEMAND_US_EAST_1[type] !== undefined;
}
