/**
 * The bill as rows a person reads, from the engine's `sim:BillingView` answer: what each instance, volume, address
 * and reservation has cost so far and costs per hour now, which purchase option paid, and — for every stopped
 * instance — what it still costs (its EBS volumes, an Elastic IP left on it). Nothing here prices anything: the
 * amounts are the engine's.
 */
import type { World } from '../engine';

interface BillingLineView {
  ResourceId: string;
  Kind: 'instance' | 'software' | 'reservation' | 'dedicated-host' | 'dedicated-region-fee' | 'elastic-ip' | 'ebs' | 'snapshot';
  Region: string;
  Amount: number;
  Seconds: number;
  Rate: number;
  BilledPer: string;
  PurchaseOption?: string;
  CoveredBy?: Record<string, number>;
  Billing: 'accruing' | 'stopped';
}

export interface BillingView {
  Lines: BillingLineView[];
  Total: number;
  HourlyRateNow: number;
  Currency: string;
  Clock: number;
}

const KIND_TEXT: Record<BillingLineView['Kind'], string> = {
  instance: 'Instance',
  software: 'Marketplace software',
  reservation: 'Reserved Instance',
  'dedicated-host': 'Dedicated Host',
  'dedicated-region-fee': 'Dedicated per-region fee',
  'elastic-ip': 'Elastic IP',
  ebs: 'EBS volume',
  snapshot: 'EBS snapshot',
};

const OPTION_TEXT: Record<string, string> = {
  'on-demand': 'On-Demand',
  spot: 'Spot',
  'zonal-ri': 'Reserved (zonal)',
  'regional-ri': 'Reserved (regional)',
  dedicated: 'Dedicated Instance',
  'dedicated-host': 'on a Dedicated Host',
};

function optionText(option: string | undefined): string {
  if (!option) return '—';
  return OPTION_TEXT[option] ?? option;
}

export function usd(value: number, digits = 4): string {
  return `$${value.toFixed(digits)}`;
}

export function duration(seconds: number): string {
  const h = Math.floor(seconds / 3600);
  const m = Math.floor((seconds % 3600) / 60);
  const s = seconds % 60;
  return h ? `${h} h ${m} min` : m ? `${m} min ${s} s` : `${s} s`;
}

export interface BillRow {
  id: string;
  kind: string;
  /** What it is, in a few words: `t3.micro running in us-east-1a · group web`. */
  detail: string;
  option: string;
  /** How the amount was paid over time, when more than one option paid: `On-Demand 60 % · Reserved (zonal) 40 %`. */
  covered: string;
  billing: 'accruing' | 'stopped';
  perHour: number;
  soFar: number;
  seconds: number;
  billedPer: string;
}

function detailOf(world: World, line: BillingLineView): string {
  if (line.Kind === 'instance' || line.Kind === 'software') {
    const i = world.instances.get(line.ResourceId);
    if (!i) return line.Region;
    const group = world.autoScalingGroups.values().find((g) => g.instances.some((m) => m.instanceId === i.id));
    return `${i.instanceType} ${i.state} in ${i.az}${group ? ` · group ${group.name}` : ''}`;
  }
  if (line.Kind === 'ebs') {
    const v = world.volumes.get(line.ResourceId);
    return v ? `${v.sizeGiB} GiB ${v.volumeType}${v.attachment ? ` on ${v.attachment.instanceId}` : ' detached'}` : line.Region;
  }
  if (line.Kind === 'elastic-ip') {
    const a = world.addresses.get(line.ResourceId);
    return a ? `${a.publicIp}${a.association ? ` on ${a.association.networkInterfaceId}` : ' not associated'}` : line.Region;
  }
  if (line.Kind === 'reservation') {
    const r = world.reservedInstances.get(line.ResourceId);
    return r ? `${r.instanceCount} × ${r.instanceType} ${r.scope === 'Availability Zone' ? `in ${r.az}` : 'regional'}` : line.Region;
  }
  return line.Region;
}

function coveredText(line: BillingLineView): string {
  const parts = Object.entries(line.CoveredBy ?? {}).filter(([, v]) => v > 0);
  if (parts.length < 2) return '';
  const total = parts.reduce((a, [, v]) => a + v, 0);
  return parts.map(([k, v]) => `${optionText(k)} ${Math.round((v / total) * 100)} %`).join(' · ');
}

export function billRows(view: BillingView, world: World): BillRow[] {
  return view.Lines.map((line) => ({
    id: line.ResourceId,
    kind: KIND_TEXT[line.Kind] ?? line.Kind,
    detail: detailOf(world, line),
    option: line.Kind === 'instance' ? optionText(line.PurchaseOption) : '—',
    covered: coveredText(line),
    billing: line.Billing,
    perHour: line.Rate,
    soFar: line.Amount,
    seconds: line.Seconds,
    billedPer: line.BilledPer,
  }));
}

interface StoppedCost {
  instanceId: string;
  /** Volume ids and Elastic IP allocations still billed, with their hourly rates. */
  items: { id: string; what: string; perHour: number }[];
  perHour: number;
}

/** What each stopped instance still costs per hour: the instance itself nothing, its volumes and idle addresses yes. */
export function stoppedCosts(view: BillingView, world: World): StoppedCost[] {
  const rate = new Map(view.Lines.map((l) => [l.ResourceId, l.Rate]));
  const out: StoppedCost[] = [];
  for (const i of world.instances.values()) {
    if (i.state !== 'stopped' || i.ownerId !== world.account) continue;
    const items: StoppedCost['items'] = [];
    for (const v of world.volumes.values()) {
      if (v.attachment?.instanceId === i.id) items.push({ id: v.id, what: `EBS volume ${v.sizeGiB} GiB ${v.volumeType}`, perHour: rate.get(v.id) ?? 0 });
    }
    const enis = new Set(world.networkInterfaces.values().filter((e) => e.attachment?.instanceId === i.id).map((e) => e.id));
    for (const a of world.addresses.values()) {
      if (a.association && enis.has(a.association.networkInterfaceId)) {
        items.push({ id: a.allocationId, what: `Elastic IP ${a.publicIp}`, perHour: rate.get(a.allocationId) ?? 0 });
      }
    }
    out.push({ instanceId: i.id, items, perHour: items.reduce((s, x) => s + x.perHour, 0) });
  }
  return out;
}
