import { _InstanceType } from '@aws-sdk/client-ec2';
import { describe, expect, it } from 'vitest';
import { apply } from '../apply';
import { everyInstanceType } from '../catalog/instance-types';
import { describe as read, type World } from '../index';
import { no, ok } from '../engine-test-helpers';
import { documentedFilters } from '../filter-names';
import { INSTANCE_TYPE_FILTERS } from './instance-types';
import { createWorld } from '../world';

type Shape = { InstanceType: string } & Record<string, unknown>;
const names = (response: { InstanceTypes: Shape[] }) => response.InstanceTypes.map((t) => t.InstanceType);
const find = (filters: { Name: string; Values: string[] }[], world = createWorld()) =>
  names(ok(world, 'ec2:DescribeInstanceTypes', { Filters: filters }).response);

function x86Ami(world: World): string {
  return read(world, 'ec2:DescribeImages', { Owners: ['amazon'], Filters: [{ Name: 'root-device-type', Values: ['ebs'] }] }).Images[0].ImageId;
}

describe('DescribeInstanceTypes over every name the EC2 API accepts', () => {
  it('describes the issue-15 names with AWS shapes', () => {
    const { response } = ok(createWorld(), 'ec2:DescribeInstanceTypes', {
      InstanceTypes: ['t1.micro', 't3a.nano', 't4g.nano', 'c4.2xlarge', 'a1.metal', 'g4ad.8xlarge'],
    });
    const by = new Map(response.InstanceTypes.map((t: Shape) => [t.InstanceType, t]));
    expect(by.get('t1.micro')).toMatchObject({
      VCpuInfo: { DefaultVCpus: 1 },
      MemoryInfo: { SizeInMiB: 627 },
      Hypervisor: 'xen',
      ProcessorInfo: { SupportedArchitectures: ['i386', 'x86_64'] },
      CurrentGeneration: false,
    });
    expect(by.get('t3a.nano')).toMatchObject({ VCpuInfo: { DefaultVCpus: 2 }, MemoryInfo: { SizeInMiB: 512 }, BurstablePerformanceSupported: true });
    expect(by.get('t4g.nano')).toMatchObject({
      VCpuInfo: { DefaultVCpus: 2, DefaultThreadsPerCore: 1 },
      MemoryInfo: { SizeInMiB: 512 },
      ProcessorInfo: { SupportedArchitectures: ['arm64'] },
    });
    expect(by.get('c4.2xlarge')).toMatchObject({ VCpuInfo: { DefaultVCpus: 8 }, MemoryInfo: { SizeInMiB: 15360 }, Hypervisor: 'xen' });
    expect(by.get('a1.metal')).toMatchObject({ VCpuInfo: { DefaultVCpus: 16 }, MemoryInfo: { SizeInMiB: 32768 }, BareMetal: true });
    expect(by.get('a1.metal')).not.toHaveProperty('Hypervisor');
    expect(by.get('g4ad.8xlarge')).toMatchObject({
      VCpuInfo: { DefaultVCpus: 32 },
      MemoryInfo: { SizeInMiB: 131072 },
      InstanceStorageSupported: true,
      InstanceStorageInfo: { TotalSizeInGB: 1200, NvmeSupport: 'required' },
    });
  });

  it('answers every SDK enum name, and only those', () => {
    const all = names(ok(createWorld(), 'ec2:DescribeInstanceTypes', {}).response);
    expect(new Set(all)).toEqual(new Set(Object.values(_InstanceType)));
    expect(no(createWorld(), 'ec2:DescribeInstanceTypes', { InstanceTypes: ['m5.7xlarge'] }).code).toBe('InvalidInstanceType');
  });

  it('launches every type in a fresh world (RunInstances accepts every name the API lists)', () => {
    let world = createWorld({ defaultVpc: true });
    const imageId = x86Ami(world);
    // Graviton types run arm64 AMIs only (the architecture check): launch those from a registered arm64 AMI.
    const volume = ok(world, 'ec2:CreateVolume', { AvailabilityZone: 'us-east-1a', Size: 8 });
    const snapshot = ok(volume.world, 'ec2:CreateSnapshot', { VolumeId: volume.response.VolumeId });
    const arm = ok(snapshot.world, 'ec2:RegisterImage', {
      Name: 'arm64-root', Architecture: 'arm64', RootDeviceName: '/dev/xvda',
      BlockDeviceMappings: [{ DeviceName: '/dev/xvda', Ebs: { SnapshotId: snapshot.response.SnapshotId } }],
    });
    world = arm.world;
    const refused: string[] = [];
    for (const t of everyInstanceType()) {
      const image = t.architectures.some((a) => a === 'x86_64' || a === 'x86_64_mac') ? imageId : arm.response.ImageId;
      const r = apply(world, { type: 'ec2:RunInstances', params: { ImageId: image, InstanceType: t.name, MinCount: 1, MaxCount: 1 } });
      if (!r.ok) refused.push(`${t.name}: ${r.error.code} ${r.error.message}`);
    }
    expect(refused).toEqual([]);
    const bad = no(world, 'ec2:RunInstances', { ImageId: imageId, InstanceType: 't3.enormous', MinCount: 1, MaxCount: 1 });
    expect(bad).toMatchObject({ code: 'InvalidParameterValue', message: "Invalid value 't3.enormous' for InstanceType." });
  });

  it('takes a derived type for Reserved Instances offerings and Spot price history', () => {
    const offerings = ok(createWorld(), 'ec2:DescribeReservedInstancesOfferings', { InstanceType: 'c4.2xlarge', MaxResults: 5 }).response;
    expect(offerings.ReservedInstancesOfferings.length).toBeGreaterThan(0);
    expect(offerings.ReservedInstancesOfferings[0].InstanceType).toBe('c4.2xlarge');
    const history = ok(createWorld(), 'ec2:DescribeSpotPriceHistory', { InstanceTypes: ['t3a.nano'] }).response;
    expect(history.SpotPriceHistory.length).toBeGreaterThan(0);
  });
});

