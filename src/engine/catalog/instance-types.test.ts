import { describe, expect, it } from 'vitest';
import { parseInstanceTypeName } from './instance-type-names';
import {
  INSTANCE_CATEGORIES,
  getInstanceType,
  instanceTypeNames,
  normalizationFactor,
  toDescribeInstanceType,
  type InstanceTypeInfo,
} from './instance-types';

function must(name: string): InstanceTypeInfo {
  const info = getInstanceType(name);
  if (!info) throw new Error(`${name} missing from the catalogue`);
  return info;
}

describe('instance type catalogue', () => {
  it('holds at least 45 real types across every category', () => {
    const names = instanceTypeNames();
    expect(names.length).toBeGreaterThanOrEqual(45);
    expect(new Set(names).size).toBe(names.length);
    const categories = new Set(names.map((n) => must(n).category));
    for (const c of ['General Purpose', 'Compute Optimized', 'Memory Optimized', 'Accelerated Computing', 'Storage Optimized']) {
      expect(categories.has(c as InstanceTypeInfo['category'])).toBe(true);
    }
    for (const c of categories) expect(INSTANCE_CATEGORIES).toContain(c);
  });

  it('lists the families the course names', () => {
    for (const name of [
      't2.micro', 't3.micro', 't3a.micro', 't4g.micro', 'm5.large', 'm5d.large', 'm6i.large', 'm6g.large', 'm7g.large', 'mac1.metal',
      'c5.large', 'c5d.large', 'c5n.large', 'c6g.large', 'c7g.large', 'r5.large', 'r5d.large', 'r5dn.8xlarge', 'r6g.large',
      'x1e.xlarge', 'x2idn.16xlarge', 'z1d.large', 'u-6tb1.metal', 'p3.2xlarge', 'p4d.24xlarge', 'g4dn.xlarge', 'g5.xlarge',
      'inf1.xlarge', 'trn1.2xlarge', 'f1.2xlarge', 'i3.large', 'i3en.large', 'd2.xlarge', 'd3.xlarge', 'h1.2xlarge',
      'hpc6id.32xlarge', 'm1.small', 'c5.xlarge', 'm5.metal', 'r5dn.metal',
    ]) {
      expect(getInstanceType(name)?.name).toBe(name);
    }
    expect(getInstanceType('t3.enormous')).toBeUndefined();
  });

  // docs/reference/ec2-rules.md §2: exactly these numbers.
  const table: [string, number, number, number, number | undefined, number | undefined, number | undefined, boolean | undefined, number | undefined][] = [
    // type, ENIs, IPv4/ENI, IPv6/ENI, vCPU, MiB, store GB, AutoRecoverySupported, MaximumEbsAttachments
    ['t2.micro', 2, 2, 2, 1, 1024, undefined, true, 40],
    ['t3.nano', 2, 2, 2, 2, 512, undefined, true, 27],
    ['t3.micro', 2, 2, 2, 2, 1024, undefined, true, 27],
    ['t3.small', 3, 4, 4, undefined, undefined, undefined, undefined, undefined],
    ['t3.medium', 3, 6, 6, undefined, undefined, undefined, undefined, undefined],
    ['t3.large', 3, 12, 12, 2, 8192, undefined, true, 27],
    ['m5.large', 3, 10, 10, 2, 8192, undefined, true, 27],
    ['m5.xlarge', 4, 15, 15, undefined, undefined, undefined, undefined, undefined],
    ['c5.large', 3, 10, 10, undefined, undefined, undefined, undefined, undefined],
    ['c5.xlarge', 4, 15, 15, 4, 8192, undefined, true, 27],
    ['r5.large', 3, 10, 10, 2, 16384, undefined, true, 27],
    ['c5d.large', 3, 10, 10, 2, 4096, 50, false, 26],
    ['r5dn.8xlarge', 8, 30, 30, 32, 262144, 1200, false, 25],
  ];
  it.each(table)('%s has the §2 limits', (name, enis, v4, v6, vcpu, mib, store, autoRecovery, ebs) => {
    const t = must(name);
    expect(t.maxNetworkInterfaces).toBe(enis);
    expect(t.ipv4PerInterface).toBe(v4);
    expect(t.ipv6PerInterface).toBe(v6);
    expect(t.maxNetworkInterfaces * t.ipv4PerInterface).toBe(enis * v4);
    if (vcpu !== undefined) expect(t.vcpus).toBe(vcpu);
    if (mib !== undefined) expect(t.memoryMiB).toBe(mib);
    if (autoRecovery !== undefined) {
      expect(t.cloudWatchRecoverSupported).toBe(autoRecovery);
      expect(t.autoRecoverySupported).toBe(autoRecovery);
      expect(toDescribeInstanceType(t).AutoRecoverySupported).toBe(autoRecovery);
      // Where §2 has details it lists no instance store unless a size is given.
      expect(t.instanceStore?.totalGiB).toBe(store);
    }
    if (ebs !== undefined) expect(t.maxEbsAttachments).toBe(ebs);
  });

  it('gives r5dn.8xlarge its two 600 GB NVMe disks and c5d.large its one 50 GB disk', () => {
    expect(must('r5dn.8xlarge').instanceStore).toEqual({ totalGiB: 1200, disks: 2, diskSizeGiB: 600, type: 'ssd', nvme: 'required' });
    expect(must('c5d.large').instanceStore).toEqual({ totalGiB: 50, disks: 1, diskSizeGiB: 50, type: 'ssd', nvme: 'required' });
  });

  it('models m1.small as a previous-generation Xen type with two ENIs and an HDD instance store', () => {
    const t = must('m1.small');
    expect(t.maxNetworkInterfaces).toBe(2);
    expect(t.ipv4PerInterface).toBe(4);
    expect(t.ipv6PerInterface).toBe(0);
    expect(t.currentGeneration).toBe(false);
    expect(t.hypervisor).toBe('xen');
    expect(t.instanceStore).toEqual({ totalGiB: 160, disks: 1, diskSizeGiB: 160, type: 'hdd', nvme: 'unsupported' });
    expect(t.autoRecoverySupported).toBe(false);
    expect(t.cloudWatchRecoverSupported).toBe(false);
    expect(t.rootDeviceTypes).toEqual(['ebs', 'instance-store']);
  });

  it('separates simplified auto-recovery from CloudWatch recover (rule 79)', () => {
    // Instance store on the old families: CloudWatch recovers them (data lost), simplified auto-recovery does not.
    for (const name of ['m3.medium', 'c3.large', 'r3.large', 'x1.16xlarge', 'x1e.xlarge', 'x2idn.16xlarge', 'x2iedn.xlarge']) {
      expect(must(name).instanceStore).toBeDefined();
      expect([name, must(name).cloudWatchRecoverSupported]).toEqual([name, true]);
      expect([name, must(name).autoRecoverySupported]).toEqual([name, false]);
    }
    // Any other instance-store type: neither.
    for (const name of ['c5d.large', 'r5dn.8xlarge', 'm5d.large', 'i3.large', 'd2.xlarge', 'z1d.large', 'g4dn.xlarge']) {
      expect([name, must(name).cloudWatchRecoverSupported, must(name).autoRecoverySupported]).toEqual([name, false, false]);
    }
    // Bare metal without instance store: CloudWatch yes, simplified auto-recovery no.
    expect([must('m5.metal').cloudWatchRecoverSupported, must('m5.metal').autoRecoverySupported]).toEqual([true, false]);
    expect(must('r5dn.metal').cloudWatchRecoverSupported).toBe(false);
    // Every instance-store type lacks simplified auto-recovery; every metal type too.
    for (const name of instanceTypeNames()) {
      const t = must(name);
      if (t.instanceStore || t.bareMetal) expect([name, t.autoRecoverySupported]).toEqual([name, false]);
    }
  });

  it('marks hypervisors, metal, architectures and burstable types', () => {
    expect(must('t2.micro').hypervisor).toBe('xen');
    expect(must('t3.micro').hypervisor).toBe('nitro');
    expect(must('m5.metal').hypervisor).toBeUndefined();
    expect(must('m5.metal').bareMetal).toBe(true);
    expect(must('mac1.metal').architectures).toEqual(['x86_64_mac']);
    expect(must('m6g.large').architectures).toEqual(['arm64']);
    expect(must('t2.micro').architectures).toEqual(['i386', 'x86_64']);
    expect(must('t3.micro').burstable).toBe(true);
    expect(must('m5.large').burstable).toBe(false);
    expect(must('t2.micro').enhancedNetworking).toBe('none');
    expect(must('m5.large').enhancedNetworking).toBe('ena');
    expect(must('t3.micro').supportsDedicatedHosts).toBe(true);
    expect(must('t2.micro').supportsDedicatedHosts).toBe(false);
    expect(must('p4d.24xlarge').maxNetworkInterfaces).toBe(60);
    expect(must('r5dn.8xlarge').networkPerformance).toBe('25 Gigabit');
  });

  it('keeps every entry consistent with itself and with the naming scheme', () => {
    for (const name of instanceTypeNames()) {
      const t = must(name);
      const parsed = parseInstanceTypeName(name);
      expect([name, parsed?.Category]).toEqual([name, t.category]);
      expect(t.vcpus).toBeGreaterThan(0);
      expect(t.memoryMiB).toBeGreaterThan(0);
      expect(t.maxNetworkInterfaces).toBeGreaterThanOrEqual(2);
      expect(t.ipv4PerInterface).toBeGreaterThanOrEqual(2);
      expect(t.bareMetal).toBe(name.endsWith('.metal'));
      if (t.bareMetal) expect(t.hypervisor).toBeUndefined();
      else expect(['nitro', 'xen']).toContain(t.hypervisor);
      if (t.instanceStore) expect(t.instanceStore.totalGiB).toBe(t.instanceStore.disks * t.instanceStore.diskSizeGiB);
      expect(t.hypervisor === 'xen' ? t.maxEbsAttachments >= 39 : t.maxEbsAttachments <= 64).toBe(true);
    }
  });
});

