import { PACKED_INSTANCE_TYPE_NAMES } from './instance-type-list';
import { parseInstanceTypeName, type ParsedInstanceTypeName } from './instance-type-names';
import type { Architecture, InstanceCategory, InstanceTypeInfo, RowOptions } from './instance-types';

/**
 * Specs for the instance types the EC2 API accepts but the catalogue has no AWS numbers for, derived from the name by
 * family and size rules (vCPUs per size, memory per vCPU per family, network interfaces by size, Graviton for the
 * `g` processor letter, Xen for the old families, instance store for `d` and the storage families). The numbers are
 * close to AWS's but are not AWS's own: every entry built from them carries `derived: true`.
 *
 * Pure data and pure functions: no world, no randomness.
 */

let families: Map<string, string[]> | undefined;
let names: Set<string> | undefined;

function unpack(): { families: Map<string, string[]>; names: Set<string> } {
  if (!families || !names) {
    families = new Map();
    names = new Set();
    for (const group of PACKED_INSTANCE_TYPE_NAMES.split(';')) {
      const colon = group.indexOf(':');
      const family = group.slice(0, colon);
      const sizes = group.slice(colon + 1).split(',');
      families.set(family, sizes);
      for (const size of sizes) names.add(`${family}.${size}`);
    }
  }
  return { families, names };
}

/** True for every name of the SDK's `InstanceType` enum (exact spelling, lower case). */
export function isListedInstanceType(name: string): boolean {
  return typeof name === 'string' && unpack().names.has(name);
}

/** Every name the EC2 API accepts, sorted by family then size. */
export function listedInstanceTypeNames(): string[] {
  return [...unpack().names];
}

/** The sizes the API lists for a family (`m5` → `large`, `xlarge`, …). */
export function sizesOfFamily(family: string): readonly string[] {
  return unpack().families.get(family) ?? [];
}

/** Irregular types: [vCPUs, MiB] as AWS published them (a size rule would get them wrong). */
const IRREGULAR: Record<string, [number, number]> = {
  't1.micro': [1, 627],
  'm1.medium': [1, 3840], 'm1.large': [2, 7680], 'm1.xlarge': [4, 15360],
  'c1.medium': [2, 1740], 'c1.xlarge': [8, 7168],
  'm2.xlarge': [2, 17510], 'm2.2xlarge': [4, 35020], 'm2.4xlarge': [8, 70041],
  'c4.8xlarge': [36, 61440], 'd2.8xlarge': [36, 249856], 'i3.metal': [72, 524288], 'g4dn.metal': [96, 393216],
  'cc1.4xlarge': [16, 23552], 'cc2.8xlarge': [32, 61952], 'cg1.4xlarge': [16, 23040], 'cr1.8xlarge': [32, 249856],
  'hi1.4xlarge': [16, 61952], 'hs1.8xlarge': [16, 119808], 'g2.2xlarge': [8, 15360], 'g2.8xlarge': [32, 61440],
  'p5.4xlarge': [16, 262144], 'p6e-gb200.36xlarge': [144, 983040], 'p6-b300.48xlarge': [192, 4194304],
  'mac2-m2.metal': [8, 24576], 'mac2-m2pro.metal': [12, 32768], 'mac2-m1ultra.metal': [20, 131072],
  'mac-m4.metal': [10, 24576], 'mac-m4pro.metal': [14, 49152], 'mac-m4max.metal': [16, 131072],
  'mac-m3ultra.metal': [32, 262144],
};

/** Memory per vCPU (GiB) of each series, then of families that differ from their series. */
const SERIES_GIB_PER_VCPU: Record<string, number> = {
  a: 2, m: 4, mac: 4, c: 2, r: 8, x: 16, z: 8, p: 8, g: 4, gr: 8, f: 16, inf: 4, trn: 4, dl: 8, vt: 2, i: 8, im: 4,
  is: 6, d: 8, h: 4, cc: 2, cg: 2, cr: 8, hi: 4, hs: 8,
};
const FAMILY_GIB_PER_VCPU: Record<string, number> = {
  m1: 3.75, m3: 3.75, c3: 1.875, c4: 1.875, c5n: 2.625, r3: 7.625, r4: 7.625, x1: 15.25, x1e: 30.5, x2iedn: 32,
  x2iezn: 32, x8aedz: 32, i2: 7.625, i3: 7.625, d2: 7.625, d3en: 4, g3: 7.625, g3s: 7.625, g5g: 2, g6e: 8, g7e: 8,
  p2: 15.25, p3: 7.625, p4d: 12, p4de: 12, p5: 32 / 3, p5e: 32 / 3, p5en: 32 / 3, 'p6-b200': 32 / 3, inf1: 2,
  f1: 15.25, f2: 32 / 3, trn2: 32 / 3, trn2u: 32 / 3,
};
/** HPC types keep the whole host's memory at every size (fewer cores, same RAM), GiB. */
const HPC_MEMORY_GIB: Record<string, number> = { hpc6a: 384, hpc6id: 1024, hpc7a: 768, hpc7g: 128, hpc8a: 768 };