describe('DescribeInstanceTypes filters (both ways)', () => {
  it('instance-type with * and ? wildcards', () => {
    expect(find([{ Name: 'instance-type', Values: ['t4g.*'] }])).toEqual(
      ['t4g.2xlarge', 't4g.large', 't4g.medium', 't4g.micro', 't4g.nano', 't4g.small', 't4g.xlarge'],
    );
    expect(find([{ Name: 'instance-type', Values: ['c?.2xlarge'] }])).toEqual(['c3.2xlarge', 'c4.2xlarge', 'c5.2xlarge']);
    expect(find([{ Name: 'instance-type', Values: ['nothing.*'] }])).toEqual([]);
  });

  it('current-generation, bare-metal, hypervisor, burstable, free tier', () => {
    const old = find([{ Name: 'current-generation', Values: ['false'] }]);
    expect(old).toEqual(expect.arrayContaining(['t1.micro', 'c4.2xlarge', 'm1.small']));
    expect(old).not.toContain('m7g.large');
    const metal = find([{ Name: 'bare-metal', Values: ['true'] }]);
    expect(metal).toEqual(expect.arrayContaining(['a1.metal', 'm5.metal', 'c7i.metal-24xl', 'mac1.metal']));
    expect(metal.every((n) => n.includes('.metal'))).toBe(true);
    expect(find([{ Name: 'bare-metal', Values: ['false'] }])).not.toContain('a1.metal');
    const xen = find([{ Name: 'hypervisor', Values: ['xen'] }]);
    expect(xen).toEqual(expect.arrayContaining(['t1.micro', 't2.micro', 'c4.2xlarge', 'i3.large']));
    expect(xen).not.toContain('i3.metal');
    expect(find([{ Name: 'hypervisor', Values: ['nitro'] }])).not.toContain('t2.micro');
    const burst = find([{ Name: 'burstable-performance-supported', Values: ['true'] }]);
    expect(burst.every((n) => n.startsWith('t'))).toBe(true);
    expect(burst).toContain('t3a.nano');
    expect(find([{ Name: 'free-tier-eligible', Values: ['true'] }])).toEqual(
      ['c7i-flex.large', 'm7i-flex.large', 't2.micro', 't3.micro', 't3.small', 't4g.micro', 't4g.small'],
    );
    expect(find([{ Name: 'free-tier-eligible', Values: ['false'] }])).not.toContain('t2.micro');
  });

  it('architecture, vCPUs, memory, instance store, network interfaces — AND across filters, OR within values', () => {
    const armSmall = find([
      { Name: 'processor-info.supported-architecture', Values: ['arm64'] },
      { Name: 'vcpu-info.default-vcpus', Values: ['2'] },
      { Name: 'memory-info.size-in-mib', Values: ['512', '1024'] },
    ]);
    expect(armSmall).toEqual(['t4g.micro', 't4g.nano']);
    const x86 = find([{ Name: 'processor-info.supported-architecture', Values: ['x86_64'] }]);
    expect(x86).not.toContain('t4g.nano');
    expect(x86).toContain('t3a.nano');
    const stores = find([
      { Name: 'instance-storage-supported', Values: ['true'] },
      { Name: 'instance-type', Values: ['g4ad.*'] },
    ]);
    expect(stores).toEqual(['g4ad.16xlarge', 'g4ad.2xlarge', 'g4ad.4xlarge', 'g4ad.8xlarge', 'g4ad.xlarge']);
    expect(find([{ Name: 'instance-storage-supported', Values: ['false'] }, { Name: 'instance-type', Values: ['g4ad.*', 'c4.*'] }])).toEqual(
      ['c4.2xlarge', 'c4.4xlarge', 'c4.8xlarge', 'c4.large', 'c4.xlarge'],
    );
    const fifteen = find([{ Name: 'network-info.maximum-network-interfaces', Values: ['15'] }, { Name: 'instance-type', Values: ['m5.*'] }]);
    expect(fifteen).toEqual(['m5.16xlarge', 'm5.24xlarge', 'm5.metal']);
  });

  it('documented filters read from the SDK shape (ebs-info.nvme-support, supported-virtualization-type)', () => {
    expect(find([{ Name: 'ebs-info.nvme-support', Values: ['unsupported'] }, { Name: 'instance-type', Values: ['c4.large', 'c5.large'] }])).toEqual(['c4.large']);
    expect(find([{ Name: 'supported-virtualization-type', Values: ['paravirtual'] }, { Name: 'instance-type', Values: ['m1.*'] }])).toEqual(
      ['m1.large', 'm1.medium', 'm1.small', 'm1.xlarge'],
    );
  });

  it('answers every documented filter, or refuses it with the reason when the lab does not model the fact', () => {
    const documented = documentedFilters('ec2:DescribeInstanceTypes') ?? new Set<string>();
    const { answered, unmodelled } = INSTANCE_TYPE_FILTERS;
    expect(new Set([...answered, ...unmodelled])).toEqual(documented);
    for (const name of answered) ok(createWorld(), 'ec2:DescribeInstanceTypes', { Filters: [{ Name: name, Values: ['*'] }], MaxResults: 5 });
    const efa = no(createWorld(), 'ec2:DescribeInstanceTypes', { Filters: [{ Name: 'network-info.efa-supported', Values: ['true'] }] });
    expect(efa).toMatchObject({ code: 'UnsupportedOperation', message: expect.stringMatching(/Elastic Fabric Adapters are not modelled/) });
  });

  it('refuses a filter name the API does not document, as AWS does', () => {
    const error = no(createWorld(), 'ec2:DescribeInstanceTypes', { Filters: [{ Name: 'vcpus', Values: ['2'] }] });
    expect(error).toMatchObject({ code: 'InvalidParameterValue', message: "Invalid value 'vcpus' for Filter. The filter 'vcpus' is invalid." });
  });
});

