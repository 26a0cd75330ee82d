import type { InstanceTypeInfo } from './instance-types';

/**
 * The SDK v3 `InstanceTypeInfo` shape DescribeInstanceTypes returns for a catalogue entry. Pure.
 */

/**
 * Types the AWS Free Tier covers (750 hours a month): t2.micro and t3.micro for a long time, plus the 2025 Free Tier
 * plan's t3.small, t4g.micro, t4g.small, c7i-flex.large and m7i-flex.large.
 */
const FREE_TIER = new Set(['t2.micro', 't3.micro', 't3.small', 't4g.micro', 't4g.small', 'c7i-flex.large', 'm7i-flex.large']);

/** True when DescribeInstanceTypes reports `FreeTierEligible` for the type. */
export function isFreeTierEligible(name: string): boolean {
  return FREE_TIER.has(name);
}

/** Threads per core: 2 on x86 (Hyper-Threading / SMT), 1 on Graviton, Apple silicon and on single-vCPU types. */
export function threadsPerCore(info: InstanceTypeInfo): number {
  const arm = info.architectures.some((a) => a === 'arm64' || a === 'arm64_mac');
  const noSmt = arm || info.vcpus % 2 === 1 || info.category === 'HPC Optimized';
  return noSmt ? 1 : 2;
}

/**
 * Hibernation (API `HibernationSupported`): the C, M, R, T and I families from their third generation on (t2),
 * virtualised (not bare metal), with at most 150 GiB of memory, as the EC2 User Guide's prerequisites list them.
 */
export function hibernationSupported(info: InstanceTypeInfo): boolean {
  const family = info.family ?? '';
  if (!/^[cmrti]\d/.test(family) || ['t1', 'm1', 'm2', 'c1'].includes(family)) return false;
  return !info.bareMetal && info.memoryMiB <= 150 * 1024;
}

/** The old Xen families that still boot paravirtual (PV) AMIs. */
const PARAVIRTUAL_FAMILIES = new Set(['m1', 'm3', 'c3']);

export function toDescribeInstanceType(info: InstanceTypeInfo) {
  const store = info.instanceStore;
  const nitroish = info.hypervisor !== 'xen';
  const threads = threadsPerCore(info);
  return {
    InstanceType: info.name,
    CurrentGeneration: info.currentGeneration,
    FreeTierEligible: FREE_TIER.has(info.name),
    SupportedUsageClasses: info.spotSupported === false ? ['on-demand'] : ['on-demand', 'spot'],
    SupportedRootDeviceTypes: [...(info.rootDeviceTypes ?? ['ebs'])],
    SupportedVirtualizationTypes: PARAVIRTUAL_FAMILIES.has(info.family ?? '') ? ['hvm', 'paravirtual'] : ['hvm'],
    BareMetal: info.bareMetal,
    ...(info.hypervisor ? { Hypervisor: info.hypervisor } : {}),
    ProcessorInfo: { SupportedArchitectures: [...info.architectures] },
    VCpuInfo: { DefaultVCpus: info.vcpus, DefaultCores: info.vcpus / threads, DefaultThreadsPerCore: threads },
    MemoryInfo: { SizeInMiB: info.memoryMiB },
    InstanceStorageSupported: store !== undefined,
    ...(store
      ? {
          InstanceStorageInfo: {
            TotalSizeInGB: store.totalGiB,
            Disks: [{ SizeInGB: store.diskSizeGiB, Count: store.disks, Type: store.type }],
            NvmeSupport: store.nvme,
            EncryptionSupport: store.nvme === 'required' ? 'required' : 'unsupported',
          },
        }
      : {}),
    EbsInfo: {
      EbsOptimizedSupport: nitroish ? 'default' : 'supported',
      EncryptionSupport: 'supported',
      NvmeSupport: nitroish ? 'required' : 'unsupported',
      MaximumEbsAttachments: info.maxEbsAttachments,
      AttachmentLimitType: info.ebsAttachmentLimitType ?? 'shared',
    },
    NetworkInfo: {
      NetworkPerformance: info.networkPerformance,
      MaximumNetworkInterfaces: info.maxNetworkInterfaces,
      MaximumNetworkCards: info.maxNetworkCards ?? 1,
      DefaultNetworkCardIndex: 0,
      Ipv4AddressesPerInterface: info.ipv4PerInterface,
      Ipv6AddressesPerInterface: info.ipv6PerInterface,
      Ipv6Supported: info.ipv6PerInterface > 0,
      EnaSupport: info.enhancedNetworking === 'ena' ? (nitroish ? 'required' : 'supported') : 'unsupported',
    },
    AutoRecoverySupported: info.cloudWatchRecoverSupported,
    BurstablePerformanceSupported: info.burstable,
    DedicatedHostsSupported: info.supportsDedicatedHosts,
    HibernationSupported: hibernationSupported(info),
  };
}
