import { describe, expect, it } from 'vitest';
import { apply } from '../apply';
import { everyInstanceType } from '../catalog/instance-types';
import { no, ok } from '../engine-test-helpers';
import { createWorld } from '../world';

const names = (response: { InstanceTypes: { InstanceType: string }[] }) => response.InstanceTypes.map((t) => t.InstanceType);

describe('ec2:DescribeInstanceTypes', () => {
  it('lists every type the EC2 API accepts, sorted by name, without changing the world', () => {
    const world = createWorld();
    const r = apply(world, { type: 'ec2:DescribeInstanceTypes', params: {} });
    expect(r.ok).toBe(true);
    expect(r.world).toBe(world);
    if (!r.ok) return;
    expect(names(r.response)).toEqual(everyInstanceType().map((t) => t.name));
    expect(names(r.response).length).toBeGreaterThan(1400);
    expect(names(r.response)).toEqual([...names(r.response)].sort());
  });

  it('describes requested types with their real limits', () => {
    const { response } = ok(createWorld(), 'ec2:DescribeInstanceTypes', { InstanceTypes: ['r5dn.8xlarge', 't3.micro'] });
    expect(names(response)).toEqual(['r5dn.8xlarge', 't3.micro']);
    const r5dn = response.InstanceTypes[0];
    expect(r5dn.NetworkInfo.MaximumNetworkInterfaces).toBe(8);
    expect(r5dn.NetworkInfo.Ipv4AddressesPerInterface).toBe(30);
    expect(r5dn.InstanceStorageInfo.TotalSizeInGB).toBe(1200);
    expect(r5dn.AutoRecoverySupported).toBe(false);
    expect(r5dn.EbsInfo.MaximumEbsAttachments).toBe(25);
    expect(response.InstanceTypes[1].VCpuInfo.DefaultVCpus).toBe(2);
    expect(response.InstanceTypes[1].MemoryInfo.SizeInMiB).toBe(1024);
  });

  it('refuses an instance type that does not exist (InvalidInstanceType)', () => {
    const error = no(createWorld(), 'ec2:DescribeInstanceTypes', { InstanceTypes: ['m5.large', 't3.enormous'] });
    expect(error.code).toBe('InvalidInstanceType');
    expect(error.rule).toBe('instance-type.describe.unknown');
    expect(error.message).toBe('The following supplied instance types do not exist: [t3.enormous]');
  });

  it('filters by instance-type with wildcards', () => {
    const { response } = ok(createWorld(), 'ec2:DescribeInstanceTypes', {
      Filters: [{ Name: 'instance-type', Values: ['t3.*'] }],
    });
    expect(names(response)).toEqual(['t3.2xlarge', 't3.large', 't3.medium', 't3.micro', 't3.nano', 't3.small', 't3.xlarge']);
    const both = ok(createWorld(), 'ec2:DescribeInstanceTypes', {
      Filters: [{ Name: 'instance-type', Values: ['c5d.?xlarge', 'r5dn.8xlarge'] }],
    }).response;
    expect(names(both)).toEqual(['c5d.2xlarge', 'c5d.4xlarge', 'c5d.9xlarge', 'r5dn.8xlarge']);
  });

  it('filters by current-generation and auto-recovery-supported', () => {
    const previous = names(
      ok(createWorld(), 'ec2:DescribeInstanceTypes', { Filters: [{ Name: 'current-generation', Values: ['false'] }] }).response,
    );
    expect(previous).toContain('m1.small');
    expect(previous).not.toContain('t3.micro');
    const noRecovery = names(
      ok(createWorld(), 'ec2:DescribeInstanceTypes', {
        Filters: [
          { Name: 'auto-recovery-supported', Values: ['false'] },
          { Name: 'instance-type', Values: ['c5d.*', 'r5dn.*'] },
          { Name: 'vcpu-info.default-vcpus', Values: ['2', '32'] },
        ],
      }).response,
    );
    expect(noRecovery).toEqual(['c5d.large', 'r5dn.8xlarge', 'r5dn.large']);
  });

  it('filters by other DescribeInstanceTypes attributes', () => {
    const arm = names(
      ok(createWorld(), 'ec2:DescribeInstanceTypes', {
        Filters: [
          { Name: 'processor-info.supported-architecture', Values: ['arm64'] },
          { Name: 'instance-storage-supported', Values: ['true'] },
          { Name: 'instance-type', Values: ['*.medium', 'i4g.large', 'im4gn.large'] },
        ],
      }).response,
    );
    expect(arm).toEqual(['c6gd.medium', 'c7gd.medium', 'c8gd.medium', 'c9gd.medium', 'i4g.large', 'im4gn.large', 'is4gen.medium', 'm6gd.medium', 'm7gd.medium', 'm8gd.medium', 'm9gd.medium', 'r6gd.medium', 'r7gd.medium', 'r8gd.medium', 'r9gd.medium', 'x2gd.medium']);
    const bigEni = names(
      ok(createWorld(), 'ec2:DescribeInstanceTypes', {
        Filters: [{ Name: 'network-info.maximum-network-interfaces', Values: ['60'] }],
      }).response,
    );
    expect(bigEni).toEqual(['dl1.24xlarge', 'p4d.24xlarge']);
  });

  it('refuses an unknown filter name', () => {
    const error = no(createWorld(), 'ec2:DescribeInstanceTypes', { Filters: [{ Name: 'colour', Values: ['red'] }] });
    expect(error.code).toBe('InvalidParameterValue');
  });
});