describe('normalizationFactor', () => {
  it('follows the RI table (rule 75)', () => {
    expect(normalizationFactor('nano')).toBe(0.25);
    expect(normalizationFactor('micro')).toBe(0.5);
    expect(normalizationFactor('small')).toBe(1);
    expect(normalizationFactor('medium')).toBe(2);
    expect(normalizationFactor('large')).toBe(4);
    expect(normalizationFactor('xlarge')).toBe(8);
    expect(normalizationFactor('2xlarge')).toBe(16);
    expect(normalizationFactor('8xlarge')).toBe(64);
    expect(normalizationFactor('24xlarge')).toBe(192);
    expect(normalizationFactor('m5.xlarge')).toBe(8);
    expect(normalizationFactor('metal-24xl')).toBe(192);
    expect(normalizationFactor('enormous')).toBeUndefined();
    expect(normalizationFactor('1xlarge')).toBeUndefined();
    expect(normalizationFactor('metal-24xlarge')).toBeUndefined();
    expect(normalizationFactor('24xl')).toBeUndefined();
  });

  it('gives metal the factor of the largest size of its family', () => {
    expect(normalizationFactor('m5.metal')).toBe(normalizationFactor('m5.24xlarge'));
    expect(normalizationFactor('m5.metal')).toBe(192);
    expect(normalizationFactor('c5.metal')).toBe(192);
    expect(normalizationFactor('r5dn.metal')).toBe(192);
    expect(normalizationFactor('x2idn.metal')).toBe(256);
    expect(normalizationFactor('metal')).toBeUndefined();
    expect(normalizationFactor('zz9.metal')).toBeUndefined();
  });
});

