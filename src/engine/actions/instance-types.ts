import { analyzeInstanceTypeName, virtualizationFacts } from '../catalog/instance-type-names';
import { describeShape } from '../catalog/instance-type-shapes-cache';
import { hibernationSupported, isFreeTierEligible, threadsPerCore } from '../catalog/instance-type-shape';
import { everyInstanceType, getInstanceType, normalizationFactor, type InstanceTypeInfo } from '../catalog/instance-types';
import { invalid, type Params } from '../params';
import { refuse } from '../refusal';
import type { Tx } from '../tx';
import { applyFilters, type FilterAccessors } from '../filters';
import { defineActions } from '../action-def';

/** A catalogue entry as a filterable item (instance types carry no tags). */
type Filterable = InstanceTypeInfo & { tags?: undefined };

const ENA = (t: InstanceTypeInfo) =>
  t.enhancedNetworking === 'ena' ? (t.hypervisor === 'xen' ? 'supported' : 'required') : 'unsupported';

/**
 * DescribeInstanceTypes filters, read from the entry (or its memoised SDK shape); a documented filter on a fact the
 * lab does not model is refused with its reason (below), and a name the API does not document is refused as AWS does.
 */
const TYPE_FILTERS: FilterAccessors<Filterable> = {
  'instance-type': (t) => t.name,
  'current-generation': (t) => t.currentGeneration,
  'auto-recovery-supported': (t) => t.cloudWatchRecoverSupported,
  'bare-metal': (t) => t.bareMetal,
  'burstable-performance-supported': (t) => t.burstable,
  'dedicated-hosts-supported': (t) => t.supportsDedicatedHosts,
  'free-tier-eligible': (t) => isFreeTierEligible(t.name),
  'hibernation-supported': (t) => hibernationSupported(t),
  hypervisor: (t) => t.hypervisor,
  'instance-storage-supported': (t) => t.instanceStore !== undefined,
  'instance-storage-info.disk.type': (t) => t.instanceStore?.type,
  'instance-storage-info.disk.count': (t) => t.instanceStore?.disks,
  'instance-storage-info.disk.size-in-gb': (t) => t.instanceStore?.diskSizeGiB,
  'instance-storage-info.total-size-in-gb': (t) => t.instanceStore?.totalGiB,
  'instance-storage-info.nvme-support': (t) => t.instanceStore?.nvme,
  'memory-info.size-in-mib': (t) => t.memoryMiB,
  'vcpu-info.default-vcpus': (t) => t.vcpus,
  'vcpu-info.default-threads-per-core': (t) => threadsPerCore(t),
  'vcpu-info.default-cores': (t) => t.vcpus / threadsPerCore(t),
  'processor-info.supported-architecture': (t) => t.architectures,
  'network-info.maximum-network-interfaces': (t) => t.maxNetworkInterfaces,
  'network-info.maximum-network-cards': (t) => t.maxNetworkCards ?? 1,
  'network-info.ipv4-addresses-per-interface': (t) => t.ipv4PerInterface,
  'network-info.ipv6-addresses-per-interface': (t) => t.ipv6PerInterface,
  'network-info.ipv6-supported': (t) => t.ipv6PerInterface > 0,
  'network-info.ena-support': ENA,
  'network-info.network-performance': (t) => t.networkPerformance,
  'ebs-info.maximum-ebs-attachments': (t) => t.maxEbsAttachments,
  'ebs-info.attachment-limit-type': (t) => t.ebsAttachmentLimitType ?? 'shared',
  'ebs-info.ebs-optimized-support': (t) => describeShape(t).EbsInfo.EbsOptimizedSupport,
  'ebs-info.encryption-support': (t) => describeShape(t).EbsInfo.EncryptionSupport,
  'ebs-info.nvme-support': (t) => describeShape(t).EbsInfo.NvmeSupport,
  'instance-storage-info.encryption-support': (t) => describeShape(t).InstanceStorageInfo?.EncryptionSupport,
  'supported-usage-class': (t) => (t.spotSupported === false ? ['on-demand'] : ['on-demand', 'spot']),
  'supported-root-device-type': (t) => t.rootDeviceTypes ?? ['ebs'],
  'supported-virtualization-type': (t) => describeShape(t).SupportedVirtualizationTypes,
};