/** T family sizes: [vCPUs (t2), vCPUs (t3, t3a, t4g, t8i), GiB, ENIs, IPv4 per ENI]. */
const BURSTABLE: Record<string, [number, number, number, number, number]> = {
  nano: [1, 2, 0.5, 2, 2], micro: [1, 2, 1, 2, 2], small: [1, 2, 2, 3, 4], medium: [2, 2, 4, 3, 6],
  large: [2, 2, 8, 3, 12], xlarge: [4, 4, 16, 4, 15], '2xlarge': [8, 8, 32, 4, 15],
};

const XEN = new Set(
  't1 t2 m1 m2 m3 m4 c1 c3 c4 r3 r4 i2 i3 d2 g2 g3 g3s p2 p3 x1 x1e f1 h1 cc1 cc2 cg1 cr1 hi1 hs1'.split(' '),
);
const PREVIOUS = new Set('t1 m1 m2 m3 m4 c1 c3 c4 r3 r4 i2 d2 g2 g3 g3s p2 cc1 cc2 cg1 cr1 hi1 hs1'.split(' '));
const NO_IPV6 = new Set('t1 m1 m2 m3 c1 cc1 cc2 cg1 cr1 hi1 hs1 g2'.split(' '));
const NO_ENA = new Set('t1 t2 m1 m2 m3 c1 g2 cc1 cc2 cg1 cr1 hi1 hs1'.split(' '));
const SRIOV = new Set('c3 c4 r3 d2 i2 m4'.split(' '));
const I386 = new Set('t1 m1 c1 c3'.split(' '));
/** Old Xen families whose instance store can hold the root device (instance-store-backed AMIs). */
const STORE_ROOT = new Set('m1 m2 m3 c1 c3 r3 d2 x1 i2 hi1 hs1 cc2 cr1 g2'.split(' '));
/** CloudWatch `recover` works despite instance store (rule 79). */
const CW_RECOVER_WITH_STORE = new Set('m3 c3 r3 x1 x1e x2idn x2iedn'.split(' '));

/** Instance store per vCPU: [GB, disk type, largest disk GB, NVMe on a Xen type]. */
type StoreRule = [number, 'ssd' | 'hdd', number?];
const FAMILY_STORE: Record<string, StoreRule> = {
  m1: [420, 'hdd', 420], m2: [210, 'hdd', 840], m3: [20, 'ssd', 80], c1: [210, 'hdd', 420], c3: [16, 'ssd', 320],
  r3: [16, 'ssd', 320], cc2: [105, 'hdd', 840], cr1: [7.5, 'ssd', 120], hi1: [128, 'ssd', 1024],
  hs1: [3072, 'hdd', 2048], g2: [7.5, 'ssd', 240], i2: [200, 'ssd', 800], i3: [237.5, 'ssd'], d2: [1500, 'hdd', 2000],
  h1: [250, 'hdd', 2000], x1: [30, 'ssd', 1920], x1e: [30, 'ssd', 1920], f1: [58.75, 'ssd'], f2: [39.6, 'ssd'],
  d3: [1485, 'hdd', 2000], d3en: [6990, 'hdd', 14000], i3en: [625, 'ssd', 7500], i7ie: [625, 'ssd', 7500],
  i8ge: [625, 'ssd', 7500], i4i: [234, 'ssd', 3750], i4g: [234, 'ssd', 3750], i7i: [234, 'ssd', 3750],
  i8g: [234, 'ssd', 3750], im4gn: [468.5, 'ssd', 7500], is4gen: [937, 'ssd', 7500], g4dn: [31.25, 'ssd'],
  g5: [62.5, 'ssd', 3800], g6: [62.5, 'ssd', 3800], g6e: [62.5, 'ssd', 3800], g6f: [62.5, 'ssd'], gr6: [37.5, 'ssd'],
  p3dn: [18.75, 'ssd'], p4d: [83.4, 'ssd', 1000], p4de: [83.4, 'ssd', 1000], p5: [158.4, 'ssd', 3800],
  p5e: [158.4, 'ssd', 3800], p5en: [158.4, 'ssd', 3800], 'p6-b200': [160, 'ssd', 3840], 'p6-b300': [160, 'ssd', 3840],
  'p6e-gb200': [160, 'ssd', 3840], trn1: [59.25, 'ssd'], trn1n: [59.25, 'ssd'], trn2: [39.6, 'ssd'],
  trn2u: [39.6, 'ssd'], dl1: [41.7, 'ssd', 1000], c5d: [25, 'ssd'], x2idn: [29.7, 'ssd'], x2iedn: [29.7, 'ssd'],
  hpc6id: [237.5, 'ssd', 3800],
};

