import type { InstanceTypeInfo } from '../catalog/instance-types';
import type { NetworkInterface, Subnet } from '../model/network';
import { mustFind } from '../lookup';
import { invalid, missing, type Params } from '../params';
import { refuse } from '../refusal';
import type { Tx } from '../tx';
import { createEni, refuseRequesterManaged, resolveInterfaceGroupIds } from './eni-factory';
import { planIpv6 } from './ipv6-addresses';
import type { NicRequest } from './launch-interface-request';
import { freeAddressCount, planAddresses, type AddressPlan } from './private-ips';

/**
 * Launch networking: the interfaces a RunInstances request will use, checked against the instance type and the AZ
 * (an existing interface, or one to create in a subnet), how many instances the subnets' free addresses allow, and
 * the interfaces (with their private and IPv6 addresses) created for each new instance.
 */

/** A network interface the launch will use: an existing one, or one to create in `subnet`. */
export interface NicPlan extends NicRequest {
  subnet: Subnet;
  existing?: NetworkInterface;
  groupIdsResolved: string[];
  plan: AddressPlan;
}

/** An interface to attach to a new instance. */
export interface LaunchAttachment {
  eniId: string;
  deviceIndex: number;
  deleteOnTermination: boolean;
}

/** The default VPC's default subnet of `az` (or of the region's first zone): where a launch naming no subnet goes. */
function defaultSubnet(tx: Tx, az: string | undefined): Subnet {
  const vpc = tx.visible('vpcs').find((v) => v.isDefault);
  if (!vpc) {
    return refuse('instance.launch.no-default-vpc', 'No default VPC for this user', {
      scope: { kind: 'region', to: tx.region },
      fix: 'Name a SubnetId, or create a default VPC (ec2:CreateDefaultVpc) in this region.',
    });
  }
  const zones = tx.base.regions[tx.region]?.zones.map((z) => z.ZoneName) ?? [];
  const subnets = tx
    .visible('subnets')
    .filter((s) => s.vpcId === vpc.id && s.defaultForAz)
    .sort((a, b) => zones.indexOf(a.az) - zones.indexOf(b.az));
  const subnet = az ? subnets.find((s) => s.az === az) : subnets[0];
  if (!subnet) {
    if (az && !zones.includes(az)) return invalid('Placement.AvailabilityZone', az, `Invalid availability zone: [${az}]`);
    return refuse('instance.launch.no-default-vpc', `No default subnet for availability zone: '${az ?? tx.region}'.`, {
      resources: [vpc.id],
      fix: 'Name a SubnetId.',
    });
  }
  return subnet;
}

/** Device indexes unique, eth0 present, no more interfaces than the type takes, a public IPv4 only on a lone eth0. */
function checkRequests(requests: NicRequest[], type: InstanceTypeInfo): NicRequest {
  const indexes = new Set<number>();
  const resources = requestedIds(requests);
  for (const r of requests) {
    if (indexes.has(r.deviceIndex)) {
      refuse('eni.attach.device-index', `Device index ${r.deviceIndex} is specified for more than one network interface.`, {
        scope: { kind: 'parameter', to: 'NetworkInterfaces' },
      });
    }
    indexes.add(r.deviceIndex);
  }
  const eth0Request = requests.find((r) => r.deviceIndex === 0);
  if (!eth0Request) {
    return invalid('NetworkInterfaces', requests.map((r) => r.deviceIndex).join(','), 'The primary network interface (DeviceIndex 0) must be specified.');
  }
  if (requests.length > type.maxNetworkInterfaces) {
    refuse('eni.attach.limit', `Interface count ${requests.length} exceeds the limit for ${type.name}`, {
      scope: { kind: 'quota', to: type.name },
      resources,
      fix: `${type.name} takes at most ${type.maxNetworkInterfaces} network interfaces; launch with fewer or pick a larger type.`,
    });
  }
  for (const r of requests) {
    if (r.associatePublicIp && r.deviceIndex !== 0) {
      refuse('instance.public-ip.not-eth0', 'The associatePublicIPAddress parameter can only be specified for the network interface with DeviceIndex 0.', {
        scope: { kind: 'parameter', to: `${r.label}AssociatePublicIpAddress` },
      });
    }
  }
  if (eth0Request.associatePublicIp && requests.length > 1) {
    refuse(
      'instance.public-ip.multiple-nics',
      'The associatePublicIPAddress parameter cannot be specified when launching with multiple network interfaces.',
      { scope: { kind: 'parameter', to: 'AssociatePublicIpAddress' }, resources },
    );
  }
  return eth0Request;
}

