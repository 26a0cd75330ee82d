import { describe, expect, it } from 'vitest';
import { parseInstanceTypeName } from './instance-type-names';
import { listedInstanceTypeNames } from './instance-type-derive';
import { allInstanceTypes, everyInstanceType, getInstanceType, type InstanceTypeInfo } from './instance-types';
import { toDescribeInstanceType } from './instance-type-shape';
import { onDemandHourly } from './prices';

function must(name: string): InstanceTypeInfo {
  const info = getInstanceType(name);
  if (!info) throw new Error(`${name} unknown`);
  return info;
}

/** Types whose vCPUs AWS published off the 4-per-xlarge rule (old and odd ones). */
const IRREGULAR_SIZES = ['c4.8xlarge', 'd2.8xlarge', 'hs1.8xlarge', 'm2.2xlarge', 'm2.4xlarge', 'p6e-gb200.36xlarge'];

const vcpusOfSize = (size: string) => {
  const m = /^(?:metal-)?(\d+)xl(?:arge)?$/.exec(size);
  return m ? 4 * Number(m[1]) : undefined;
};

describe('types with derived specs (the issue-15 names and their checks against AWS)', () => {
  // [name, vCPUs, MiB, architectures, hypervisor, bare metal]
  const known: [string, number, number, string[], 'nitro' | 'xen' | undefined, boolean][] = [
    ['t1.micro', 1, 627, ['i386', 'x86_64'], 'xen', false],
    ['t3a.nano', 2, 512, ['x86_64'], 'nitro', false],
    ['t4g.nano', 2, 512, ['arm64'], 'nitro', false],
    ['c4.2xlarge', 8, 15360, ['x86_64'], 'xen', false],
    ['a1.metal', 16, 32768, ['arm64'], undefined, true],
    ['g4ad.8xlarge', 32, 131072, ['x86_64'], 'nitro', false],
    ['m4.16xlarge', 64, 262144, ['x86_64'], 'xen', false],
    ['c5.18xlarge', 72, 147456, ['x86_64'], 'nitro', false],
    ['r6g.16xlarge', 64, 524288, ['arm64'], 'nitro', false],
    ['i3.metal', 72, 524288, ['x86_64'], undefined, true],
    ['x1e.32xlarge', 128, 3997696, ['x86_64'], 'xen', false],
    ['u-12tb1.112xlarge', 448, 12582912, ['x86_64'], 'nitro', false],
    ['mac2-m2pro.metal', 12, 32768, ['arm64_mac'], undefined, true],
    ['p6e-gb200.36xlarge', 144, 983040, ['arm64'], 'nitro', false],
    ['hpc7a.96xlarge', 192, 786432, ['x86_64'], 'nitro', false],
  ];
  it.each(known)('%s: %i vCPUs, %i MiB, %j, %s', (name, vcpus, mib, arch, hypervisor, metal) => {
    const t = must(name);
    expect(t).toMatchObject({ vcpus, memoryMiB: mib, architectures: arch, bareMetal: metal, derived: true });
    expect(t.hypervisor).toBe(hypervisor);
  });

  it('gives g4ad.8xlarge its 1,200 GB NVMe instance store and t3a.nano / t4g.nano their burstable limits', () => {
    expect(must('g4ad.8xlarge').instanceStore).toMatchObject({ totalGiB: 1200, type: 'ssd', nvme: 'required' });
    expect(toDescribeInstanceType(must('g4ad.8xlarge')).InstanceStorageInfo).toMatchObject({ TotalSizeInGB: 1200, NvmeSupport: 'required' });
    for (const name of ['t3a.nano', 't4g.nano']) {
      expect(must(name)).toMatchObject({ burstable: true, maxNetworkInterfaces: 2, ipv4PerInterface: 2, networkPerformance: 'Up to 5 Gigabit' });
    }
    expect(must('t1.micro')).toMatchObject({ currentGeneration: false, ipv6PerInterface: 0, enhancedNetworking: 'none' });
    expect(must('c4.2xlarge')).toMatchObject({ currentGeneration: false, enhancedNetworking: 'sriov', maxEbsAttachments: 40 });
  });

  it('keeps the catalogue entries exactly as they were (no derived flag on AWS numbers)', () => {
    for (const t of allInstanceTypes()) {
      expect(getInstanceType(t.name)).toBe(t);
      expect(t.derived).toBeUndefined();
    }
    expect(must('m5.large')).toMatchObject({ vcpus: 2, memoryMiB: 8192, maxEbsAttachments: 27 });
  });

  it('takes family-wide facts from a catalogue sibling (m5 sizes are previous generation like m5.large)', () => {
    expect(must('m5.12xlarge').currentGeneration).toBe(false);
    expect(must('m5d.2xlarge').currentGeneration).toBe(true);
    expect(must('m7i.48xlarge').ebsAttachmentLimitType).toBe('dedicated');
    expect(must('t3a.nano').supportsDedicatedHosts).toBe(false);
  });

  it('prices derived types by their family: t3a.nano is half a t3a.micro', () => {
    expect(onDemandHourly('t3a.nano')).toBeCloseTo((onDemandHourly('t3a.micro') as number) / 2, 6);
    expect(onDemandHourly('m5.large')).toBe(0.096);
    expect(onDemandHourly('a1.metal')).toBeGreaterThan(0);
    expect(onDemandHourly('m5.7xlarge')).toBeUndefined();
  });
});

