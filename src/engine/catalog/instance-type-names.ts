import type { InstanceCategory } from './instance-types';

/**
 * The EC2 instance type naming scheme (rule 80, course "Naming Scheme"): `r5dn.8xlarge` is
 * family `r` + generation `5` + capabilities `d` `n` + "." + size `8xlarge`.
 *
 * The parser reads any name that follows the scheme, in the catalogue or not (`m7i.large` parses), and refuses
 * anything else (`t3.enormous`, `foo`, `m5.`, `.large`). Pure: no world involved.
 */

export interface Capability {
  Letter: string;
  Meaning: string;
}

export interface ParsedInstanceTypeName {
  /** The name as parsed, lower-cased (`R5dn.8xlarge` → `r5dn.8xlarge`). */
  InstanceType: string;
  /** The instance family letters (AWS calls them the series): `r`, `hpc`, `inf`, `mac`, `u`. */
  Family: string;
  FamilyMeaning: string;
  /** The generation digit(s): higher is newer. */
  Generation: number;
  /** Additional capabilities, in the order they appear (`d`, `n`), plus `flex` for Flex instances. */
  Capabilities: Capability[];
  /** Everything after the dot: `nano`…`48xlarge`, `metal`, `metal-24xl`. */
  Size: string;
  SizeMeaning: string;
  Category: InstanceCategory;
  /** What AWS calls the instance family in Reserved Instance terms: the part before the dot (`r5dn`). */
  InstanceFamily: string;
  /** A suffix after a dash that is not a capability: `6tb` (u-6tb1), `m2pro` (mac2-m2pro). */
  Variant?: string;
  VariantMeaning?: string;
  /** RI normalization factor of the size (undefined for `metal`, which depends on the family). */
  NormalizationFactor?: number;
}

interface FamilyDef {
  meaning: string;
  category: InstanceCategory;
}

/** Instance families (series) AWS uses, with the mnemonic most courses teach. */
const FAMILIES: Record<string, FamilyDef> = {
  a: { meaning: 'A: first-generation AWS Graviton (Arm) general purpose', category: 'General Purpose' },
  m: { meaning: 'M: "main", balanced general purpose', category: 'General Purpose' },
  t: { meaning: 'T: "turbo", burstable general purpose with CPU credits', category: 'General Purpose' },
  mac: { meaning: 'Mac: macOS on dedicated Apple hardware', category: 'General Purpose' },
  c: { meaning: 'C: compute optimized, a high ratio of CPU to memory', category: 'Compute Optimized' },
  r: { meaning: 'R: "RAM", memory optimized', category: 'Memory Optimized' },
  x: { meaning: 'X: "extra" large memory', category: 'Memory Optimized' },
  z: { meaning: 'Z: high-frequency CPUs with lots of memory', category: 'Memory Optimized' },
  u: { meaning: 'U: high memory (terabytes of RAM) for in-memory databases such as SAP HANA', category: 'Memory Optimized' },
  p: { meaning: 'P: GPUs for machine learning and HPC ("parallel")', category: 'Accelerated Computing' },
  g: { meaning: 'G: GPUs for graphics and inference', category: 'Accelerated Computing' },
  gr: { meaning: 'Gr: GPUs with more memory per vCPU, for graphics-heavy work', category: 'Accelerated Computing' },
  f: { meaning: 'F: FPGAs you program yourself', category: 'Accelerated Computing' },
  inf: { meaning: 'Inf: AWS Inferentia chips for machine-learning inference', category: 'Accelerated Computing' },
  trn: { meaning: 'Trn: AWS Trainium chips for machine-learning training', category: 'Accelerated Computing' },
  dl: { meaning: 'DL: deep-learning accelerators', category: 'Accelerated Computing' },
  vt: { meaning: 'VT: video transcoding accelerators', category: 'Accelerated Computing' },
  i: { meaning: 'I: "I/O", fast local NVMe SSD storage', category: 'Storage Optimized' },
  im: { meaning: 'Im: storage optimized with 4 GiB of memory per vCPU', category: 'Storage Optimized' },
  is: { meaning: 'Is: storage optimized with 6 GiB of memory per vCPU', category: 'Storage Optimized' },
  d: { meaning: 'D: "dense" HDD storage', category: 'Storage Optimized' },
  h: { meaning: 'H: HDD storage for high sequential throughput', category: 'Storage Optimized' },
  hpc: { meaning: 'Hpc: high performance computing (tightly coupled simulations)', category: 'HPC Optimized' },
  // Retired first-generation families the API still accepts.
  cc: { meaning: 'CC: cluster compute (retired), the ancestor of C and HPC', category: 'Compute Optimized' },
  cg: { meaning: 'CG: cluster GPU (retired), the ancestor of G and P', category: 'Accelerated Computing' },
  cr: { meaning: 'CR: high-memory cluster (retired), the ancestor of R', category: 'Memory Optimized' },
  hi: { meaning: 'HI: high I/O SSD storage (retired), the ancestor of I', category: 'Storage Optimized' },
  hs: { meaning: 'HS: high storage on HDD (retired), the ancestor of D', category: 'Storage Optimized' },
};

