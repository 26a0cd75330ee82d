/**
 * Sensible defaults for the action forms, computed purely from the world and the selection. Nothing here decides
 * whether an action is allowed (the engine does); these are only starting values a learner can change.
 */
import type { World } from '../engine';

export interface FormContext {
  world: World;
  /** A resource id, a node id such as `az:us-east-1b` / `region:us-east-1`, or null. */
  selection: string | null;
  /** The region the form acts in (the world's home region unless said otherwise). */
  region?: string;
}

export const DEFAULT_INSTANCE_TYPE = 't3.micro';

const regionOf = (ctx: FormContext) => ctx.region ?? ctx.world.homeRegion;

// ── IPv4 arithmetic (just enough for choosing free blocks) ──────────────────────────────────────────────────────

interface Block {
  start: number;
  prefix: number;
}

function parseBlock(cidr: string): Block | undefined {
  const m = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})\/(\d{1,2})$/.exec(cidr.trim());
  if (!m) return undefined;
  const octets = m.slice(1, 5).map(Number);
  const prefix = Number(m[5]);
  if (octets.some((o) => o > 255) || prefix > 32) return undefined;
  const ip = octets.reduce((n, o) => n * 256 + o, 0);
  const size = 2 ** (32 - prefix);
  return { start: ip - (ip % size), prefix };
}

const sizeOf = (b: Block) => 2 ** (32 - b.prefix);
const overlaps = (a: Block, b: Block) => a.start < b.start + sizeOf(b) && b.start < a.start + sizeOf(a);

function formatBlock(b: Block): string {
  const o = [24, 16, 8, 0].map((shift) => Math.floor(b.start / 2 ** shift) % 256);
  return `${o.join('.')}/${b.prefix}`;
}

// ── what is selected ────────────────────────────────────────────────────────────────────────────────────────────

/** Candidate ids inside a selection: the id itself, and the parts of a node id (`az:us-east-1a`, `vpc-1|us-east-1a`). */
function selectionParts(selection: string | null): string[] {
  if (!selection) return [];
  return [selection, ...selection.split(/[:|/]/).filter(Boolean)];
}

/** The resource the selection points at, with the collection it lives in. */
export function selectedResource(ctx: FormContext) {
  const { world } = ctx;
  for (const id of selectionParts(ctx.selection)) {
    const vpc = world.vpcs.get(id);
    if (vpc) return { kind: 'vpc', vpc } as const;
    const subnet = world.subnets.get(id);
    if (subnet) return { kind: 'subnet', subnet } as const;
    const instance = world.instances.get(id);
    if (instance) return { kind: 'instance', instance } as const;
    const eni = world.networkInterfaces.get(id);
    if (eni) return { kind: 'eni', eni } as const;
    const volume = world.volumes.get(id);
    if (volume) return { kind: 'volume', volume } as const;
    const group = world.securityGroups.get(id);
    if (group) return { kind: 'security-group', group } as const;
    const address = world.addresses.get(id);
    if (address) return { kind: 'address', address } as const;
    const igw = world.internetGateways.get(id);
    if (igw) return { kind: 'internet-gateway', igw } as const;
  }
  return undefined;
}

const zonesOf = (ctx: FormContext) => ctx.world.regions[regionOf(ctx)]?.zones.map((z) => z.ZoneName) ?? [];

/** The Availability Zone the selection is in (an AZ node, a subnet, an instance, an ENI or a volume). */
export function selectionAz(ctx: FormContext): string | undefined {
  const zones = zonesOf(ctx);
  const named = selectionParts(ctx.selection).find((part) => zones.includes(part));
  if (named) return named;
  const r = selectedResource(ctx);
  switch (r?.kind) {
    case 'subnet':
      return r.subnet.az;
    case 'instance':
      return r.instance.az;
    case 'eni':
      return r.eni.az;
    case 'volume':
      return r.volume.az;
    default:
      return undefined;
  }
}

function lastOf<T>(list: readonly T[]): T | undefined {
  return list[list.length - 1];
}

const vpcsIn = (ctx: FormContext) => ctx.world.vpcs.values().filter((v) => v.region === regionOf(ctx));

/** The VPC the selection belongs to; otherwise the most recently created VPC of the region. */
export function selectedVpcId(ctx: FormContext): string | undefined {
  const r = selectedResource(ctx);
  switch (r?.kind) {
    case 'vpc':
      return r.vpc.id;
    case 'subnet':
      return r.subnet.vpcId;
    case 'instance':
      return r.instance.vpcId;
    case 'eni':
      return r.eni.vpcId;
    case 'security-group':
      return r.group.vpcId;
    case 'internet-gateway':
      if (r.igw.vpcId) return r.igw.vpcId;
      break;
    default:
      break;
  }
  return lastOf(vpcsIn(ctx))?.id;
}

