import { describe, expect, it } from 'vitest';
import { instanceTypeNames } from './instance-types';
import {
  DEDICATED_HOST_HOURLY,
  DEDICATED_INSTANCE_PREMIUM,
  DEDICATED_REGION_FEE_HOURLY,
  EBS_GB_MONTH,
  EIP_IDLE_HOURLY,
  PRICE_SOURCE,
  SNAPSHOT_GB_MONTH,
  defaultSpotHourly,
  hasPrice,
  onDemandHourly,
  regionOfZone,
  reservedPricing,
  type ReservedOffering,
} from './prices';

describe('On-Demand prices', () => {
  it('prices every catalogue type and says they are approximations', () => {
    for (const name of instanceTypeNames()) {
      expect([name, hasPrice(name)]).toEqual([name, true]);
      expect(onDemandHourly(name)).toBeGreaterThan(0);
    }
    expect(PRICE_SOURCE).toMatch(/approximation/i);
  });

  it('uses us-east-1 list prices and a small regional multiplier', () => {
    expect(onDemandHourly('t3.micro')).toBe(0.0104);
    expect(onDemandHourly('m5.large', 'us-east-1')).toBe(0.096);
    expect(onDemandHourly('m5.large', 'us-west-2')).toBe(0.096);
    expect(onDemandHourly('m5.large', 'eu-west-1')).toBeCloseTo(0.10368, 6);
    expect(onDemandHourly('t3.enormous')).toBeUndefined();
  });

  it('prices bigger sizes of a family proportionally', () => {
    expect(onDemandHourly('m5.xlarge')).toBe(2 * (onDemandHourly('m5.large') ?? 0));
    expect(onDemandHourly('c5.4xlarge')).toBe(8 * (onDemandHourly('c5.large') ?? 0));
  });
});

describe('default Spot prices', () => {
  it('stay between 10 % and 40 % of On-Demand for every type and AZ', () => {
    for (const name of instanceTypeNames()) {
      for (const az of ['us-east-1a', 'us-east-1b', 'us-east-1c', 'eu-west-1a']) {
        const od = onDemandHourly(name, regionOfZone(az)) ?? 0;
        const spot = defaultSpotHourly(name, az) ?? -1;
        expect(spot).toBeGreaterThanOrEqual(od * 0.1 - 1e-12);
        expect(spot).toBeLessThanOrEqual(od * 0.4 + 1e-12);
      }
    }
  });

  it('are deterministic, and differ between pools', () => {
    expect(defaultSpotHourly('m5.large', 'us-east-1a')).toBe(defaultSpotHourly('m5.large', 'us-east-1a'));
    const pools = ['us-east-1a', 'us-east-1b', 'us-east-1c'].map((az) => defaultSpotHourly('m5.large', az));
    expect(new Set(pools).size).toBeGreaterThan(1);
    expect(defaultSpotHourly('t3.enormous', 'us-east-1a')).toBeUndefined();
    expect(regionOfZone('us-east-1a')).toBe('us-east-1');
    expect(regionOfZone('eu-west-1')).toBe('eu-west-1');
  });
});

describe('Reserved Instance prices', () => {
  const offerings: ReservedOffering[] = ['No Upfront', 'Partial Upfront', 'All Upfront'];

  it('get cheaper with a longer term and more paid up front; 3-year All Upfront is cheapest', () => {
    const od = onDemandHourly('m5.large') ?? 0;
    const rates: number[] = [];
    for (const years of [1, 3] as const) {
      for (const offering of offerings) rates.push(reservedPricing('m5.large', years, offering)?.effectiveHourly ?? Infinity);
    }
    for (let i = 1; i < rates.length; i++) expect(rates[i]).toBeLessThan(rates[i - 1] ?? 0);
    expect(rates[0]).toBeLessThan(od);
    const best = reservedPricing('m5.large', 3, 'All Upfront');
    const discount = 1 - (best?.effectiveHourly ?? 0) / od;
    expect(discount).toBeGreaterThanOrEqual(0.7);
    expect(discount).toBeLessThanOrEqual(0.75);
  });

  it('split the price into an upfront fee and an hourly charge', () => {
    const none = reservedPricing('m5.large', 1, 'No Upfront');
    expect(none?.fixedPrice).toBe(0);
    expect(none?.usagePrice).toBeCloseTo(0.096 * 0.64, 6);
    const all = reservedPricing('m5.large', 3, 'All Upfront');
    expect(all?.usagePrice).toBe(0);
    expect(all?.fixedPrice).toBeCloseTo(0.096 * 0.28 * 8760 * 3, 1);
    const partial = reservedPricing('m5.large', 1, 'Partial Upfront');
    expect(partial?.fixedPrice).toBeGreaterThan(0);
    expect(partial?.usagePrice).toBeGreaterThan(0);
    expect(reservedPricing('t3.enormous', 1, 'No Upfront')).toBeUndefined();
  });
});

describe('dedicated capacity and other charges', () => {
  it('prices a Dedicated Host about 10 % above the same capacity as instances', () => {
    expect(DEDICATED_HOST_HOURLY('m5')).toBeCloseTo(5.069, 2);
    expect(DEDICATED_HOST_HOURLY('c5')).toBeCloseTo(4.488, 2);
    expect(DEDICATED_HOST_HOURLY('mac1')).toBe(1.083);
    expect(DEDICATED_HOST_HOURLY('t2')).toBeUndefined();
    expect(DEDICATED_HOST_HOURLY('zz9')).toBeUndefined();
  });

  it('exposes the fixed rates', () => {
    expect(DEDICATED_INSTANCE_PREMIUM).toBeGreaterThan(1);
    expect(DEDICATED_REGION_FEE_HOURLY).toBe(2);
    expect(EIP_IDLE_HOURLY).toBe(0.005);
    expect(SNAPSHOT_GB_MONTH).toBe(0.05);
    expect(EBS_GB_MONTH.gp3).toBe(0.08);
    expect(EBS_GB_MONTH.gp2).toBe(0.1);
    expect(EBS_GB_MONTH.sc1).toBeLessThan(EBS_GB_MONTH.st1);
  });
});