describe('every name the EC2 API accepts', () => {
  const all = everyInstanceType();
  const byFamily = new Map<string, InstanceTypeInfo[]>();
  for (const t of all) byFamily.set(t.family ?? '', [...(byFamily.get(t.family ?? '') ?? []), t]);

  it('is known, with a name that parses and specs consistent with it', () => {
    expect(all.map((t) => t.name)).toEqual([...listedInstanceTypeNames()].sort());
    const problems: string[] = [];
    for (const t of all) {
      const p = parseInstanceTypeName(t.name);
      const fail = (why: string) => problems.push(`${t.name}: ${why}`);
      if (!p) {
        fail('does not parse');
        continue;
      }
      if (!(t.vcpus > 0 && Number.isInteger(t.vcpus))) fail(`vcpus ${t.vcpus}`);
      if (!(t.memoryMiB > 0 && Number.isInteger(t.memoryMiB))) fail(`memory ${t.memoryMiB}`);
      if (t.architectures.length === 0) fail('no architecture');
      if (t.family !== p.InstanceFamily || t.size !== p.Size) fail('family/size differ from the name');
      if (t.bareMetal !== p.Size.startsWith('metal')) fail('bare metal differs from the size');
      if (t.bareMetal !== (t.hypervisor === undefined)) fail('hypervisor on metal or none on a virtual type');
      if (t.burstable !== (p.Family === 't')) fail('burstable differs from the T family');
      const arm = t.architectures.includes('arm64');
      const graviton = p.Capabilities.some((c) => c.Letter === 'g') || p.Family === 'a' || p.Variant?.startsWith('gb') === true;
      if (p.Family !== 'mac' && arm !== graviton) fail(`arm64 ${arm} but Graviton letter ${graviton}`);
      if (p.Capabilities.some((c) => c.Letter === 'd') && !t.instanceStore) fail('d without instance store');
      if (t.maxNetworkInterfaces < 1 || t.ipv4PerInterface < 1) fail('no network interface or address');
      const sized = vcpusOfSize(p.Size);
      if (t.derived && sized !== undefined && p.Family !== 'hpc' && !p.Size.startsWith('metal') && t.vcpus !== sized && !IRREGULAR_SIZES.includes(t.name)) {
        fail(`vcpus ${t.vcpus} for size ${p.Size}`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('grows with the size inside a family, and metal is as big as the largest size', () => {
    const problems: string[] = [];
    for (const [family, members] of byFamily) {
      if (family.startsWith('hpc') || family.startsWith('t')) continue;
      const virtual = members.filter((t) => !t.bareMetal);
      const largest = Math.max(0, ...virtual.map((t) => t.vcpus));
      for (const metal of members.filter((t) => t.size === 'metal')) {
        if (largest > 0 && metal.vcpus < largest) problems.push(`${metal.name} ${metal.vcpus} < ${largest}`);
      }
      for (const a of virtual) {
        for (const b of virtual) {
          if (a.vcpus < b.vcpus && a.memoryMiB > b.memoryMiB) problems.push(`${a.name} has more memory than ${b.name}`);
        }
      }
    }
    expect(problems).toEqual([]);
  });
});