/** The interfaces and subnets a launch request names, for a refusal's message. */
function requestedIds(requests: NicRequest[]): string[] {
  return requests.flatMap((r) => [r.networkInterfaceId, r.subnetId]).filter((id): id is string => id !== undefined);
}

/** What resolving one requested interface needs to know about the launch. */
interface ResolveContext {
  type: InstanceTypeInfo;
  maxCount: number;
  placementAz: string | undefined;
  seenEnis: Set<string>;
}

/** An existing interface named by the request: free, in the instance's AZ, within the type's address limit. */
function resolveExisting(tx: Tx, r: NicRequest & { networkInterfaceId: string }, az: string | undefined, ctx: ResolveContext): NicPlan {
  const { type } = ctx;
  const conflicting = r.subnetId || r.groupIds || r.explicit.length || r.secondaryCount || r.ipv6Count || r.ipv6Explicit.length;
  if (conflicting) {
    refuse('request.invalid-combination', `A network interface ID cannot be combined with subnet, group or address parameters (${r.networkInterfaceId}).`);
  }
  if (r.associatePublicIp) {
    refuse(
      'instance.public-ip.existing-eni',
      `The associatePublicIPAddress parameter cannot be specified for an existing network interface (${r.networkInterfaceId}).`,
      { resources: [r.networkInterfaceId] },
    );
  }
  if (ctx.maxCount > 1) {
    refuse('request.invalid-combination', `A network interface ID (${r.networkInterfaceId}) cannot be used when launching more than one instance.`);
  }
  if (ctx.seenEnis.has(r.networkInterfaceId)) invalid(`${r.label}NetworkInterfaceId`, r.networkInterfaceId, 'It is listed twice.');
  ctx.seenEnis.add(r.networkInterfaceId);
  const existing = mustFind(tx, 'networkInterfaces', r.networkInterfaceId);
  refuseRequesterManaged(existing, `Interface: [${existing.id}] in use.`);
  if (existing.attachment) {
    refuse('eni.in-use', `Interface: [${existing.id}] in use.`, {
      resources: [existing.id, existing.attachment.instanceId],
      fix: `${existing.id} is attached to ${existing.attachment.instanceId}; detach it first.`,
    });
  }
  if (az && existing.az !== az) {
    refuse('eni.attach.same-az', `You may not attach a network interface to an instance if they are not in the same availability zone`, {
      resources: [existing.id],
      scope: { kind: 'availability-zone', from: existing.az, to: az },
    });
  }
  if (existing.privateIps.length > type.ipv4PerInterface) {
    refuse('eni.ip-limit.instance-type', `Interface ${existing.id} has ${existing.privateIps.length} private IPv4 addresses, more than the limit of ${type.ipv4PerInterface} for ${type.name}.`, {
      resources: [existing.id],
      scope: { kind: 'quota', to: type.name },
    });
  }
  const subnet = mustFind(tx, 'subnets', existing.subnetId);
  return { ...r, subnet, existing, groupIdsResolved: existing.groupIds, plan: { explicit: [], secondaryCount: 0 } };
}

/** An interface to create: its subnet (eth0 defaults to the default subnet), AZ, address counts and groups checked. */
function resolveNew(tx: Tx, r: NicRequest, az: string | undefined, ctx: ResolveContext): NicPlan {
  const { type } = ctx;
  const subnet = r.subnetId
    ? mustFind(tx, 'subnets', r.subnetId)
    : r.deviceIndex === 0
      ? defaultSubnet(tx, ctx.placementAz)
      : missing(`${r.label}SubnetId`);
  if (az && subnet.az !== az) {
    refuse('eni.attach.same-az', `You may not attach a network interface to an instance if they are not in the same availability zone`, {
      resources: [subnet.id],
      scope: { kind: 'availability-zone', from: subnet.az, to: az },
      fix: `${subnet.id} is in ${subnet.az} but the instance runs in ${az}: every interface must come from a subnet of that AZ.`,
    });
  }
  const total = Math.max(1, r.explicit.length) + r.secondaryCount;
  if (total > type.ipv4PerInterface) {
    refuse('eni.ip-limit.instance-type', `The number of private IPv4 addresses (${total}) on a network interface exceeds the limit of ${type.ipv4PerInterface} for ${type.name}.`, {
      scope: { kind: 'quota', to: type.name },
    });
  }
  if (r.ipv6Count + r.ipv6Explicit.length > type.ipv6PerInterface) {
    refuse('ipv6.limit', `The number of IPv6 addresses (${r.ipv6Count + r.ipv6Explicit.length}) on a network interface exceeds the limit of ${type.ipv6PerInterface} for ${type.name}.`, {
      scope: { kind: 'quota', to: type.name },
    });
  }
  const groupIdsResolved = resolveInterfaceGroupIds(tx, subnet.vpcId, r.groupIds, r.groupNames, { launch: true, subnetId: subnet.id });
  return { ...r, subnet, groupIdsResolved, plan: { explicit: r.explicit, secondaryCount: r.secondaryCount } };
}

