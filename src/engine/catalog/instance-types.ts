/**
 * A catalogue of real EC2 instance types. Every number (vCPUs, memory, network interfaces, addresses per interface,
 * instance store, EBS attachment slots, network performance, auto-recovery support) is AWS's own, as
 * `DescribeInstanceTypes` returns it (a 2025 dump of us-east-1, the same data docs/reference/ec2-rules.md §2
 * quotes). A few retired types the course still names (u-6tb1.metal, p3.2xlarge, f1.2xlarge) carry the values AWS
 * published for them.
 *
 * Every other name the EC2 API accepts gets specs derived from its family and size (instance-type-derive.ts), marked
 * `derived: true`.
 *
 * Pure data and pure functions: no world, no randomness.
 */
import { deriveInstanceTypeSpec, isListedInstanceType, listedInstanceTypeNames } from './instance-type-derive';

export { toDescribeInstanceType } from './instance-type-shape';

/** The course's EC2 categories (plus HPC, which AWS lists separately). */
export type InstanceCategory =
  | 'General Purpose'
  | 'Compute Optimized'
  | 'Memory Optimized'
  | 'Accelerated Computing'
  | 'Storage Optimized'
  | 'HPC Optimized';

export const INSTANCE_CATEGORIES: readonly InstanceCategory[] = [
  'General Purpose',
  'Compute Optimized',
  'Memory Optimized',
  'Accelerated Computing',
  'Storage Optimized',
  'HPC Optimized',
];

export type Architecture = 'x86_64' | 'arm64' | 'x86_64_mac' | 'arm64_mac' | 'i386';

export interface InstanceStoreInfo {
  /** Total instance store capacity, in GB as DescribeInstanceTypes reports it (`TotalSizeInGB`). */
  totalGiB: number;
  /** Number of instance store disks. */
  disks: number;
  /** Size of each disk, GB. */
  diskSizeGiB: number;
  /** Disk type. */
  type: 'ssd' | 'hdd';
  /** NVMe support of the instance store (`required` on Nitro, `unsupported` on old Xen types). */
  nvme: 'required' | 'supported' | 'unsupported';
}

export interface InstanceTypeInfo {
  /** The full instance type name, e.g. `r5dn.8xlarge`. */
  name: string;
  category: InstanceCategory;
  vcpus: number;
  memoryMiB: number;
  architectures: Architecture[];
  /** `undefined` for bare metal: no hypervisor at all (AWS omits `Hypervisor` for metal types). */
  hypervisor: 'nitro' | 'xen' | undefined;
  bareMetal: boolean;
  currentGeneration: boolean;
  /** Most network interfaces (ENIs) the instance can have attached, primary included (rule 18). */
  maxNetworkInterfaces: number;
  /** Most private IPv4 addresses on one ENI, the primary included (rule 19). */
  ipv4PerInterface: number;
  /** Most IPv6 addresses on one ENI; 0 when the type has no IPv6 (rule 27). */
  ipv6PerInterface: number;
  /** Local disks on the host; absent for EBS-only types. Data is lost on stop, hibernate, terminate and recovery. */
  instanceStore?: InstanceStoreInfo;
  /**
   * Simplified automatic recovery (rule 79): on by default for EBS-only virtualised types; never for types with
   * instance store, never for bare metal, never where AWS reports `AutoRecoverySupported: false`.
   */
  autoRecoverySupported: boolean;
  /**
   * A CloudWatch alarm `ec2:recover` action is accepted: AWS's `AutoRecoverySupported` flag. True for EBS-only types
   * (metal included), and for M3/C3/R3/X1/X1e/X2idn/X2iedn even with instance store (whose data is then lost).
   */
  cloudWatchRecoverSupported: boolean;
  /**
   * EBS volume attachment slots as DescribeInstanceTypes reports them (rule 62). On Nitro the limit is shared
   * (`AttachmentLimitType: shared`) with network interfaces and NVMe instance-store disks: the figure already counts
   * the primary ENI and the instance-store disks; each extra ENI takes one more slot. Xen types: 39–40.
   */
  maxEbsAttachments: number;
  /** AWS's network performance text, e.g. `Up to 10 Gigabit`. */
  networkPerformance: string;
  /** Enhanced networking: ENA (all Nitro and some Xen types), Intel 82599 VF (`sriov`) on C3/R3/D2, or none. */
  enhancedNetworking: 'ena' | 'sriov' | 'none';
  /** T2/T3/T3a/T4g: CPU credits, baseline plus bursts. */
  burstable: boolean;
  /** Can be launched on a Dedicated Host of its family. */
  supportsDedicatedHosts: boolean;
  /** Family part of the name (`r5dn`). */
  family?: string;
  /** Size part of the name (`8xlarge`). */
  size?: string;
  /** Offered as Spot capacity (SupportedUsageClasses contains `spot`). */
  spotSupported?: boolean;
  /** Root device types the type can boot from: instance-store-backed AMIs only run on a few old Xen types. */
  rootDeviceTypes?: ('ebs' | 'instance-store')[];
  /** Physical network cards (several on the largest network-heavy types). */
  maxNetworkCards?: number;
  /** `dedicated` on 7th-generation Intel/AMD types, whose EBS slots are not shared with ENIs. */
  ebsAttachmentLimitType?: 'shared' | 'dedicated';
  /**
   * True when the numbers are the lab's estimate from the family and size rules (instance-type-derive.ts), not
   * AWS's own: the type exists (the API accepts it) but the catalogue has no published figures for it.
   */
  derived?: boolean;
}