/**
 * Documented filters on facts the lab does not model: refused with the reason, never answered with an empty list
 * that would look like "no type has it".
 */
const UNMODELLED_FILTERS: Record<string, string> = {
  'ebs-info.ebs-optimized-info.baseline-bandwidth-in-mbps': 'EBS bandwidth and IOPS per type are not modelled',
  'ebs-info.ebs-optimized-info.baseline-iops': 'EBS bandwidth and IOPS per type are not modelled',
  'ebs-info.ebs-optimized-info.baseline-throughput-in-mbps': 'EBS bandwidth and IOPS per type are not modelled',
  'ebs-info.ebs-optimized-info.maximum-bandwidth-in-mbps': 'EBS bandwidth and IOPS per type are not modelled',
  'ebs-info.ebs-optimized-info.maximum-iops': 'EBS bandwidth and IOPS per type are not modelled',
  'ebs-info.ebs-optimized-info.maximum-throughput-in-mbps': 'EBS bandwidth and IOPS per type are not modelled',
  'network-info.bandwidth-weightings': 'bandwidth weighting is not modelled',
  'network-info.efa-info.maximum-efa-interfaces': 'Elastic Fabric Adapters are not modelled',
  'network-info.efa-supported': 'Elastic Fabric Adapters are not modelled',
  'network-info.encryption-in-transit-supported': 'encryption in transit between instances is not modelled',
  'network-info.flexible-ena-queues-support': 'ENA queues are not modelled',
  'nitro-enclaves-support': 'Nitro Enclaves are not modelled',
  'nitro-tpm-info.supported-versions': 'NitroTPM is not modelled',
  'nitro-tpm-support': 'NitroTPM is not modelled',
  'processor-info.supported-features': 'processor features (AMD SEV-SNP) are not modelled',
  'processor-info.sustained-clock-speed-in-ghz': 'clock speeds are not modelled',
  'reboot-migration-support': 'reboot migration is not modelled',
  'supported-boot-mode': 'boot modes (legacy BIOS, UEFI) are not modelled',
  'vcpu-info.valid-cores': 'CPU options (cores, threads per core) are not modelled',
  'vcpu-info.valid-threads-per-core': 'CPU options (cores, threads per core) are not modelled',
};

/** The filter names DescribeInstanceTypes answers, and those it refuses as unmodelled (for tests and docs). */
export const INSTANCE_TYPE_FILTERS = { answered: Object.keys(TYPE_FILTERS), unmodelled: Object.keys(UNMODELLED_FILTERS) };

function refuseUnmodelledFilters(p: Params): void {
  for (const filter of p.optObjList('Filters') ?? []) {
    const name = filter.optStr('Name');
    if (name === undefined || !Object.hasOwn(UNMODELLED_FILTERS, name)) continue;
    refuse('request.unsupported-member', `The filter ${name} of ec2:DescribeInstanceTypes is not supported by the lab: ${UNMODELLED_FILTERS[name]}.`, {
      scope: { kind: 'parameter', to: 'Filters' },
    });
  }
}

/** Most names in `InstanceTypes` AWS accepts in one request. */
const MAX_REQUESTED = 100;