describe('DescribeInstanceTypes pagination', () => {
  it('walks every type in pages of 100 with NextToken, no duplicates, nothing missed', () => {
    const world = createWorld();
    const seen: string[] = [];
    let token: string | undefined;
    let pages = 0;
    do {
      const r = ok(world, 'ec2:DescribeInstanceTypes', { MaxResults: 100, ...(token ? { NextToken: token } : {}) }).response;
      expect(r.InstanceTypes.length).toBeLessThanOrEqual(100);
      seen.push(...names(r));
      token = r.NextToken;
      pages++;
    } while (token && pages < 50);
    expect(seen).toEqual(everyInstanceType().map((t) => t.name));
    expect(pages).toBe(Math.ceil(everyInstanceType().length / 100));
  });

  it('pages filtered answers too', () => {
    const world = createWorld();
    const first = ok(world, 'ec2:DescribeInstanceTypes', { MaxResults: 5, Filters: [{ Name: 'instance-type', Values: ['t3.*'] }] }).response;
    expect(names(first)).toEqual(['t3.2xlarge', 't3.large', 't3.medium', 't3.micro', 't3.nano']);
    const rest = ok(world, 'ec2:DescribeInstanceTypes', {
      MaxResults: 5,
      NextToken: first.NextToken,
      Filters: [{ Name: 'instance-type', Values: ['t3.*'] }],
    }).response;
    expect(names(rest)).toEqual(['t3.small', 't3.xlarge']);
    expect(rest.NextToken).toBeUndefined();
  });

  it('holds MaxResults to 5–100 and refuses it together with InstanceTypes', () => {
    for (const max of [4, 101, 1000]) {
      expect(no(createWorld(), 'ec2:DescribeInstanceTypes', { MaxResults: max }).message).toBe(
        `Value ( ${max} ) for parameter maxResults is invalid. Expecting a value between 5 and 100.`,
      );
    }
    expect(no(createWorld(), 'ec2:DescribeInstanceTypes', { MaxResults: 5, InstanceTypes: ['t3.micro'] }).code).toBe('InvalidParameterCombination');
    expect(no(createWorld(), 'ec2:DescribeInstanceTypes', { NextToken: 'forged' }).code).toBe('InvalidParameterValue');
    const many = Array.from({ length: 101 }, () => 't3.micro');
    expect(no(createWorld(), 'ec2:DescribeInstanceTypes', { InstanceTypes: many }).code).toBe('InvalidParameterValue');
  });

  it('stays cheap: the full list and a filtered page at about 1,400 types', () => {
    const world = createWorld();
    const time = (params: Record<string, unknown>) => {
      const runs: number[] = [];
      for (let i = 0; i < 7; i++) {
        const t0 = performance.now();
        apply(world, { type: 'ec2:DescribeInstanceTypes', params });
        runs.push(performance.now() - t0);
      }
      return Math.min(...runs);
    };
    // The budget is 5 ms per call; the best of 7 runs keeps a loaded CI machine's pauses out of the figure.
    expect(time({})).toBeLessThan(5);
    expect(time({ MaxResults: 100, Filters: [{ Name: 'memory-info.size-in-mib', Values: ['*'] }, { Name: 'ebs-info.nvme-support', Values: ['required'] }] })).toBeLessThan(5);
    expect(time({ Filters: [{ Name: 'instance-type', Values: ['*a*', '*e*'] }, { Name: 'supported-virtualization-type', Values: ['hvm'] }] })).toBeLessThan(5);
  });
});