const GP: InstanceCategory = 'General Purpose';
const CO: InstanceCategory = 'Compute Optimized';
const MO: InstanceCategory = 'Memory Optimized';
const AC: InstanceCategory = 'Accelerated Computing';
const SO: InstanceCategory = 'Storage Optimized';
const HPC: InstanceCategory = 'HPC Optimized';

export interface RowOptions {
  arch?: Architecture[];
  xen?: boolean;
  metal?: boolean;
  previous?: boolean;
  /** [disk count, GB per disk, type, NVMe support] */
  store?: [number, number, 'ssd' | 'hdd', InstanceStoreInfo['nvme']];
  /** Only when not what the hypervisor implies (ENA). */
  ena?: 'sriov' | 'none';
  /** AWS's AutoRecoverySupported when it differs from "EBS-only". */
  cwRecover?: boolean;
  burstable?: boolean;
  dedicatedHosts?: boolean;
  spot?: boolean;
  networkCards?: number;
  ebsDedicated?: boolean;
  storeRoot?: boolean;
}

function row(
  name: string,
  category: InstanceCategory,
  vcpus: number,
  memoryMiB: number,
  maxNetworkInterfaces: number,
  ipv4PerInterface: number,
  ipv6PerInterface: number,
  maxEbsAttachments: number,
  networkPerformance: string,
  o: RowOptions = {},
): InstanceTypeInfo {
  const dot = name.indexOf('.');
  const bareMetal = o.metal ?? false;
  const instanceStore: InstanceStoreInfo | undefined = o.store
    ? { totalGiB: o.store[0] * o.store[1], disks: o.store[0], diskSizeGiB: o.store[1], type: o.store[2], nvme: o.store[3] }
    : undefined;
  const cloudWatchRecoverSupported = o.cwRecover ?? !instanceStore;
  return {
    name,
    category,
    vcpus,
    memoryMiB,
    architectures: o.arch ?? ['x86_64'],
    hypervisor: bareMetal ? undefined : o.xen ? 'xen' : 'nitro',
    bareMetal,
    currentGeneration: !o.previous,
    maxNetworkInterfaces,
    ipv4PerInterface,
    ipv6PerInterface,
    ...(instanceStore ? { instanceStore } : {}),
    autoRecoverySupported: cloudWatchRecoverSupported && !instanceStore && !bareMetal,
    cloudWatchRecoverSupported,
    maxEbsAttachments,
    networkPerformance,
    enhancedNetworking: o.ena ?? 'ena',
    burstable: o.burstable ?? false,
    supportsDedicatedHosts: o.dedicatedHosts ?? true,
    family: name.slice(0, dot),
    size: name.slice(dot + 1),
    spotSupported: o.spot ?? true,
    rootDeviceTypes: o.storeRoot ? ['ebs', 'instance-store'] : ['ebs'],
    maxNetworkCards: o.networkCards ?? 1,
    ebsAttachmentLimitType: o.ebsDedicated ? 'dedicated' : 'shared',
  };
}