/** The subnet the selection is or sits in; otherwise the most recent subnet of the selected VPC (or region). */
export function selectedSubnetId(ctx: FormContext): string | undefined {
  const r = selectedResource(ctx);
  if (r?.kind === 'subnet') return r.subnet.id;
  if (r?.kind === 'instance') return r.instance.subnetId;
  if (r?.kind === 'eni') return r.eni.subnetId;
  const vpcId = selectedVpcId(ctx);
  const az = selectionAz(ctx);
  const subnets = ctx.world.subnets.values().filter((s) => s.region === regionOf(ctx));
  return (
    lastOf(subnets.filter((s) => s.vpcId === vpcId && (!az || s.az === az)))?.id ??
    lastOf(subnets.filter((s) => s.vpcId === vpcId))?.id ??
    lastOf(subnets)?.id
  );
}

/** The selected instance, or the one the selected ENI / volume is attached to. */
export function selectedInstanceId(ctx: FormContext): string | undefined {
  const r = selectedResource(ctx);
  if (r?.kind === 'instance') return r.instance.id;
  if (r?.kind === 'eni') return r.eni.attachment?.instanceId;
  if (r?.kind === 'volume') return r.volume.attachment?.instanceId;
  return undefined;
}

/** The selected network interface. */
export function selectedEniId(ctx: FormContext): string | undefined {
  const r = selectedResource(ctx);
  return r?.kind === 'eni' ? r.eni.id : undefined;
}

// ── free address blocks ─────────────────────────────────────────────────────────────────────────────────────────

/** The next 10.N.0.0/16 that overlaps no VPC block in the region (10.0.0.0/16, 10.1.0.0/16, …). */
export function nextVpcCidr(ctx: FormContext): string {
  const taken = vpcsIn(ctx)
    .flatMap((v) => v.cidrBlocks.map((c) => parseBlock(c.cidr)))
    .filter((b): b is Block => b !== undefined);
  for (let n = 0; n < 256; n++) {
    const candidate: Block = { start: (10 * 256 + n) * 256 * 256, prefix: 16 };
    if (!taken.some((b) => overlaps(b, candidate))) return formatBlock(candidate);
  }
  return '10.0.0.0/16';
}

/**
 * The next free block inside a VPC for a new subnet: /24 unless the VPC's subnets use another size (the default
 * VPC's /20s), never larger than the VPC itself.
 */
export function nextSubnetCidr(ctx: FormContext, vpcId: string | undefined): string {
  const vpc = vpcId ? ctx.world.vpcs.get(vpcId) : undefined;
  if (!vpc) return '10.0.0.0/24';
  const vpcBlocks = vpc.cidrBlocks.map((c) => parseBlock(c.cidr)).filter((b): b is Block => b !== undefined);
  const existing = ctx.world.subnets
    .values()
    .filter((s) => s.vpcId === vpc.id)
    .map((s) => parseBlock(s.cidr))
    .filter((b): b is Block => b !== undefined);
  const usual = lastOf(existing)?.prefix ?? 24;
  for (const block of vpcBlocks) {
    const prefix = Math.min(28, Math.max(usual, block.prefix));
    const step = 2 ** (32 - prefix);
    for (let start = block.start; start < block.start + sizeOf(block); start += step) {
      const candidate = { start, prefix };
      if (!existing.some((b) => overlaps(b, candidate))) return formatBlock(candidate);
    }
  }
  const first = vpcBlocks[0];
  return first ? formatBlock({ start: first.start, prefix: Math.min(28, Math.max(24, first.prefix)) }) : '10.0.0.0/24';
}

/**
 * Where a new subnet of `vpcId` should go: the AZ node the learner selected, else the first AZ where that VPC has
 * no subnet yet (so two subnets land in two AZs), else the selection's AZ, else the region's first AZ.
 */
export function subnetAz(ctx: FormContext, vpcId: string | undefined): string {
  const zones = zonesOf(ctx);
  const explicit = selectionParts(ctx.selection).find((part) => zones.includes(part));
  if (explicit) return explicit;
  const used = new Set(ctx.world.subnets.values().filter((s) => s.vpcId === vpcId).map((s) => s.az));
  return zones.find((z) => !used.has(z)) ?? selectionAz(ctx) ?? zones[0] ?? '';
}

// ── images, group names ─────────────────────────────────────────────────────────────────────────────────────────────

/**
 * The region's EBS-backed Amazon Linux AMI, among the images ec2:DescribeImages with Owners: ['amazon'] lists (read
 * from the world here, so the forms load without the engine).
 */
export function amazonLinuxAmi(ctx: FormContext): string | undefined {
  const region = regionOf(ctx);
  const images = ctx.world.images
    .values()
    .filter((i) => i.region === region && i.state !== 'deregistered' && i.imageOwnerAlias === 'amazon');
  const ebs = images.filter((i) => i.rootDeviceType === 'ebs');
  return (ebs.find((i) => /al2023|amazon linux/i.test(i.name)) ?? ebs[0] ?? images[0])?.id;
}

/** A security group name not used yet in the VPC: `web`, `web-2`, … */
export function nextGroupName(ctx: FormContext, vpcId: string | undefined, base = 'web'): string {
  const names = new Set(ctx.world.securityGroups.values().filter((g) => g.vpcId === vpcId).map((g) => g.name));
  if (!names.has(base)) return base;
  let n = 2;
  while (names.has(`${base}-${n}`)) n++;
  return `${base}-${n}`;
}
