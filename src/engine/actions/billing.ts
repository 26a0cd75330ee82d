import { billingUnit, type Charge } from '../billing/accrue';
import { currentCharges } from '../billing/charges';
import { mustFind } from '../lookup';
import type { BillingLine } from '../model/purchasing';
import type { Params } from '../params';
import type { Tx } from '../tx';
import { defineActions } from '../action-def';

/**
 * sim:BillingView: the bill so far, per instance and per reservation (and per Marketplace software charge, Dedicated
 * Host, idle Elastic IP, EBS volume and snapshot), with the rate each pays now and the purchase option that covered
 * it. Money accrues only while sim:AdvanceTime moves the clock, and only for running instances (rule 47).
 * `BilledPer` says how: per second (prorated hourly rate), or per started hour for Dedicated Hosts.
 */

const KIND_ORDER: Record<BillingLine['kind'], number> = {
  instance: 0,
  software: 1,
  reservation: 2,
  'dedicated-host': 3,
  'dedicated-region-fee': 4,
  'elastic-ip': 5,
  ebs: 6,
  snapshot: 7,
};

function round(value: number): number {
  return Math.round(value * 1e6) / 1e6;
}

function toLine(line: BillingLine | undefined, now: Charge | undefined) {
  const base = line ?? now;
  if (!base) throw new Error('empty billing line');
  const coveredBy = line?.coveredBy
    ? Object.fromEntries(Object.entries(line.coveredBy).map(([k, v]) => [k, round(v ?? 0)]))
    : undefined;
  const option = now?.option ?? line?.lastOption;
  return {
    ResourceId: base.resourceId,
    Kind: base.kind,
    Region: base.region,
    Amount: round(line?.amount ?? 0),
    Seconds: line?.seconds ?? 0,
    /** USD per hour it costs right now (0 when it does not run). */
    Rate: round(now?.rate ?? 0),
    BilledPer: billingUnit(base.kind),
    ...(option !== undefined ? { PurchaseOption: option } : {}),
    ...(coveredBy ? { CoveredBy: coveredBy } : {}),
    ...(now?.reservations ?? line?.lastReservations ? { Reservations: now?.reservations ?? line?.lastReservations } : {}),
    ...(now?.utilization !== undefined ? { Utilization: round(now.utilization) } : {}),
    ...(now?.covered ? { Covers: now.covered } : {}),
    Billing: now ? 'accruing' : 'stopped',
  };
}

function billingView(tx: Tx, p: Params) {
  const instanceId = p.optStr('InstanceId');
  if (instanceId) mustFind(tx, 'instances', instanceId);
  const nowCharges = new Map(
    currentCharges(tx.base, tx.now)
      .filter((c) => c.ownerId === tx.account)
      .map((c) => [c.key, c]),
  );
  const lines = Object.values(tx.billing.lines).filter((l) => (l.ownerId ?? tx.account) === tx.account);
  const keys = new Set([...lines.map((l) => l.key), ...nowCharges.keys()]);
  let out = [...keys]
    .map((key) => toLine(tx.billing.lines[key], nowCharges.get(key)))
    .filter((l) => l.Amount > 0 || l.Billing === 'accruing');
  if (instanceId) out = out.filter((l) => l.ResourceId === instanceId);
  out.sort((a, b) => KIND_ORDER[a.Kind] - KIND_ORDER[b.Kind] || (a.ResourceId < b.ResourceId ? -1 : 1));
  const total = out.reduce((sum, l) => sum + l.Amount, 0);
  return {
    Lines: out,
    Total: round(total),
    HourlyRateNow: round(out.reduce((sum, l) => sum + l.Rate, 0)),
    Currency: 'USD',
    Clock: tx.now,
  };
}

export const BILLING_ACTIONS = defineActions([
  {
    type: 'sim:BillingView',
    summary: 'The bill so far per instance and reservation: amount, seconds, current rate and the purchase option that paid.',
    run: billingView,
    read: true,
  },
]);