/** Additional capability letters (course: a = AMD, d = NVMe storage, n = network, e = extra RAM or storage). */
const CAPABILITIES: Record<string, string> = {
  a: 'AMD processors',
  b: 'block storage (EBS) performance optimized',
  d: 'instance store: local NVMe SSD disks on the host',
  e: 'extra capacity: more memory or storage',
  f: 'fractional GPUs: a share of one GPU',
  g: 'AWS Graviton (Arm) processors',
  h: 'HPE hardware (High Memory)',
  i: 'Intel processors',
  n: 'network optimized: more network (and EBS) bandwidth',
  q: 'Qualcomm inference accelerators',
  s: 'small: a single-GPU size of the family',
  u: 'UltraServer: instances joined by a fast accelerator interconnect',
  z: 'high CPU frequency',
};

const FLEX_MEANING = 'Flex: lower price for workloads that do not use all the CPU all the time';

const NAMED_SIZES: Record<string, { factor: number; meaning: string }> = {
  nano: { factor: 0.25, meaning: 'nano: the smallest size (a quarter of a small)' },
  micro: { factor: 0.5, meaning: 'micro: half a small' },
  small: { factor: 1, meaning: 'small: the unit the other sizes are measured in' },
  medium: { factor: 2, meaning: 'medium: twice a small' },
  large: { factor: 4, meaning: 'large: four times a small' },
  xlarge: { factor: 8, meaning: 'xlarge: twice a large' },
};

/** The largest multiple of xlarge AWS sells (u7inh-32tb.480xlarge). */
const MAX_XLARGE = 480;

export type ParseOutcome = { ok: true; parsed: ParsedInstanceTypeName } | { ok: false; reason: string };

function parseSize(size: string): { meaning: string; factor?: number } | undefined {
  const named = Object.hasOwn(NAMED_SIZES, size) ? NAMED_SIZES[size] : undefined;
  if (named) return { meaning: named.meaning, factor: named.factor };
  const multiple = /^([1-9]\d{0,2})xlarge$/.exec(size);
  if (multiple) {
    const n = Number(multiple[1]);
    if (n < 2 || n > MAX_XLARGE) return undefined;
    return { meaning: `${size}: ${n} times an xlarge (${8 * n} normalization units)`, factor: 8 * n };
  }
  if (size === 'metal') {
    return { meaning: 'metal: bare metal, the whole physical server with no hypervisor (as big as the largest size)' };
  }
  const sizedMetal = /^metal-([1-9]\d{0,2})xl$/.exec(size);
  if (sizedMetal) {
    const n = Number(sizedMetal[1]);
    if (n < 2 || n > MAX_XLARGE) return undefined;
    return {
      meaning: `${size}: bare metal with the resources of a ${n}xlarge`,
      factor: 8 * n,
    };
  }
  return undefined;
}