function multiple(size: string): number | undefined {
  const m = /^(?:metal-)?(\d+)xl(?:arge)?$/.exec(size);
  return m ? Number(m[1]) : undefined;
}

function isArm(p: ParsedInstanceTypeName): boolean {
  if (p.Family === 'a') return true;
  if (p.Variant?.startsWith('gb')) return true;
  return p.Capabilities.some((c) => c.Letter === 'g');
}

function architectures(p: ParsedInstanceTypeName, family: string, size: string): Architecture[] {
  if (p.Family === 'mac') return family === 'mac1' ? ['x86_64_mac'] : ['arm64_mac'];
  if (isArm(p)) return ['arm64'];
  if (I386.has(family) || (family === 't2' && ['nano', 'micro', 'small', 'medium'].includes(size))) return ['i386', 'x86_64'];
  return ['x86_64'];
}

/** vCPUs by size: medium 1, large 2, xlarge 4, N·xlarge 4N; metal = the family's largest size; HPC x86 has no SMT. */
function vcpusOf(p: ParsedInstanceTypeName, family: string, size: string): number {
  if (p.Family === 't') return (BURSTABLE[size] ?? BURSTABLE.large!)[family === 't2' ? 0 : 1];
  const perXlarge = p.Family === 'hpc' && !isArm(p) ? 2 : 4;
  if (size === 'metal') {
    const largest = Math.max(0, ...sizesOfFamily(family).map((s) => (s.startsWith('metal') ? 0 : (multiple(s) ?? 0))));
    return largest > 0 ? perXlarge * largest : 4;
  }
  const n = multiple(size);
  if (n !== undefined) return perXlarge * n;
  return size === 'large' ? 2 : size === 'xlarge' ? 4 : 1;
}

function memoryOf(p: ParsedInstanceTypeName, family: string, size: string, vcpus: number): number {
  if (p.Family === 't') return Math.round((BURSTABLE[size] ?? BURSTABLE.large!)[2] * 1024);
  const tb = p.Variant !== undefined ? /^(\d+)tb$/.exec(p.Variant) : null;
  if (tb) return Number(tb[1]) * 1024 * 1024;
  const hpc = HPC_MEMORY_GIB[family];
  if (hpc !== undefined) return hpc * 1024;
  const ratio = FAMILY_GIB_PER_VCPU[family] ?? SERIES_GIB_PER_VCPU[p.Family] ?? 4;
  return Math.round(ratio * vcpus * 1024);
}

function storeRule(p: ParsedInstanceTypeName, family: string): StoreRule | undefined {
  const rule = FAMILY_STORE[family];
  if (rule) return rule;
  if (p.Family === 'i' || p.Family === 'im' || p.Family === 'is') return [234, 'ssd', 3750];
  if (!p.Capabilities.some((c) => c.Letter === 'd')) return undefined;
  return p.Generation <= 5 ? [37.5, 'ssd'] : [59, 'ssd', 3800];
}

function instanceStore(p: ParsedInstanceTypeName, family: string, vcpus: number, xen: boolean): RowOptions['store'] {
  const rule = storeRule(p, family);
  if (!rule) return undefined;
  const total = Math.round(rule[0] * vcpus);
  const count = Math.min(24, Math.max(1, Math.ceil(total / (rule[2] ?? 1900))));
  const nvme = xen && family !== 'i3' && family !== 'f1' ? 'unsupported' : 'required';
  return [count, Math.ceil(total / count), rule[1], nvme];
}

/** ENIs and IPv4 addresses per ENI, by size (as Nitro types of the same size have them). */
function interfaces(vcpus: number): [number, number] {
  if (vcpus <= 1) return [2, 4];
  if (vcpus <= 2) return [3, 10];
  if (vcpus <= 8) return [4, 15];
  if (vcpus <= 48) return [8, 30];
  return [15, 50];
}

