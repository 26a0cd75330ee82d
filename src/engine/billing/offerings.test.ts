import { describe, expect, it } from 'vitest';
import { findOffering, listOfferings, offeringId, ONE_YEAR, THREE_YEARS } from './offerings';
import { offeringPrice } from './market';

const ZONES = ['us-east-1a', 'us-east-1b', 'us-east-1c'];

describe('Reserved Instance offerings', () => {
  it('lists regional and per-AZ offerings for 1 and 3 years only', () => {
    const all = listOfferings({ instanceTypes: ['m5.large'], region: 'us-east-1', zones: ZONES });
    expect(new Set(all.map((o) => o.duration))).toEqual(new Set([ONE_YEAR, THREE_YEARS]));
    expect(new Set(all.map((o) => o.az ?? 'Region'))).toEqual(new Set(['Region', ...ZONES]));
    // 4 scopes x 2 terms x 3 payment options x 2 classes x 2 tenancies
    expect(all).toHaveLength(96);
    const zonal = listOfferings({ instanceTypes: ['m5.large'], region: 'us-east-1', zones: ZONES, az: 'us-east-1b' });
    expect(zonal.every((o) => o.az === 'us-east-1b')).toBe(true);
    const regional = listOfferings({ instanceTypes: ['m5.large'], region: 'us-east-1', zones: ZONES, scope: 'Region' });
    expect(regional.every((o) => o.az === undefined)).toBe(true);
  });

  it('ids are deterministic, UUID-shaped, distinct, and decode back to their offering', () => {
    const all = listOfferings({ instanceTypes: ['m5.large', 't3.micro'], region: 'us-east-1', zones: ZONES });
    const ids = all.map(offeringId);
    expect(new Set(ids).size).toBe(all.length);
    for (const id of ids) expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-a[0-9a-f]{3}-[0-9a-f]{12}$/);
    const again = listOfferings({ instanceTypes: ['m5.large', 't3.micro'], region: 'us-east-1', zones: ZONES }).map(offeringId);
    expect(again).toEqual(ids);
    const pick = all[17];
    expect(findOffering(ids[17] as string, 'us-east-1', ZONES, ['m5.large', 't3.micro'])).toEqual(pick);
    expect(findOffering(ids[17] as string, 'us-west-2', ['us-west-2a', 'us-west-2b', 'us-west-2c'], ['m5.large', 't3.micro'])).toBeUndefined();
  });

  it('payment options trade upfront money for the hourly charge; 3 years and standard save more', () => {
    const base = { instanceType: 'm5.large', region: 'us-east-1', duration: ONE_YEAR, offeringClass: 'standard', tenancy: 'default', productDescription: 'Linux/UNIX' } as const;
    const none = offeringPrice({ ...base, offeringType: 'No Upfront' });
    const partial = offeringPrice({ ...base, offeringType: 'Partial Upfront' });
    const all = offeringPrice({ ...base, offeringType: 'All Upfront' });
    expect(none.fixedPrice).toBe(0);
    expect(none.usagePrice).toBeGreaterThan(0);
    expect(all.usagePrice).toBe(0);
    expect(all.fixedPrice).toBeGreaterThan(partial.fixedPrice);
    expect(all.effectiveHourly).toBeLessThan(partial.effectiveHourly);
    expect(partial.effectiveHourly).toBeLessThan(none.effectiveHourly);
    expect(none.effectiveHourly).toBeLessThan(0.096);
    const three = offeringPrice({ ...base, duration: THREE_YEARS, offeringType: 'All Upfront' });
    expect(three.effectiveHourly).toBeLessThan(all.effectiveHourly);
    const convertible = offeringPrice({ ...base, offeringType: 'No Upfront', offeringClass: 'convertible' });
    expect(convertible.usagePrice).toBeGreaterThan(none.usagePrice);
  });
});