function requestedTypes(requested: string[]): Filterable[] {
  if (requested.length > MAX_REQUESTED) {
    return invalid('InstanceTypes', `${requested.length} names`, `At most ${MAX_REQUESTED} instance types can be requested at once.`);
  }
  const unknown = requested.filter((name) => !getInstanceType(name));
  if (unknown.length > 0) {
    refuse('instance-type.describe.unknown', `The following supplied instance types do not exist: [${unknown.join(', ')}]`, {
      scope: { kind: 'parameter', to: 'InstanceTypes' },
    });
  }
  const found = [...new Set(requested)].map((name) => getInstanceType(name) as InstanceTypeInfo);
  return found.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

/**
 * Every type the EC2 API accepts (or the requested ones), filtered; 5–100 per page with MaxResults / NextToken (the
 * door cuts the page). The shapes are built once per type and shared, frozen, between answers: the full list of
 * about 1,400 types costs no more than copying references.
 */
function describeInstanceTypes(_tx: Tx, p: Params) {
  const requested = p.optStrList('InstanceTypes');
  const types: Filterable[] = requested && requested.length > 0 ? requestedTypes(requested) : [...everyInstanceType()];
  refuseUnmodelledFilters(p);
  return { InstanceTypes: applyFilters(types, p, TYPE_FILTERS).map(describeShape) };
}

interface Offering {
  InstanceType: string;
  LocationType: 'region' | 'availability-zone' | 'availability-zone-id';
  Location: string;
}

/** Every catalogue type is offered in every AZ of the regions the lab models. */
function describeInstanceTypeOfferings(tx: Tx, p: Params) {
  const locationType = p.optEnum('LocationType', ['region', 'availability-zone', 'availability-zone-id'] as const) ?? 'region';
  const zones = tx.base.regions[tx.region]?.zones ?? [];
  const locations =
    locationType === 'region'
      ? [tx.region]
      : zones.map((z) => (locationType === 'availability-zone' ? z.ZoneName : z.ZoneId));
  const offerings: (Offering & { tags?: undefined })[] = [];
  for (const location of locations) {
    for (const t of everyInstanceType()) offerings.push({ InstanceType: t.name, LocationType: locationType, Location: location });
  }
  const filtered = applyFilters(offerings, p, {
    'instance-type': (o) => o.InstanceType,
    location: (o) => o.Location,
  });
  return { InstanceTypeOfferings: filtered.map((o) => ({ InstanceType: o.InstanceType, LocationType: o.LocationType, Location: o.Location })) };
}

/** The naming scheme, applied: what each part of an instance type name means (rule 80). */
function parseInstanceType(_tx: Tx, p: Params) {
  const name = p.str('InstanceType');
  const outcome = analyzeInstanceTypeName(name);
  if (!outcome.ok) {
    return refuse('instance-type.name.unparseable', `Invalid value '${name}' for InstanceType.`, {
      scope: { kind: 'parameter', to: 'InstanceType' },
      fix: `${outcome.reason} Instance types look like r5dn.8xlarge: family r, generation 5, capabilities d and n, size 8xlarge.`,
    });
  }
  const parsed = outcome.parsed;
  const info = getInstanceType(parsed.InstanceType);
  const factor = normalizationFactor(parsed.InstanceType) ?? parsed.NormalizationFactor;
  return {
    ...parsed,
    ...(factor !== undefined ? { NormalizationFactor: factor } : {}),
    InCatalog: info !== undefined,
    ...(info
      ? {
          // true: the lab's estimate from the family and size rules, not AWS's published figures.
          SpecsDerived: info.derived === true,
          VCpus: info.vcpus,
          MemoryMiB: info.memoryMiB,
          CurrentGeneration: info.currentGeneration,
          ...virtualizationFacts(info),
        }
      : {}),
  };
}

export const INSTANCE_TYPE_ACTIONS = defineActions([
  {
    type: 'ec2:DescribeInstanceTypes',
    summary: 'List instance types with their vCPUs, memory, network and storage limits (filters: instance-type, current-generation, …).',
    run: describeInstanceTypes,
    read: true,
  },
  {
    type: 'ec2:DescribeInstanceTypeOfferings',
    summary: 'List which instance types are offered in the region or in each Availability Zone.',
    run: describeInstanceTypeOfferings,
    read: true,
  },
  {
    type: 'sim:ParseInstanceType',
    summary: 'Explain an instance type name: family, generation, capabilities, size and category (r5dn.8xlarge), plus hypervisor, bare metal and enhanced networking for every type EC2 has.',
    run: parseInstanceType,
    read: true,
  },
]);