function networkPerformance(p: ParsedInstanceTypeName, family: string, vcpus: number, xen: boolean): string {
  if (family === 't1') return 'Very Low';
  if (family === 't2') return 'Low to Moderate';
  if (p.Family === 't') return 'Up to 5 Gigabit';
  if (xen) return vcpus <= 2 ? 'Moderate' : vcpus <= 8 ? 'High' : '10 Gigabit';
  if (p.Capabilities.some((c) => c.Letter === 'n')) {
    return vcpus <= 16 ? 'Up to 25 Gigabit' : vcpus <= 48 ? '50 Gigabit' : '100 Gigabit';
  }
  if (p.Generation <= 5) {
    return vcpus <= 16 ? 'Up to 10 Gigabit' : vcpus <= 32 ? '10 Gigabit' : vcpus <= 48 ? '12 Gigabit' : vcpus <= 64 ? '20 Gigabit' : '25 Gigabit';
  }
  if (vcpus <= 16) return 'Up to 12.5 Gigabit';
  return vcpus <= 32 ? '12.5 Gigabit' : vcpus <= 48 ? '18.75 Gigabit' : vcpus <= 64 ? '25 Gigabit' : vcpus <= 96 ? '37.5 Gigabit' : '50 Gigabit';
}

/** Everything `row()` needs to build a catalogue entry. */
export interface DerivedSpec {
  category: InstanceCategory;
  vcpus: number;
  memoryMiB: number;
  maxNetworkInterfaces: number;
  ipv4PerInterface: number;
  ipv6PerInterface: number;
  maxEbsAttachments: number;
  networkPerformance: string;
  options: RowOptions;
}

function ebsAttachments(p: ParsedInstanceTypeName, family: string, xen: boolean, metal: boolean, disks: number, dedicated: boolean): number {
  if (xen) return STORE_ROOT.has(family) || family === 't1' ? 39 : 40;
  if (dedicated) return 32;
  if (metal) return 31;
  return p.Family === 't' ? 27 : 27 - disks;
}

/**
 * Specs for a listed name by the rules above; `sibling` is a catalogue entry of the same family (AWS's own numbers)
 * whose family-wide facts (generation, Dedicated Hosts, Spot, EBS limit type) the derived entry takes over.
 */
export function deriveInstanceTypeSpec(name: string, sibling?: InstanceTypeInfo): DerivedSpec | undefined {
  if (!isListedInstanceType(name)) return undefined;
  const p = parseInstanceTypeName(name);
  if (!p) return undefined;
  const family = p.InstanceFamily;
  const size = p.Size;
  const metal = size.startsWith('metal');
  const xen = XEN.has(family) && !metal;
  const irregular = Object.hasOwn(IRREGULAR, name) ? IRREGULAR[name] : undefined;
  const vcpus = irregular?.[0] ?? vcpusOf(p, family, size);
  const memoryMiB = irregular?.[1] ?? memoryOf(p, family, size, vcpus);
  const burst = p.Family === 't' ? BURSTABLE[size] : undefined;
  const [enis, ipv4] = burst ? [burst[3], burst[4]] : interfaces(vcpus);
  const store = instanceStore(p, family, vcpus, xen);
  const x86 = !isArm(p) && p.Family !== 'mac';
  const dedicated =
    sibling?.ebsAttachmentLimitType === 'dedicated' ||
    (!sibling && x86 && p.Generation >= 7 && p.Capabilities.some((c) => c.Letter === 'i' || c.Letter === 'a'));
  const flex = p.Capabilities.some((c) => c.Letter === 'flex');
  const noHosts = p.Family === 'hpc' || flex || (p.Family === 't' && family !== 't3') || p.Category === 'Accelerated Computing';
  const options: RowOptions = {
    arch: architectures(p, family, size),
    xen,
    metal,
    previous: sibling ? !sibling.currentGeneration : PREVIOUS.has(family),
    ...(store ? { store } : {}),
    ...(NO_ENA.has(family) ? { ena: 'none' as const } : SRIOV.has(family) && xen ? { ena: 'sriov' as const } : {}),
    ...(store && CW_RECOVER_WITH_STORE.has(family) ? { cwRecover: true } : {}),
    ...(p.Family === 'mac' ? { cwRecover: false } : {}),
    burstable: p.Family === 't',
    dedicatedHosts: sibling?.supportsDedicatedHosts ?? !noHosts,
    spot: p.Family !== 'u' && p.Family !== 'mac' && p.Family !== 'hpc' && name !== 't2.nano',
    ebsDedicated: dedicated,
    storeRoot: xen && store !== undefined && STORE_ROOT.has(family),
  };
  return {
    category: p.Family === 'hpc' ? 'HPC Optimized' : p.Category,
    vcpus,
    memoryMiB,
    maxNetworkInterfaces: enis,
    ipv4PerInterface: ipv4,
    ipv6PerInterface: NO_IPV6.has(family) ? 0 : ipv4,
    maxEbsAttachments: ebsAttachments(p, family, xen, metal, store?.[0] ?? 0, dedicated),
    networkPerformance: networkPerformance(p, family, vcpus, xen),
    options,
  };
}