describe('toDescribeInstanceType', () => {
  it('returns the SDK v3 InstanceTypeInfo shape', () => {
    const d = toDescribeInstanceType(must('r5dn.8xlarge'));
    expect(d).toMatchObject({
      InstanceType: 'r5dn.8xlarge',
      CurrentGeneration: true,
      BareMetal: false,
      Hypervisor: 'nitro',
      ProcessorInfo: { SupportedArchitectures: ['x86_64'] },
      VCpuInfo: { DefaultVCpus: 32 },
      MemoryInfo: { SizeInMiB: 262144 },
      InstanceStorageSupported: true,
      InstanceStorageInfo: { TotalSizeInGB: 1200, Disks: [{ SizeInGB: 600, Count: 2, Type: 'ssd' }], NvmeSupport: 'required' },
      NetworkInfo: {
        MaximumNetworkInterfaces: 8,
        Ipv4AddressesPerInterface: 30,
        Ipv6AddressesPerInterface: 30,
        Ipv6Supported: true,
        NetworkPerformance: '25 Gigabit',
        EnaSupport: 'required',
      },
      EbsInfo: { MaximumEbsAttachments: 25 },
      AutoRecoverySupported: false,
      BurstablePerformanceSupported: false,
      SupportedUsageClasses: ['on-demand', 'spot'],
      DedicatedHostsSupported: true,
    });
  });

  it('omits Hypervisor and instance storage where AWS does', () => {
    const metal = toDescribeInstanceType(must('m5.metal'));
    expect('Hypervisor' in metal).toBe(false);
    expect(metal.BareMetal).toBe(true);
    const t3 = toDescribeInstanceType(must('t3.micro'));
    expect(t3.InstanceStorageSupported).toBe(false);
    expect('InstanceStorageInfo' in t3).toBe(false);
    expect(t3.BurstablePerformanceSupported).toBe(true);
    const m1 = toDescribeInstanceType(must('m1.small'));
    expect(m1.NetworkInfo.Ipv6Supported).toBe(false);
    expect(m1.NetworkInfo.EnaSupport).toBe('unsupported');
    expect(m1.Hypervisor).toBe('xen');
    expect(toDescribeInstanceType(must('mac1.metal')).SupportedUsageClasses).toEqual(['on-demand']);
  });
});
