import { analyzeInstanceTypeName, virtualizationFacts } from '../catalog/instance-type-names';
import {
  allInstanceTypes,
  getInstanceType,
  normalizationFactor,
  toDescribeInstanceType,
  type InstanceTypeInfo,
} from '../catalog/instance-types';
import type { Params } from '../params';
import { refuse } from '../refusal';
import type { Tx } from '../tx';
import { applyFilters, type FilterAccessors } from '../filters';
import { defineActions } from '../action-def';

/** DescribeInstanceTypes filter names (AWS's), read from the catalogue entry. */
/** A catalogue entry as a filterable item (instance types carry no tags). */
type Filterable = InstanceTypeInfo & { tags?: undefined };

const TYPE_FILTERS: FilterAccessors<Filterable> = {
  'instance-type': (t) => t.name,
  'current-generation': (t) => t.currentGeneration,
  'auto-recovery-supported': (t) => t.cloudWatchRecoverSupported,
  'bare-metal': (t) => t.bareMetal,
  'burstable-performance-supported': (t) => t.burstable,
  'dedicated-hosts-supported': (t) => t.supportsDedicatedHosts,
  hypervisor: (t) => t.hypervisor,
  'instance-storage-supported': (t) => t.instanceStore !== undefined,
  'instance-storage-info.disk.type': (t) => t.instanceStore?.type,
  'instance-storage-info.disk.count': (t) => t.instanceStore?.disks,
  'instance-storage-info.disk.size-in-gb': (t) => t.instanceStore?.diskSizeGiB,
  'instance-storage-info.total-size-in-gb': (t) => t.instanceStore?.totalGiB,
  'instance-storage-info.nvme-support': (t) => t.instanceStore?.nvme,
  'memory-info.size-in-mib': (t) => t.memoryMiB,
  'vcpu-info.default-vcpus': (t) => t.vcpus,
  'processor-info.supported-architecture': (t) => t.architectures,
  'network-info.maximum-network-interfaces': (t) => t.maxNetworkInterfaces,
  'network-info.ipv4-addresses-per-interface': (t) => t.ipv4PerInterface,
  'network-info.ipv6-addresses-per-interface': (t) => t.ipv6PerInterface,
  'network-info.ipv6-supported': (t) => t.ipv6PerInterface > 0,
  'network-info.ena-support': (t) =>
    t.enhancedNetworking === 'ena' ? (t.hypervisor === 'xen' ? 'supported' : 'required') : 'unsupported',
  'network-info.network-performance': (t) => t.networkPerformance,
  'ebs-info.maximum-ebs-attachments': (t) => t.maxEbsAttachments,
  'supported-usage-class': (t) => (t.spotSupported === false ? ['on-demand'] : ['on-demand', 'spot']),
  'supported-root-device-type': (t) => t.rootDeviceTypes ?? ['ebs'],
};

function describeInstanceTypes(_tx: Tx, p: Params) {
  const requested = p.optStrList('InstanceTypes');
  let types: Filterable[];
  if (requested && requested.length > 0) {
    const unknown = requested.filter((name) => !getInstanceType(name));
    if (unknown.length > 0) {
      refuse('instance-type.describe.unknown', `The following supplied instance types do not exist: [${unknown.join(', ')}]`, {
        scope: { kind: 'parameter', to: 'InstanceTypes' },
      });
    }
    const wanted = new Set(requested);
    types = allInstanceTypes().filter((t) => wanted.has(t.name));
  } else {
    types = [...allInstanceTypes()];
  }
  return { InstanceTypes: applyFilters(types, p, TYPE_FILTERS).map(toDescribeInstanceType) };
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
    for (const t of allInstanceTypes()) offerings.push({ InstanceType: t.name, LocationType: locationType, Location: location });
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
    summary: 'Explain an instance type name: family, generation, capabilities, size and category (r5dn.8xlarge), plus hypervisor, bare metal and enhanced networking for catalogue types.',
    run: parseInstanceType,
    read: true,
  },
]);