function parseVariant(variant: string): string | undefined {
  const tb = /^([1-9]\d?)tb$/.exec(variant);
  if (tb) return `${tb[1]} TiB of memory`;
  const apple = /^m([1-9])(pro|max|ultra)?$/.exec(variant);
  if (apple) {
    const tier = apple[2] ?? '';
    return `Apple M${apple[1]}${tier ? ` ${tier.charAt(0).toUpperCase()}${tier.slice(1)}` : ''} silicon`;
  }
  const gpu = /^b([1-9]\d{2})$/.exec(variant);
  if (gpu) return `NVIDIA B${gpu[1]} GPUs`;
  const superchip = /^gb([1-9]\d{2})$/.exec(variant);
  if (superchip) return `NVIDIA GB${superchip[1]} Grace Blackwell superchips (Arm Grace CPUs)`;
  return undefined;
}

/** Parse with the reason a name is refused, for messages that teach. */
export function analyzeInstanceTypeName(input: string): ParseOutcome {
  if (typeof input !== 'string') return { ok: false, reason: 'An instance type is a string like r5dn.8xlarge.' };
  const name = input.trim().toLowerCase();
  const dot = name.indexOf('.');
  if (dot < 0) {
    return { ok: false, reason: `'${input}' has no '.': an instance type is family + generation + capabilities, a dot, then the size (r5dn.8xlarge).` };
  }
  if (name.indexOf('.', dot + 1) >= 0) return { ok: false, reason: `'${input}' has more than one '.'.` };
  const prefix = name.slice(0, dot);
  const size = name.slice(dot + 1);
  if (prefix === '') return { ok: false, reason: `'${input}' has no family before the dot.` };
  if (size === '') return { ok: false, reason: `'${input}' has no size after the dot.` };

  let family: string;
  let generation: string;
  let letters = '';
  let variant: string | undefined;
  let flex = false;
  // u-6tb1: the High Memory family puts the memory size first.
  const highMemory = /^([a-z]+)-([1-9]\d?tb)([1-9]\d?)$/.exec(prefix);
  // mac-m4pro: the newest Mac types name the Apple chip instead of a generation.
  const appleChip = /^(mac)-(m([1-9])(?:pro|max|ultra)?)$/.exec(prefix);
  if (appleChip) {
    family = 'mac';
    variant = appleChip[2];
    generation = appleChip[3] ?? '';
  } else if (highMemory) {
    family = highMemory[1] ?? '';
    variant = highMemory[2];
    generation = highMemory[3] ?? '';
  } else {
    const m = /^([a-z]+?)([1-9]\d?)([a-z]*)(?:-([a-z0-9]+))?$/.exec(prefix);
    if (!m) {
      return {
        ok: false,
        reason: `'${prefix}' is not family letters followed by a generation number and capability letters.`,
      };
    }
    family = m[1] ?? '';
    generation = m[2] ?? '';
    letters = m[3] ?? '';
    if (m[4] === 'flex') flex = true;
    else if (m[4] !== undefined) variant = m[4];
  }

  const familyDef = Object.hasOwn(FAMILIES, family) ? FAMILIES[family] : undefined;
  if (!familyDef) return { ok: false, reason: `'${family}' is not an EC2 instance family.` };

  const capabilities: Capability[] = [];
  for (const letter of letters) {
    const meaning = Object.hasOwn(CAPABILITIES, letter) ? CAPABILITIES[letter] : undefined;
    if (!meaning) return { ok: false, reason: `'${letter}' in '${prefix}' is not a capability letter (a b d e f g h i n q s u z).` };
    if (capabilities.some((c) => c.Letter === letter)) {
      return { ok: false, reason: `Capability '${letter}' appears twice in '${prefix}'.` };
    }
    capabilities.push({ Letter: letter, Meaning: meaning });
  }
  if (flex) capabilities.push({ Letter: 'flex', Meaning: FLEX_MEANING });

  let variantMeaning: string | undefined;
  if (variant !== undefined) {
    variantMeaning = parseVariant(variant);
    if (!variantMeaning) return { ok: false, reason: `'-${variant}' in '${prefix}' is not a known suffix.` };
  }

  const sizeInfo = parseSize(size);
  if (!sizeInfo) {
    return { ok: false, reason: `'${size}' is not an instance size (nano, micro, small, medium, large, xlarge, 2xlarge … 48xlarge, metal).` };
  }

  return {
    ok: true,
    parsed: {
      InstanceType: name,
      Family: family,
      FamilyMeaning: familyDef.meaning,
      Generation: Number(generation),
      Capabilities: capabilities,
      Size: size,
      SizeMeaning: sizeInfo.meaning,
      Category: familyDef.category,
      InstanceFamily: prefix,
      ...(variant !== undefined ? { Variant: variant, VariantMeaning: variantMeaning } : {}),
      ...(sizeInfo.factor !== undefined ? { NormalizationFactor: sizeInfo.factor } : {}),
    },
  };
}