describe('ec2:DescribeInstanceTypeOfferings', () => {
  it('offers every type in the region by default', () => {
    const { response } = ok(createWorld(), 'ec2:DescribeInstanceTypeOfferings', {});
    expect(response.InstanceTypeOfferings).toHaveLength(everyInstanceType().length);
    expect(response.InstanceTypeOfferings[0]).toEqual({ InstanceType: 'a1.2xlarge', LocationType: 'region', Location: 'us-east-1' });
  });

  it('offers every type in every AZ of the acting region', () => {
    const { response } = ok(
      createWorld(),
      'ec2:DescribeInstanceTypeOfferings',
      { LocationType: 'availability-zone', Filters: [{ Name: 'instance-type', Values: ['r5dn.8xlarge'] }] },
      { region: 'eu-west-1' },
    );
    expect(response.InstanceTypeOfferings).toEqual(
      ['eu-west-1a', 'eu-west-1b', 'eu-west-1c'].map((Location) => ({
        InstanceType: 'r5dn.8xlarge',
        LocationType: 'availability-zone',
        Location,
      })),
    );
    const byId = ok(createWorld(), 'ec2:DescribeInstanceTypeOfferings', {
      LocationType: 'availability-zone-id',
      Filters: [
        { Name: 'location', Values: ['use1-az4'] },
        { Name: 'instance-type', Values: ['m5.large'] },
      ],
    }).response;
    expect(byId.InstanceTypeOfferings).toEqual([{ InstanceType: 'm5.large', LocationType: 'availability-zone-id', Location: 'use1-az4' }]);
  });

  it('refuses an unknown LocationType', () => {
    const error = no(createWorld(), 'ec2:DescribeInstanceTypeOfferings', { LocationType: 'planet' });
    expect(error.code).toBe('InvalidParameterValue');
  });
});