// prettier-ignore
// name, category, vCPUs, memory MiB, max ENIs, IPv4/ENI, IPv6/ENI, max EBS attachments, network performance, options
const CATALOG: readonly InstanceTypeInfo[] = [
  // General Purpose
  row('t2.nano', GP, 1, 512, 2, 2, 2, 40, 'Low to Moderate', { arch: ['i386', 'x86_64'], xen: true, ena: 'none', burstable: true, dedicatedHosts: false, spot: false }),
  row('t2.micro', GP, 1, 1024, 2, 2, 2, 40, 'Low to Moderate', { arch: ['i386', 'x86_64'], xen: true, ena: 'none', burstable: true, dedicatedHosts: false }),
  row('t2.small', GP, 1, 2048, 3, 4, 4, 40, 'Low to Moderate', { arch: ['i386', 'x86_64'], xen: true, ena: 'none', burstable: true, dedicatedHosts: false }),
  row('t2.medium', GP, 2, 4096, 3, 6, 6, 40, 'Low to Moderate', { arch: ['i386', 'x86_64'], xen: true, ena: 'none', burstable: true, dedicatedHosts: false }),
  row('t2.large', GP, 2, 8192, 3, 12, 12, 40, 'Low to Moderate', { xen: true, ena: 'none', burstable: true, dedicatedHosts: false }),
  row('t3.nano', GP, 2, 512, 2, 2, 2, 27, 'Up to 5 Gigabit', { burstable: true }),
  row('t3.micro', GP, 2, 1024, 2, 2, 2, 27, 'Up to 5 Gigabit', { burstable: true }),
  row('t3.small', GP, 2, 2048, 3, 4, 4, 27, 'Up to 5 Gigabit', { burstable: true }),
  row('t3.medium', GP, 2, 4096, 3, 6, 6, 27, 'Up to 5 Gigabit', { burstable: true }),
  row('t3.large', GP, 2, 8192, 3, 12, 12, 27, 'Up to 5 Gigabit', { burstable: true }),
  row('t3.xlarge', GP, 4, 16384, 4, 15, 15, 27, 'Up to 5 Gigabit', { burstable: true }),
  row('t3.2xlarge', GP, 8, 32768, 4, 15, 15, 27, 'Up to 5 Gigabit', { burstable: true }),
  row('t3a.micro', GP, 2, 1024, 2, 2, 2, 27, 'Up to 5 Gigabit', { burstable: true, dedicatedHosts: false }),
  row('t3a.large', GP, 2, 8192, 3, 12, 12, 27, 'Up to 5 Gigabit', { burstable: true, dedicatedHosts: false }),
  row('t4g.micro', GP, 2, 1024, 2, 2, 2, 27, 'Up to 5 Gigabit', { arch: ['arm64'], burstable: true, dedicatedHosts: false }),
  row('t4g.medium', GP, 2, 4096, 3, 6, 6, 27, 'Up to 5 Gigabit', { arch: ['arm64'], burstable: true, dedicatedHosts: false }),
  row('m1.small', GP, 1, 1740, 2, 4, 0, 39, 'Low', { arch: ['i386', 'x86_64'], xen: true, previous: true, store: [1, 160, 'hdd', 'unsupported'], ena: 'none', dedicatedHosts: false, storeRoot: true }),
  row('m3.medium', GP, 1, 3840, 2, 6, 0, 39, 'Moderate', { xen: true, previous: true, store: [1, 4, 'ssd', 'unsupported'], ena: 'none', cwRecover: true, storeRoot: true }),
  row('m5.large', GP, 2, 8192, 3, 10, 10, 27, 'Up to 10 Gigabit', { previous: true }),
  row('m5.xlarge', GP, 4, 16384, 4, 15, 15, 27, 'Up to 10 Gigabit', { previous: true }),
  row('m5.2xlarge', GP, 8, 32768, 4, 15, 15, 27, 'Up to 10 Gigabit', { previous: true }),
  row('m5.4xlarge', GP, 16, 65536, 8, 30, 30, 27, 'Up to 10 Gigabit', { previous: true }),
  row('m5.8xlarge', GP, 32, 131072, 8, 30, 30, 27, '10 Gigabit', { previous: true }),
  row('m5.12xlarge', GP, 48, 196608, 8, 30, 30, 27, '12 Gigabit', { previous: true }),
  row('m5.16xlarge', GP, 64, 262144, 15, 50, 50, 27, '20 Gigabit', { previous: true }),
  row('m5.24xlarge', GP, 96, 393216, 15, 50, 50, 27, '25 Gigabit', { previous: true }),
  row('m5.metal', GP, 96, 393216, 15, 50, 50, 31, '25 Gigabit', { metal: true, previous: true }),
  row('m5d.large', GP, 2, 8192, 3, 10, 10, 26, 'Up to 10 Gigabit', { store: [1, 75, 'ssd', 'required'] }),
  row('m5d.xlarge', GP, 4, 16384, 4, 15, 15, 26, 'Up to 10 Gigabit', { store: [1, 150, 'ssd', 'required'] }),
  row('m5dn.large', GP, 2, 8192, 3, 10, 10, 26, 'Up to 25 Gigabit', { store: [1, 75, 'ssd', 'required'] }),
  row('m5zn.large', GP, 2, 8192, 3, 10, 10, 27, 'Up to 25 Gigabit'),
  row('m6a.large', GP, 2, 8192, 3, 10, 10, 27, 'Up to 12.5 Gigabit'),
  row('m6i.large', GP, 2, 8192, 3, 10, 10, 27, 'Up to 12.5 Gigabit', { previous: true }),
  row('m6i.xlarge', GP, 4, 16384, 4, 15, 15, 27, 'Up to 12.5 Gigabit', { previous: true }),
  row('m6g.medium', GP, 1, 4096, 2, 4, 4, 27, 'Up to 10 Gigabit', { arch: ['arm64'] }),
  row('m6g.large', GP, 2, 8192, 3, 10, 10, 27, 'Up to 10 Gigabit', { arch: ['arm64'] }),
  row('m7g.large', GP, 2, 8192, 3, 10, 10, 27, 'Up to 12.5 Gigabit', { arch: ['arm64'] }),
  row('m7i.large', GP, 2, 8192, 3, 10, 10, 32, 'Up to 12.5 Gigabit', { ebsDedicated: true }),
  row('m7i-flex.large', GP, 2, 8192, 3, 10, 10, 32, 'Up to 12.5 Gigabit', { dedicatedHosts: false, ebsDedicated: true }),
  row('mac1.metal', GP, 12, 32768, 8, 30, 30, 16, '25 Gigabit', { arch: ['x86_64_mac'], metal: true, cwRecover: false, spot: false }),
  row('mac2.metal', GP, 8, 16384, 8, 30, 30, 10, '10 Gigabit', { arch: ['arm64_mac'], metal: true, cwRecover: false, spot: false }),
  // Compute Optimized
  row('c3.large', CO, 2, 3840, 3, 10, 10, 39, 'Moderate', { arch: ['i386', 'x86_64'], xen: true, previous: true, store: [2, 16, 'ssd', 'unsupported'], ena: 'sriov', cwRecover: true, storeRoot: true }),
  row('c5.large', CO, 2, 4096, 3, 10, 10, 27, 'Up to 10 Gigabit', { previous: true }),
  row('c5.xlarge', CO, 4, 8192, 4, 15, 15, 27, 'Up to 10 Gigabit', { previous: true }),
  row('c5.2xlarge', CO, 8, 16384, 4, 15, 15, 27, 'Up to 10 Gigabit', { previous: true }),
  row('c5.4xlarge', CO, 16, 32768, 8, 30, 30, 27, 'Up to 10 Gigabit', { previous: true }),
  row('c5.9xlarge', CO, 36, 73728, 8, 30, 30, 27, '12 Gigabit', { previous: true }),
  row('c5.metal', CO, 96, 196608, 15, 50, 50, 31, '25 Gigabit', { metal: true, previous: true, dedicatedHosts: false }),
  row('c5d.large', CO, 2, 4096, 3, 10, 10, 26, 'Up to 10 Gigabit', { store: [1, 50, 'ssd', 'required'] }),
  row('c5n.large', CO, 2, 5376, 3, 10, 10, 27, 'Up to 25 Gigabit'),
  row('c5n.18xlarge', CO, 72, 196608, 15, 50, 50, 27, '100 Gigabit'),
  row('c6a.large', CO, 2, 4096, 3, 10, 10, 27, 'Up to 12.5 Gigabit'),
  row('c6g.large', CO, 2, 4096, 3, 10, 10, 27, 'Up to 10 Gigabit', { arch: ['arm64'] }),
  row('c6gn.large', CO, 2, 4096, 3, 10, 10, 27, 'Up to 25 Gigabit', { arch: ['arm64'], previous: true }),
  row('c7g.large', CO, 2, 4096, 3, 10, 10, 27, 'Up to 12.5 Gigabit', { arch: ['arm64'] }),
  row('c7i-flex.large', CO, 2, 4096, 3, 10, 10, 32, 'Up to 12.5 Gigabit', { dedicatedHosts: false, ebsDedicated: true }),
  // Memory Optimized
  row('r3.large', MO, 2, 15360, 3, 10, 10, 39, 'Moderate', { xen: true, previous: true, store: [1, 32, 'ssd', 'unsupported'], ena: 'sriov', cwRecover: true, storeRoot: true }),
  row('r5.large', MO, 2, 16384, 3, 10, 10, 27, 'Up to 10 Gigabit', { previous: true }),
  row('r5.xlarge', MO, 4, 32768, 4, 15, 15, 27, 'Up to 10 Gigabit', { previous: true }),
  row('r5.2xlarge', MO, 8, 65536, 4, 15, 15, 27, 'Up to 10 Gigabit', { previous: true }),
  row('r5.4xlarge', MO, 16, 131072, 8, 30, 30, 27, 'Up to 10 Gigabit', { previous: true }),
  row('r5b.large', MO, 2, 16384, 3, 10, 10, 27, 'Up to 10 Gigabit'),
  row('r5d.large', MO, 2, 16384, 3, 10, 10, 26, 'Up to 10 Gigabit', { store: [1, 75, 'ssd', 'required'] }),
  row('r5dn.large', MO, 2, 16384, 3, 10, 10, 26, 'Up to 25 Gigabit', { store: [1, 75, 'ssd', 'required'] }),
  row('r5dn.8xlarge', MO, 32, 262144, 8, 30, 30, 25, '25 Gigabit', { store: [2, 600, 'ssd', 'required'] }),
  row('r5dn.metal', MO, 96, 786432, 15, 50, 50, 31, '100 Gigabit', { metal: true, store: [4, 900, 'ssd', 'required'] }),
  row('r6g.large', MO, 2, 16384, 3, 10, 10, 27, 'Up to 10 Gigabit', { arch: ['arm64'] }),
  row('r6i.large', MO, 2, 16384, 3, 10, 10, 27, 'Up to 12.5 Gigabit', { previous: true }),
  row('r7iz.large', MO, 2, 16384, 3, 10, 10, 32, 'Up to 12.5 Gigabit', { ebsDedicated: true }),
  row('x1.16xlarge', MO, 64, 999424, 8, 30, 30, 40, '10 Gigabit', { xen: true, store: [1, 1920, 'ssd', 'unsupported'], cwRecover: true, storeRoot: true }),
  row('x1e.xlarge', MO, 4, 124928, 3, 10, 10, 40, 'Up to 10 Gigabit', { xen: true, store: [1, 120, 'ssd', 'unsupported'], cwRecover: true }),
  // Retired from today's DescribeInstanceTypes; values as AWS published them for the first High Memory metal type.
  row('u-6tb1.metal', MO, 448, 6291456, 15, 50, 50, 31, '100 Gigabit', { metal: true, spot: false }),
  row('x2gd.medium', MO, 1, 16384, 2, 4, 4, 26, 'Up to 10 Gigabit', { arch: ['arm64'], store: [1, 59, 'ssd', 'required'] }),
  row('x2idn.16xlarge', MO, 64, 1048576, 15, 50, 50, 26, '50 Gigabit', { store: [1, 1900, 'ssd', 'required'], cwRecover: true }),
  row('x2idn.metal', MO, 128, 2097152, 15, 50, 50, 31, '100 Gigabit', { metal: true, store: [2, 1900, 'ssd', 'required'], cwRecover: true }),
  row('x2iedn.xlarge', MO, 4, 131072, 4, 15, 15, 26, 'Up to 25 Gigabit', { store: [1, 118, 'ssd', 'required'], cwRecover: true }),
  row('z1d.large', MO, 2, 16384, 3, 10, 10, 26, 'Up to 10 Gigabit', { store: [1, 75, 'ssd', 'required'] }),
  row('u-6tb1.56xlarge', MO, 224, 6291456, 15, 50, 50, 27, '100 Gigabit', { spot: false }),
  row('u-6tb1.112xlarge', MO, 448, 6291456, 15, 50, 50, 27, '100 Gigabit', { spot: false }),
  // Accelerated Computing
  // p3.2xlarge and f1.2xlarge are retired from today's DescribeInstanceTypes; values as AWS published them (Xen).
  row('p3.2xlarge', AC, 8, 62464, 4, 15, 15, 40, 'Up to 10 Gigabit', { xen: true }),
  row('f1.2xlarge', AC, 8, 124928, 4, 15, 15, 40, 'Up to 10 Gigabit', { xen: true, store: [1, 470, 'ssd', 'required'] }),
  row('p3dn.24xlarge', AC, 96, 786432, 15, 50, 50, 17, '100 Gigabit', { store: [2, 900, 'ssd', 'required'] }),
  row('p4d.24xlarge', AC, 96, 1179648, 60, 50, 50, 28, '4x 100 Gigabit', { store: [8, 1000, 'ssd', 'required'], networkCards: 4, ebsDedicated: true }),
  row('p5.48xlarge', AC, 192, 2097152, 64, 50, 50, 64, '3200 Gigabit', { store: [8, 3800, 'ssd', 'required'], dedicatedHosts: false, networkCards: 32, ebsDedicated: true }),
  row('g4dn.xlarge', AC, 4, 16384, 3, 10, 10, 25, 'Up to 25 Gigabit', { store: [1, 125, 'ssd', 'required'], dedicatedHosts: false }),
  row('g5.xlarge', AC, 4, 16384, 4, 15, 15, 25, 'Up to 10 Gigabit', { store: [1, 250, 'ssd', 'required'], dedicatedHosts: false }),
  row('g5g.xlarge', AC, 4, 8192, 4, 15, 15, 26, 'Up to 10 Gigabit', { arch: ['arm64'], dedicatedHosts: false }),
  row('inf1.xlarge', AC, 4, 8192, 4, 10, 10, 26, 'Up to 25 Gigabit', { dedicatedHosts: false }),
  row('inf2.xlarge', AC, 4, 16384, 4, 15, 15, 26, 'Up to 15 Gigabit', { cwRecover: false, dedicatedHosts: false }),
  row('trn1.2xlarge', AC, 8, 32768, 4, 15, 15, 25, 'Up to 12.5 Gigabit', { store: [1, 474, 'ssd', 'required'] }),
  row('trn1n.32xlarge', AC, 128, 524288, 80, 50, 50, 28, '16x 100 Gigabit', { store: [4, 1900, 'ssd', 'required'], dedicatedHosts: false, networkCards: 16 }),
  row('dl1.24xlarge', AC, 96, 786432, 60, 50, 50, 28, '4x 100 Gigabit', { store: [4, 1000, 'ssd', 'required'], networkCards: 4 }),
  row('vt1.3xlarge', AC, 12, 24576, 4, 15, 15, 25, '3.12 Gigabit'),
  // Storage Optimized
  row('i3.large', SO, 2, 15616, 3, 10, 10, 40, 'Up to 10 Gigabit', { xen: true, store: [1, 475, 'ssd', 'required'] }),
  row('i3.xlarge', SO, 4, 31232, 4, 15, 15, 40, 'Up to 10 Gigabit', { xen: true, store: [1, 950, 'ssd', 'required'] }),
  row('i3en.large', SO, 2, 16384, 3, 10, 10, 26, 'Up to 25 Gigabit', { store: [1, 1250, 'ssd', 'required'] }),
  row('i4i.large', SO, 2, 16384, 3, 10, 10, 26, 'Up to 10 Gigabit', { store: [1, 468, 'ssd', 'required'] }),
  row('i4g.large', SO, 2, 16384, 3, 10, 10, 26, 'Up to 10 Gigabit', { arch: ['arm64'], store: [1, 468, 'ssd', 'required'] }),
  row('im4gn.large', SO, 2, 8192, 3, 10, 10, 26, 'Up to 25 Gigabit', { arch: ['arm64'], store: [1, 937, 'ssd', 'required'] }),
  row('is4gen.medium', SO, 1, 6144, 2, 4, 4, 26, 'Up to 25 Gigabit', { arch: ['arm64'], store: [1, 937, 'ssd', 'required'], dedicatedHosts: false }),
  row('d2.xlarge', SO, 4, 31232, 4, 15, 15, 40, 'Moderate', { xen: true, previous: true, store: [3, 2048, 'hdd', 'unsupported'], ena: 'sriov', storeRoot: true }),
  row('d3.xlarge', SO, 4, 32768, 4, 3, 3, 24, 'Up to 15 Gigabit', { store: [3, 1980, 'hdd', 'required'], dedicatedHosts: false }),
  row('h1.2xlarge', SO, 8, 32768, 4, 15, 15, 40, 'Up to 10 Gigabit', { xen: true, store: [1, 2000, 'hdd', 'unsupported'] }),
  // HPC Optimized
  row('hpc6a.48xlarge', HPC, 96, 393216, 2, 50, 50, 27, '100 Gigabit', { dedicatedHosts: false, spot: false }),
  row('hpc6id.32xlarge', HPC, 64, 1048576, 2, 50, 50, 23, '200 Gigabit', { store: [4, 3800, 'ssd', 'required'], dedicatedHosts: false, spot: false, networkCards: 2 }),
  row('hpc7g.16xlarge', HPC, 64, 131072, 4, 50, 50, 27, '200 Gigabit', { arch: ['arm64'], dedicatedHosts: false, spot: false }),
];