/** Parse an instance type name by the naming scheme; `undefined` when it does not follow it. */
export function parseInstanceTypeName(name: string): ParsedInstanceTypeName | undefined {
  const outcome = analyzeInstanceTypeName(name);
  return outcome.ok ? outcome.parsed : undefined;
}

/** The category the course puts an instance family in (`r` → Memory Optimized), or undefined. */
export function categoryOfFamily(family: string): InstanceCategory | undefined {
  return FAMILIES[family.toLowerCase()]?.category;
}

/**
 * Course "Virtualization Fundamentals": what a catalogue type says about how it is virtualized. Needs the catalogue
 * (hypervisor, bare metal, enhanced networking are facts of real types, not of the name).
 */
export interface VirtualizationFacts {
  /** `nitro` (current types), `xen` (older ones) or `none` for bare metal. */
  Hypervisor: { Name: 'nitro' | 'xen' | 'none'; Meaning: string };
  BareMetal: boolean;
  EnhancedNetworking: { Supported: boolean; Adapter?: 'ENA' | 'Intel 82599 VF'; Meaning: string };
}

const HYPERVISOR_MEANING = {
  nitro:
    'Nitro: a lightweight hypervisor; networking, EBS and management run on dedicated Nitro cards, so nearly all of the host’s CPU and memory go to the instances.',
  xen: 'Xen: the hypervisor of older generations; the host software that emulates devices shares the CPUs with the instances.',
  none: 'No hypervisor: bare metal, the instance is the whole physical server (Nitro cards still provide networking and EBS).',
} as const;

const ENHANCED_NETWORKING = {
  ena: {
    Supported: true,
    Adapter: 'ENA',
    Meaning:
      'Enhanced networking with the Elastic Network Adapter (SR-IOV): the network card is virtualized in hardware and the instance talks to it directly, so network I/O no longer goes through the hypervisor: more bandwidth and packets per second, lower latency, less CPU.',
  },
  sriov: {
    Supported: true,
    Adapter: 'Intel 82599 VF',
    Meaning:
      'Enhanced networking with the Intel 82599 Virtual Function (SR-IOV, up to 10 Gbps): the instance talks to a slice of the physical network card directly instead of through the hypervisor.',
  },
  none: {
    Supported: false,
    Meaning:
      'No enhanced networking: the hypervisor emulates the network card in software, so every packet costs host CPU and network I/O becomes the bottleneck when many instances are busy.',
  },
} as const;

export function virtualizationFacts(info: {
  hypervisor: 'nitro' | 'xen' | undefined;
  bareMetal: boolean;
  enhancedNetworking: 'ena' | 'sriov' | 'none';
}): VirtualizationFacts {
  const name = info.bareMetal || info.hypervisor === undefined ? 'none' : info.hypervisor;
  const en = ENHANCED_NETWORKING[info.enhancedNetworking];
  return {
    Hypervisor: { Name: name, Meaning: HYPERVISOR_MEANING[name] },
    BareMetal: info.bareMetal,
    EnhancedNetworking: { Supported: en.Supported, ...('Adapter' in en ? { Adapter: en.Adapter } : {}), Meaning: en.Meaning },
  };
}
