/** ec2:DescribeSpotPriceHistory: the default price of each pool and every change, with time window and filters. */
import { allInstanceTypes, getInstanceType } from '../../catalog/instance-types';
import { formatPrice, spotPriceNow } from '../../billing/market';
import { invalid, type Params } from '../../params';
import type { Tx } from '../../tx';
import { applyFilters } from '../../filters';
import { isoAt } from '../../time';
import { readZone, zoneIdOf } from '../../zone-param';

/** A timestamp member as a comparable ISO-8601 string (`2025-01-01T00:00:00.000Z`), or undefined when absent. */
function isoParam(p: Params, name: string): string | undefined {
  const raw = p.optStr(name);
  if (raw === undefined) return undefined;
  const m = /^(\d{4}-\d{2}-\d{2})(?:T(\d{2}:\d{2}:\d{2})(\.\d{1,3})?(?:Z|\+00:00)?)?$/.exec(raw.trim());
  if (!m) return invalid(name, raw, 'It must be an ISO-8601 UTC timestamp such as 2025-01-01T00:00:00Z.');
  return `${m[1]}T${m[2] ?? '00:00:00'}${((m[3] ?? '.') + '000').slice(0, 4)}Z`;
}

interface PricePoint {
  AvailabilityZone: string;
  InstanceType: string;
  ProductDescription: string;
  SpotPrice: string;
  Timestamp: string;
  at: number;
  tags?: [];
}

export function describeSpotPriceHistory(tx: Tx, p: Params) {
  const zones = (tx.base.regions[tx.region]?.zones ?? []).map((z) => z.ZoneName);
  const az = readZone(tx, p);
  if (az && !zones.includes(az)) return invalid('AvailabilityZone', az);
  const asked = p.optStrList('InstanceTypes');
  for (const t of asked ?? []) if (!getInstanceType(t)) invalid('InstanceType', t);
  const products = p.optStrList('ProductDescriptions');
  const start = isoParam(p, 'StartTime');
  const end = isoParam(p, 'EndTime');
  if (start && end && start > end) return invalid('EndTime', end, 'EndTime must not be before StartTime.');
  const types = asked ?? allInstanceTypes().filter((t) => t.spotSupported !== false).map((t) => t.name);
  const max = p.optInt('MaxResults', 1, 10000) ?? 1000;
  if (products && !products.some((d) => d.startsWith('Linux/UNIX'))) return { SpotPriceHistory: [] };
  const history = tx.billing.spotPriceHistory ?? [];
  const out: PricePoint[] = [];
  for (const type of types) {
    if (getInstanceType(type)?.spotSupported === false) continue;
    for (const zone of az ? [az] : zones) {
      const changes = history.filter((h) => h.instanceType === type && h.az === zone);
      const base = { AvailabilityZone: zone, InstanceType: type, ProductDescription: 'Linux/UNIX' };
      const points: PricePoint[] = [{ ...base, SpotPrice: formatPrice(spotPriceDefault(type, zone)), Timestamp: isoAt(0), at: -1 }];
      for (const c of changes) points.push({ ...base, SpotPrice: formatPrice(Number(c.price)), Timestamp: isoAt(c.time), at: c.time });
      out.push(...inWindow(points, start, end));
    }
  }
  const filtered = applyFilters(out, p, { 'availability-zone-id': (point) => zoneIdOf(tx, tx.region, point.AvailabilityZone) }, (point) => point);
  filtered.sort((a, b) => b.at - a.at);
  return { SpotPriceHistory: filtered.slice(0, max).map(({ at: _at, ...entry }) => entry) };
}

/** The prices in effect between start and end: changes inside the window and the price already in effect at start. */
function inWindow(points: PricePoint[], start: string | undefined, end: string | undefined): PricePoint[] {
  const upToEnd = end ? points.filter((pt) => pt.Timestamp <= end) : points;
  if (!start) return upToEnd;
  const before = upToEnd.filter((pt) => pt.Timestamp < start);
  const inside = upToEnd.filter((pt) => pt.Timestamp >= start);
  const inEffect = before[before.length - 1];
  return inEffect && !inside.some((pt) => pt.Timestamp === start) ? [inEffect, ...inside] : inside;
}

function spotPriceDefault(type: string, az: string): number {
  return spotPriceNow({ spotPrices: {} }, type, az);
}