const BY_NAME = new Map(CATALOG.map((t) => [t.name, t]));
const DERIVED = new Map<string, InstanceTypeInfo>();

function derive(name: string): InstanceTypeInfo | undefined {
  const cached = DERIVED.get(name);
  if (cached) return cached;
  const dot = name.indexOf('.');
  const family = name.slice(0, dot);
  const sibling = CATALOG.find((t) => t.family === family && !t.bareMetal);
  const spec = deriveInstanceTypeSpec(name, sibling);
  if (!spec) return undefined;
  const info: InstanceTypeInfo = {
    ...row(
      name, spec.category, spec.vcpus, spec.memoryMiB, spec.maxNetworkInterfaces, spec.ipv4PerInterface,
      spec.ipv6PerInterface, spec.maxEbsAttachments, spec.networkPerformance, spec.options,
    ),
    derived: true,
  };
  DERIVED.set(name, info);
  return info;
}

/**
 * The entry for an instance type name: AWS's own numbers for the catalogue's types, derived ones (`derived: true`)
 * for every other name the EC2 API accepts; `undefined` when EC2 has no such type.
 */
export function getInstanceType(name: string): InstanceTypeInfo | undefined {
  return BY_NAME.get(name) ?? (isListedInstanceType(name) ? derive(name) : undefined);
}