/**
 * Plan the interfaces of a launch: eth0 first (its subnet sets the AZ, which must match Placement.AvailabilityZone),
 * then the others by device index, each in eth0's AZ. Refuses (throws) on the first broken rule.
 */
export function planNics(tx: Tx, p: Params, requests: NicRequest[], type: InstanceTypeInfo, maxCount: number): NicPlan[] {
  const eth0Request = checkRequests(requests, type);
  const ctx: ResolveContext = { type, maxCount, placementAz: p.optObj('Placement')?.optStr('AvailabilityZone'), seenEnis: new Set() };
  const resolve = (r: NicRequest, az: string | undefined): NicPlan =>
    r.networkInterfaceId ? resolveExisting(tx, { ...r, networkInterfaceId: r.networkInterfaceId }, az, ctx) : resolveNew(tx, r, az, ctx);
  const eth0 = resolve(eth0Request, undefined);
  const placementAz = ctx.placementAz;
  if (placementAz && placementAz !== eth0.subnet.az) {
    refuse(
      'instance.launch.az-mismatch',
      `Value (${placementAz}) for parameter availabilityZone is invalid. Subnet '${eth0.subnet.id}' is in the availability zone ${eth0.subnet.az}`,
      { resources: [eth0.subnet.id], scope: { kind: 'availability-zone', from: eth0.subnet.az, to: placementAz } },
    );
  }
  const others = requests
    .filter((r) => r !== eth0Request)
    .sort((a, b) => a.deviceIndex - b.deviceIndex)
    .map((r) => resolve(r, eth0.subnet.az));
  return [eth0, ...others];
}

/** How many instances the subnets can hold, given the addresses each new interface needs (rule 9). */
export function addressRoom(tx: Tx, nics: NicPlan[]): { count: number; tightest?: Subnet } {
  const demand = new Map<string, { subnet: Subnet; need: number }>();
  for (const n of nics) {
    if (n.existing) continue;
    const need = Math.max(1, n.plan.explicit.length) + n.plan.secondaryCount;
    const entry = demand.get(n.subnet.id) ?? { subnet: n.subnet, need: 0 };
    entry.need += need;
    demand.set(n.subnet.id, entry);
  }
  let count = Infinity;
  let tightest: Subnet | undefined;
  for (const { subnet, need } of demand.values()) {
    const fits = Math.floor(freeAddressCount(tx, subnet) / need);
    if (fits < count) {
      count = fits;
      tightest = subnet;
    }
  }
  return { count, ...(tightest ? { tightest } : {}) };
}

/**
 * The interfaces of one new instance `instanceId`: the existing ones as they are, and a new one (with its private
 * and IPv6 addresses) for each other plan. Returns what to attach once the instance exists.
 */
export function createLaunchInterfaces(tx: Tx, p: Params, nics: NicPlan[], instanceId: string): LaunchAttachment[] {
  const attachments: LaunchAttachment[] = [];
  for (const nic of nics) {
    if (nic.existing) {
      attachments.push({ eniId: nic.existing.id, deviceIndex: nic.deviceIndex, deleteOnTermination: nic.deleteOnTermination ?? false });
      continue;
    }
    const addresses = planAddresses(tx, nic.subnet, nic.plan);
    // AssignIpv6AddressOnCreation on the subnet gives a new interface one IPv6 address unless the request names some.
    const auto = nic.ipv6Count === 0 && nic.ipv6Explicit.length === 0 && nic.subnet.assignIpv6AddressOnCreation ? 1 : 0;
    const ipv6 = planIpv6(tx, nic.subnet, nic.ipv6Explicit, nic.ipv6Count || auto);
    const eni = createEni(tx, {
      subnet: nic.subnet,
      groupIds: nic.groupIdsResolved,
      addresses,
      ipv6,
      description: nic.description,
      createdBy: 'launch',
      tags: p.tagsFor('network-interface'),
    });
    tx.event({
      type: 'eni-created',
      message: `Network interface ${eni.id} created in ${nic.subnet.id} with private IPv4 ${addresses.join(', ')} (MAC ${eni.mac}) for ${instanceId}.`,
      resourceId: eni.id,
    });
    attachments.push({ eniId: eni.id, deviceIndex: nic.deviceIndex, deleteOnTermination: nic.deleteOnTermination ?? true });
  }
  return attachments;
}