describe('sim:ParseInstanceType', () => {
  it('explains r5dn.8xlarge (rule 80)', () => {
    const world = createWorld();
    const r = apply(world, { type: 'sim:ParseInstanceType', params: { InstanceType: 'r5dn.8xlarge' } });
    expect(r.ok).toBe(true);
    expect(r.world).toBe(world);
    if (!r.ok) return;
    expect(r.response).toMatchObject({
      Family: 'r',
      Generation: 5,
      Size: '8xlarge',
      Category: 'Memory Optimized',
      NormalizationFactor: 64,
      InCatalog: true,
      VCpus: 32,
      MemoryMiB: 262144,
    });
    expect(r.response.Capabilities.map((c: { Letter: string }) => c.Letter)).toEqual(['d', 'n']);
  });

  it('parses names outside the catalogue, and metal with its family factor', () => {
    const m7i = ok(createWorld(), 'sim:ParseInstanceType', { InstanceType: 'm7i.2xlarge' }).response;
    expect(m7i).toMatchObject({ Family: 'm', Generation: 7, Size: '2xlarge', InCatalog: true, SpecsDerived: true, NormalizationFactor: 16 });
    expect(ok(createWorld(), 'sim:ParseInstanceType', { InstanceType: 'm7i.7xlarge' }).response).toMatchObject({
      Size: '7xlarge',
      InCatalog: false,
    });
    expect(m7i.Capabilities).toEqual([{ Letter: 'i', Meaning: 'Intel processors' }]);
    const metal = ok(createWorld(), 'sim:ParseInstanceType', { InstanceType: 'm5.metal' }).response;
    expect(metal.NormalizationFactor).toBe(192);
    expect(ok(createWorld(), 'sim:ParseInstanceType', { InstanceType: 'u-6tb1.metal' }).response).toMatchObject({
      Family: 'u',
      Generation: 1,
      Size: 'metal',
      InCatalog: true,
    });
  });

  it('refuses a name that does not follow the naming scheme', () => {
    const error = no(createWorld(), 'sim:ParseInstanceType', { InstanceType: 't3.enormous' });
    expect(error.code).toBe('InvalidParameterValue');
    expect(error.rule).toBe('instance-type.name.unparseable');
    expect(error.message).toBe("Invalid value 't3.enormous' for InstanceType.");
    expect(error.section).toBe('Naming Scheme');
    expect(error.fix).toMatch(/'enormous' is not an instance size/);
    for (const bad of ['foo', 'm5.', '.large']) {
      expect(no(createWorld(), 'sim:ParseInstanceType', { InstanceType: bad }).rule).toBe('instance-type.name.unparseable');
    }
  });

  it('needs InstanceType', () => {
    expect(no(createWorld(), 'sim:ParseInstanceType', {}).code).toBe('MissingParameter');
  });

  it('shows the virtualization facts of catalogue types: enhanced networking, hypervisor, bare metal', () => {
    const parse = (name: string) => ok(createWorld(), 'sim:ParseInstanceType', { InstanceType: name }).response;
    const m5 = parse('m5.large');
    expect(m5.EnhancedNetworking).toMatchObject({ Supported: true, Adapter: 'ENA' });
    expect(m5.EnhancedNetworking.Meaning).toMatch(/network card is virtualized in hardware/);
    expect(m5.Hypervisor).toMatchObject({ Name: 'nitro' });
    expect(m5.BareMetal).toBe(false);
    const t2 = parse('t2.micro');
    expect(t2.EnhancedNetworking).toEqual({ Supported: false, Meaning: expect.stringMatching(/emulates the network card in software/) });
    expect(t2.Hypervisor.Name).toBe('xen');
    const c3 = parse('c3.large');
    expect(c3.EnhancedNetworking).toMatchObject({ Supported: true, Adapter: 'Intel 82599 VF' });
    const metal = parse('m5.metal');
    expect(metal.BareMetal).toBe(true);
    expect(metal.Hypervisor).toMatchObject({ Name: 'none', Meaning: expect.stringMatching(/^No hypervisor: bare metal/) });
    expect(metal.EnhancedNetworking.Supported).toBe(true);
    // Derived types carry the facts of their family (and say so); names EC2 does not have get no guessed facts.
    const m7i = parse('m7i.2xlarge');
    expect(m7i).toMatchObject({ SpecsDerived: true, Hypervisor: { Name: 'nitro' }, EnhancedNetworking: { Adapter: 'ENA' } });
    expect(m5.SpecsDerived).toBe(false);
    const unknown = parse('m7i.7xlarge');
    expect(unknown.EnhancedNetworking).toBeUndefined();
    expect(unknown.Hypervisor).toBeUndefined();
  });
});