/** Every instance type with AWS's own numbers, grouped by category in the order above. */
export function instanceTypeNames(): string[] {
  return CATALOG.map((t) => t.name);
}

/** Every catalogue entry with AWS's own numbers (read-only). */
export function allInstanceTypes(): readonly InstanceTypeInfo[] {
  return CATALOG;
}

let every: readonly InstanceTypeInfo[] | undefined;

/** Every instance type the EC2 API accepts (about 1,400), sorted by name; derived entries are built on first use. */
export function everyInstanceType(): readonly InstanceTypeInfo[] {
  if (!every) {
    const names = new Set([...listedInstanceTypeNames(), ...BY_NAME.keys()]);
    every = [...names]
      .sort()
      .map(getInstanceType)
      .filter((t): t is InstanceTypeInfo => t !== undefined);
  }
  return every;
}

const NAMED_FACTORS: Record<string, number> = { nano: 0.25, micro: 0.5, small: 1, medium: 2, large: 4, xlarge: 8 };

/**
 * The Reserved Instance normalization factor of a size (rule 75): nano 0.25, micro 0.5, small 1, medium 2,
 * large 4, xlarge 8, Nxlarge 8×N. Pass a size (`2xlarge`) or a full type name (`m5.2xlarge`).
 *
 * Metal: AWS gives a `.metal` size the factor of the largest size of its family, which is the size with the same
 * vCPUs (m5.metal = m5.24xlarge = 192). So for a full metal type name the factor is computed from its vCPUs,
 * scaled by a sibling of the same family in the catalogue (m5.large: 4 units for 2 vCPUs ⇒ 96 vCPUs = 192 units);
 * a metal-only family (mac1) counts 2 units per vCPU like a `large` with 2 vCPUs. `metal-24xl` is the factor of
 * `24xlarge`. A bare `metal` without its family has no factor: `undefined`. Unknown sizes: `undefined`.
 */
export function normalizationFactor(sizeOrType: string): number | undefined {
  const dot = sizeOrType.lastIndexOf('.');
  const size = dot >= 0 ? sizeOrType.slice(dot + 1) : sizeOrType;
  const family = dot >= 0 ? sizeOrType.slice(0, dot) : undefined;
  if (Object.hasOwn(NAMED_FACTORS, size)) return NAMED_FACTORS[size];
  const multiple = /^(?:metal-)?([1-9]\d{0,2})xl(?:arge)?$/.exec(size);
  if (multiple && (size.startsWith('metal-') ? size.endsWith('xl') : size.endsWith('xlarge'))) {
    const n = Number(multiple[1]);
    return n >= 2 ? 8 * n : undefined;
  }
  if (size !== 'metal' || family === undefined) return undefined;
  const metal = getInstanceType(sizeOrType);
  if (!metal) return undefined;
  const sibling = CATALOG.find((t) => t.family === family && !t.bareMetal && t.size !== undefined && !t.burstable);
  const siblingFactor = sibling?.size !== undefined ? normalizationFactor(sibling.size) : undefined;
  const perVcpu = sibling && siblingFactor !== undefined ? siblingFactor / sibling.vcpus : 2;
  return metal.vcpus * perVcpu;
}

