import { hashString } from '../rng';

/**
 * Reserved Instance offerings (pure). An offering is a product AWS sells: one instance type, a scope (the Region,
 * or one AZ), a term of 1 or 3 years (no 2-year term), a payment option, an offering class and a tenancy. Its id is
 * derived from those attributes, so the same offering always has the same id and a purchase can decode it.
 */

export const ONE_YEAR = 31_536_000;
export const THREE_YEARS = 94_608_000;
export const DURATIONS = [ONE_YEAR, THREE_YEARS] as const;
export const OFFERING_TYPES = ['No Upfront', 'Partial Upfront', 'All Upfront'] as const;
export const OFFERING_CLASSES = ['standard', 'convertible'] as const;
export const TENANCIES = ['default', 'dedicated'] as const;
export const PRODUCT_DESCRIPTIONS = ['Linux/UNIX'] as const;

export type OfferingType = (typeof OFFERING_TYPES)[number];
export type OfferingClass = (typeof OFFERING_CLASSES)[number];
export type OfferingTenancy = (typeof TENANCIES)[number];

export interface OfferingSpec {
  instanceType: string;
  region: string;
  /** Zonal offerings name their AZ; regional offerings have none. */
  az?: string;
  duration: number;
  offeringType: OfferingType;
  offeringClass: OfferingClass;
  tenancy: OfferingTenancy;
  productDescription: string;
}

export interface OfferingFilter {
  instanceTypes: string[];
  region: string;
  zones: string[];
  /** Only this AZ's zonal offerings (a regional offering names no AZ). */
  az?: string;
  scope?: 'Region' | 'Availability Zone';
  offeringType?: string;
  offeringClass?: string;
  tenancy?: string;
  productDescription?: string;
  minDuration?: number;
  maxDuration?: number;
}

function key(spec: OfferingSpec): string {
  return [
    spec.region,
    spec.az ?? '-',
    spec.instanceType,
    spec.duration,
    spec.offeringType,
    spec.offeringClass,
    spec.tenancy,
    spec.productDescription,
  ].join('|');
}

/** A UUID-shaped id (as AWS's offering ids are), derived from the offering's attributes only. */
export function offeringId(spec: OfferingSpec): string {
  const k = key(spec);
  let hex = '';
  for (let i = 0; i < 4; i++) hex += hashString(`${i}:${k}`).toString(16).padStart(8, '0');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/** Every offering matching a filter, regional ones first, in a stable order. */
export function listOfferings(filter: OfferingFilter): OfferingSpec[] {
  return [...eachOffering(filter)];
}

/** The offerings of `listOfferings`, one at a time, so a reader can stop after one page. */
export function* eachOffering(filter: OfferingFilter): Generator<OfferingSpec> {
  const scopes: (string | undefined)[] = [];
  if (filter.scope !== 'Availability Zone' && !filter.az) scopes.push(undefined);
  if (filter.scope !== 'Region') {
    for (const z of filter.zones) if (!filter.az || filter.az === z) scopes.push(z);
  }
  for (const instanceType of filter.instanceTypes) {
    for (const az of scopes) {
      for (const duration of DURATIONS) {
        if (filter.minDuration !== undefined && duration < filter.minDuration) continue;
        if (filter.maxDuration !== undefined && duration > filter.maxDuration) continue;
        for (const offeringType of OFFERING_TYPES) {
          if (filter.offeringType && filter.offeringType !== offeringType) continue;
          for (const offeringClass of OFFERING_CLASSES) {
            if (filter.offeringClass && filter.offeringClass !== offeringClass) continue;
            for (const tenancy of TENANCIES) {
              if (filter.tenancy && filter.tenancy !== tenancy) continue;
              for (const productDescription of PRODUCT_DESCRIPTIONS) {
                if (filter.productDescription && !productMatches(filter.productDescription, productDescription)) continue;
                yield {
                  instanceType,
                  region: filter.region,
                  ...(az ? { az } : {}),
                  duration,
                  offeringType,
                  offeringClass,
                  tenancy,
                  productDescription,
                };
              }
            }
          }
        }
      }
    }
  }
}

/** `Linux/UNIX (Amazon VPC)` is the same product as `Linux/UNIX` for instances in a VPC. */
function productMatches(asked: string, product: string): boolean {
  return asked === product || asked === `${product} (Amazon VPC)`;
}

const CACHE = new Map<string, Map<string, OfferingSpec>>();

/**
 * The offering behind an id in one Region, or undefined. Builds the Region's id index once per Region and type list
 * (a pure cache: the answer only depends on the arguments).
 */
export function findOffering(id: string, region: string, zones: string[], instanceTypes: string[]): OfferingSpec | undefined {
  const cacheKey = `${region}|${zones.join(',')}|${instanceTypes.join(',')}`;
  let index = CACHE.get(cacheKey);
  if (!index) {
    index = new Map();
    for (const spec of listOfferings({ instanceTypes, region, zones })) index.set(offeringId(spec), spec);
    CACHE.set(cacheKey, index);
  }
  return index.get(id);
}
