import { withLaunchTemplate } from './launch-templates';
import { requireZoneUp } from './az-failure';
import { placeable, requireCapacity } from '../billing/capacity';
import { getInstanceType, type InstanceTypeInfo } from '../catalog/instance-types';
import { hashString } from '../rng';
import { STATE_CODES, type Instance, type MetadataOptions, type Placement } from '../model/instances';
import type { NetworkInterface, Subnet } from '../model/network';
import type { Image } from '../model/storage';
import { mustFind } from '../lookup';
import { hasPublicDnsName, privateDnsName, publicDnsName } from '../net/dns-names';
import { attachEni, createEni, resolveGroupIds, sdkGroups, toSdkInstanceNetworkInterface } from '../net/eni-factory';
import { instanceEnis } from '../net/interfaces';
import { planIpv6 } from '../net/ipv6-addresses';
import { freeAddressCount, planAddresses, type AddressPlan } from '../net/private-ips';
import { assignDynamicIp, publicAddressOf } from '../net/public-ips';
import { invalid, missing, type Params } from '../params';
import { refuse } from '../refusal';
import type { Tx } from '../tx';
import { sdkTags } from '../shapes/tags';
import { findLaunchableImage, instanceBlockDeviceMappings } from './hooks/storage-hooks';
import { sdkProductCodes } from '../shapes/images';
import { isoAt } from '../time';
import { onLaunch } from './hooks/lifecycle';
import { launchKeyPair } from './key-pairs';

/**
 * RunInstances: from a request (or a Spot launch specification) to running instances with their interfaces,
 * private/public addresses and storage. Also the SDK `Instance` / `Reservation` shapes every family reuses.
 */

/** The lab caps one request; AWS's real limit is the account's vCPU quota. */
const MAX_PER_REQUEST = 100;
/** AWS's documented default when a request names no instance type. */
const DEFAULT_INSTANCE_TYPE = 'm1.small';
const USER_DATA_LIMIT = 16384;

// --- user data (base64 on the wire, text for the metadata service) ---------------------------------------

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

export function encodeBase64(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const a = bytes[i] ?? 0;
    const b = bytes[i + 1] ?? 0;
    const c = bytes[i + 2] ?? 0;
    const n = (a << 16) | (b << 8) | c;
    out += B64[(n >> 18) & 63];
    out += B64[(n >> 12) & 63];
    out += i + 1 < bytes.length ? B64[(n >> 6) & 63] : '=';
    out += i + 2 < bytes.length ? B64[n & 63] : '=';
  }
  return out;
}

export function decodeBase64(text: string): Uint8Array | undefined {
  const clean = text.replace(/\s+/g, '');
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(clean) || clean.length % 4 === 1) return undefined;
  const body = clean.replace(/=+$/, '');
  const bytes: number[] = [];
  let buffer = 0;
  let bits = 0;
  for (const ch of body) {
    buffer = (buffer << 6) | B64.indexOf(ch);
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      bytes.push((buffer >> bits) & 0xff);
    }
  }
  return Uint8Array.from(bytes);
}

/** Decode RunInstances/ModifyInstanceAttribute user data (base64) to the text the instance sees. */
export function decodeUserData(encoded: string, member = 'UserData'): string {
  const bytes = decodeBase64(encoded);
  if (!bytes) {
    return refuse('instance.user-data.invalid', 'Invalid BASE64 encoding of user data.', {
      scope: { kind: 'parameter', to: member },
    });
  }
  if (bytes.length > USER_DATA_LIMIT) {
    return refuse('instance.user-data.invalid', `User data is limited to ${USER_DATA_LIMIT} bytes.`, {
      scope: { kind: 'parameter', to: member },
    });
  }
  return new TextDecoder().decode(bytes);
}

export function encodeUserData(text: string): string {
  return encodeBase64(new TextEncoder().encode(text));
}

// --- instance types ----------------------------------------------------------------------------------------

export function launchableType(name: string): InstanceTypeInfo {
  const type = getInstanceType(name);
  if (!type) {
    return refuse('instance.type.unknown', `Invalid value '${name}' for InstanceType.`, {
      scope: { kind: 'parameter', to: 'InstanceType' },
    });
  }
  return type;
}

// --- metadata options ---------------------------------------------------------------------------------------

export const DEFAULT_METADATA_OPTIONS: MetadataOptions = {
  HttpTokens: 'optional',
  HttpEndpoint: 'enabled',
  HttpPutResponseHopLimit: 1,
  HttpProtocolIpv6: 'disabled',
  InstanceMetadataTags: 'disabled',
  State: 'applied',
};

/** Read `MetadataOptions` members over a base (RunInstances, ModifyInstanceMetadataOptions). */
export function readMetadataOptions(p: Params | undefined, base: MetadataOptions): MetadataOptions {
  if (!p) return { ...base };
  return {
    HttpTokens: p.optEnum('HttpTokens', ['optional', 'required'] as const) ?? base.HttpTokens,
    HttpEndpoint: p.optEnum('HttpEndpoint', ['enabled', 'disabled'] as const) ?? base.HttpEndpoint,
    HttpPutResponseHopLimit: p.optInt('HttpPutResponseHopLimit', 1, 64) ?? base.HttpPutResponseHopLimit,
    HttpProtocolIpv6: p.optEnum('HttpProtocolIpv6', ['enabled', 'disabled'] as const) ?? base.HttpProtocolIpv6,
    InstanceMetadataTags: p.optEnum('InstanceMetadataTags', ['enabled', 'disabled'] as const) ?? base.InstanceMetadataTags,
    State: 'applied',
  };
}

// --- SDK shapes ---------------------------------------------------------------------------------------------

function profileId(arn: string): string {
  const h = hashString(arn).toString(16).toUpperCase().padStart(8, '0');
  return `AIPA${h}${hashString(`${arn}#`).toString(16).toUpperCase().padStart(8, '0')}X`;
}

/** DescribeInstances / RunInstances `Instance` shape (SDK v3). */
export function toSdkInstance(tx: Tx, instance: Instance) {
  const enis = instance.state === 'terminated' ? [] : instanceEnis(tx, instance.id);
  const eth0 = enis.find((e) => e.attachment?.deviceIndex === 0);
  const primary = eth0?.privateIps.find((ip) => ip.primary)?.address;
  const pub = eth0 && primary ? publicAddressOf(tx, eth0, primary) : undefined;
  const vpc = tx.get('vpcs', instance.vpcId);
  const image = tx.get('images', instance.imageId);
  return {
    AmiLaunchIndex: instance.amiLaunchIndex,
    Architecture: image?.architecture ?? 'x86_64',
    BlockDeviceMappings: instanceBlockDeviceMappings(tx, instance),
    EbsOptimized: instance.ebsOptimized,
    EnaSupport: true,
    HibernationOptions: { Configured: instance.hibernationConfigured },
    Hypervisor: 'xen',
    ...(instance.iamInstanceProfile
      ? { IamInstanceProfile: { Arn: instance.iamInstanceProfile.arn, Id: profileId(instance.iamInstanceProfile.arn) } }
      : {}),
    ImageId: instance.imageId,
    InstanceId: instance.id,
    ...(instance.market ? { InstanceLifecycle: 'spot', SpotInstanceRequestId: instance.market.spotInstanceRequestId } : {}),
    InstanceType: instance.instanceType,
    ...(eth0?.ipv6[0] ? { Ipv6Address: eth0.ipv6[0] } : {}),
    ...(instance.keyName ? { KeyName: instance.keyName } : {}),
    LaunchTime: isoAt(instance.launchTime),
    MetadataOptions: { ...instance.metadataOptions },
    Monitoring: { State: instance.monitoring ? 'enabled' : 'disabled' },
    NetworkInterfaces: enis.map((e) => toSdkInstanceNetworkInterface(tx, e)),
    Placement: {
      AvailabilityZone: instance.az,
      GroupName: instance.placement.groupName ?? '',
      Tenancy: instance.placement.tenancy,
      ...(instance.placement.hostId ? { HostId: instance.placement.hostId } : {}),
      ...(instance.placement.affinity ? { Affinity: instance.placement.affinity } : {}),
    },
    PlatformDetails: image?.platformDetails ?? 'Linux/UNIX',
    PrivateDnsName: primary ? privateDnsName(instance.region, primary) : '',
    PrivateDnsNameOptions: {
      HostnameType: 'ip-name',
      EnableResourceNameDnsARecord: false,
      EnableResourceNameDnsAAAARecord: false,
    },
    ...(primary ? { PrivateIpAddress: primary } : {}),
    ProductCodes: sdkProductCodes(tx.get('images', instance.imageId)),
    PublicDnsName: pub && vpc && hasPublicDnsName(vpc) ? publicDnsName(instance.region, pub.publicIp) : '',
    ...(pub ? { PublicIpAddress: pub.publicIp } : {}),
    RootDeviceName: instance.rootDeviceName,
    RootDeviceType: instance.rootDeviceType,
    SecurityGroups: eth0 ? sdkGroups(tx, eth0.groupIds) : [],
    SourceDestCheck: eth0?.sourceDestCheck ?? true,
    State: { Code: STATE_CODES[instance.state], Name: instance.state },
    ...(instance.stateReason ? { StateReason: { ...instance.stateReason } } : {}),
    StateTransitionReason: instance.stateTransitionReason,
    SubnetId: instance.subnetId,
    ...sdkTags(instance.tags),
    UsageOperation: 'RunInstances',
    VirtualizationType: 'hvm',
    VpcId: instance.vpcId,
  };
}

/** SDK `Reservation`: what RunInstances returns and what DescribeInstances lists. */
export function toSdkReservation(tx: Tx, reservationId: string, instances: Instance[]) {
  return {
    ReservationId: reservationId,
    OwnerId: instances[0]?.ownerId ?? tx.account,
    Groups: [],
    Instances: instances.map((i) => toSdkInstance(tx, i)),
  };
}

// --- reading the request ------------------------------------------------------------------------------------

interface NicRequest {
  label: string;
  deviceIndex: number;
  networkInterfaceId?: string;
  subnetId?: string;
  groupIds?: string[];
  groupNames?: string[];
  explicit: { address: string; primary: boolean }[];
  secondaryCount: number;
  ipv6Explicit: string[];
  ipv6Count: number;
  associatePublicIp?: boolean;
  deleteOnTermination?: boolean;
  description: string;
}

/** A network interface the launch will use: an existing one, or one to create in `subnet`. */
interface NicPlan extends NicRequest {
  subnet: Subnet;
  existing?: NetworkInterface;
  groupIdsResolved: string[];
  plan: AddressPlan;
}

/** `PrivateIpAddress` and `PrivateIpAddresses[{PrivateIpAddress, Primary}]` of a request, the primary first. */
export function explicitAddresses(label: string, single: string | undefined, list: Params[] | undefined) {
  const listed = (list ?? []).map((x) => ({ address: x.str('PrivateIpAddress'), primary: x.optBool('Primary') ?? false }));
  if (!single) return listed;
  const otherPrimary = listed.find((x) => x.primary && x.address !== single);
  if (otherPrimary) {
    invalid(`${label}PrivateIpAddresses`, otherPrimary.address, `It conflicts with the primary address ${single}.`);
  }
  return [{ address: single, primary: true }, ...listed.filter((x) => x.address !== single).map((x) => ({ ...x, primary: false }))];
}

function readNic(n: Params, i: number): NicRequest {
  const label = `NetworkInterfaces.${i + 1}.`;
  const networkInterfaceId = n.optStr('NetworkInterfaceId');
  const subnetId = n.optStr('SubnetId');
  const groupIds = n.optStrList('Groups');
  const associatePublicIp = n.optBool('AssociatePublicIpAddress');
  const deleteOnTermination = n.optBool('DeleteOnTermination');
  return {
    label,
    deviceIndex: n.int('DeviceIndex', 0, 31),
    ...(networkInterfaceId ? { networkInterfaceId } : {}),
    ...(subnetId ? { subnetId } : {}),
    ...(groupIds ? { groupIds } : {}),
    explicit: explicitAddresses(label, n.optStr('PrivateIpAddress'), n.optObjList('PrivateIpAddresses')),
    secondaryCount: n.optInt('SecondaryPrivateIpAddressCount', 0, 64) ?? 0,
    ipv6Explicit: (n.optObjList('Ipv6Addresses') ?? []).map((x) => x.str('Ipv6Address')),
    ipv6Count: n.optInt('Ipv6AddressCount', 0, 64) ?? 0,
    ...(associatePublicIp !== undefined ? { associatePublicIp } : {}),
    ...(deleteOnTermination !== undefined ? { deleteOnTermination } : {}),
    description: n.optStr('Description') ?? '',
  };
}

/** The NetworkInterfaces of the request, or the instance-level shortcut turned into eth0. */
function readNics(p: Params, maxCount: number): NicRequest[] {
  const nics = p.optObjList('NetworkInterfaces');
  const subnetId = p.optStr('SubnetId');
  const privateIp = p.optStr('PrivateIpAddress');
  const groupIds = p.optStrList('SecurityGroupIds');
  const groupNames = p.optStrList('SecurityGroups');
  if (nics && nics.length > 0) {
    if (subnetId || privateIp) {
      refuse('instance.launch.nic-and-subnet', 'Network interfaces and an instance-level subnet ID may not be specified on the same request', {
        scope: { kind: 'parameter', to: 'NetworkInterfaces' },
      });
    }
    if (groupIds || groupNames) {
      refuse(
        'instance.launch.nic-and-subnet',
        'Network interfaces and an instance-level security groups may not be specified on the same request',
        { scope: { kind: 'parameter', to: 'NetworkInterfaces' } },
      );
    }
    if (p.has('Ipv6AddressCount') || p.has('Ipv6Addresses')) {
      refuse(
        'instance.launch.nic-and-subnet',
        'Network interfaces and an instance-level IPv6 addresses may not be specified on the same request',
        { scope: { kind: 'parameter', to: 'NetworkInterfaces' } },
      );
    }
    return nics.map(readNic);
  }
  if (privateIp && maxCount > 1) {
    refuse('instance.launch.private-ip-count', 'Cannot specify a private IP address when launching more than one instance.', {
      scope: { kind: 'parameter', to: 'PrivateIpAddress' },
    });
  }
  return [
    {
      label: '',
      deviceIndex: 0,
      ...(subnetId ? { subnetId } : {}),
      ...(groupIds ? { groupIds } : {}),
      ...(groupNames ? { groupNames } : {}),
      explicit: privateIp ? [{ address: privateIp, primary: true }] : [],
      secondaryCount: 0,
      ipv6Explicit: (p.optObjList('Ipv6Addresses') ?? []).map((x) => x.str('Ipv6Address')),
      ipv6Count: p.optInt('Ipv6AddressCount', 0, 64) ?? 0,
      description: '',
    },
  ];
}

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

function planNics(tx: Tx, p: Params, requests: NicRequest[], type: InstanceTypeInfo, maxCount: number): NicPlan[] {
  const indexes = new Set<number>();
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
      { scope: { kind: 'parameter', to: 'AssociatePublicIpAddress' } },
    );
  }
  const placementAz = p.optObj('Placement')?.optStr('AvailabilityZone');
  const seenEnis = new Set<string>();
  const resolve = (r: NicRequest, az: string | undefined): NicPlan => {
    if (r.networkInterfaceId) {
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
      if (maxCount > 1) {
        refuse('request.invalid-combination', `A network interface ID (${r.networkInterfaceId}) cannot be used when launching more than one instance.`);
      }
      if (seenEnis.has(r.networkInterfaceId)) invalid(`${r.label}NetworkInterfaceId`, r.networkInterfaceId, 'It is listed twice.');
      seenEnis.add(r.networkInterfaceId);
      const existing = mustFind(tx, 'networkInterfaces', r.networkInterfaceId);
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
    const subnet = r.subnetId
      ? mustFind(tx, 'subnets', r.subnetId)
      : r.deviceIndex === 0
        ? defaultSubnet(tx, placementAz)
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
    const groupIdsResolved = resolveGroupIds(tx, subnet.vpcId, r.groupIds, r.groupNames, { launch: true, subnetId: subnet.id });
    return { ...r, subnet, groupIdsResolved, plan: { explicit: r.explicit, secondaryCount: r.secondaryCount } };
  };
  const eth0 = resolve(eth0Request, undefined);
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
function capacity(tx: Tx, nics: NicPlan[]): { count: number; tightest?: Subnet } {
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

function readPlacement(p: Params): Placement {
  const placement = p.optObj('Placement');
  const tenancy = placement?.optEnum('Tenancy', ['default', 'dedicated', 'host'] as const) ?? 'default';
  const hostId = placement?.optStr('HostId');
  const affinity = placement?.optEnum('Affinity', ['default', 'host'] as const);
  const groupName = placement?.optStr('GroupName');
  return {
    tenancy,
    ...(hostId ? { hostId } : {}),
    ...(affinity ? { affinity } : {}),
    ...(groupName ? { groupName } : {}),
  };
}

function readProfile(tx: Tx, p: Params): Instance['iamInstanceProfile'] {
  const profile = p.optObj('IamInstanceProfile');
  if (!profile) return undefined;
  const arn = profile.optStr('Arn');
  const name = profile.optStr('Name');
  if (!arn && !name) return missing('IamInstanceProfile.Name');
  if (arn) {
    const match = /^arn:aws:iam::\d{12}:instance-profile\/(?:.*\/)?([\w+=,.@-]+)$/.exec(arn);
    if (!match?.[1]) return invalid('IamInstanceProfile.Arn', arn, 'It is not an instance profile ARN.');
    return { arn, roleName: match[1] };
  }
  return { arn: `arn:aws:iam::${tx.account}:instance-profile/${name}`, roleName: name ?? '' };
}

export interface LaunchResult {
  reservationId: string;
  instances: Instance[];
  image: Image;
}

/**
 * Launch instances from a RunInstances request (or a Params built from a Spot launch specification): checks every
 * rule, creates the interfaces and addresses, leaves the instances `running` and calls the storage and purchasing
 * hooks. Refuses (throws) before anything is visible when a rule is broken.
 */
export function launchInstances(tx: Tx, p: Params): LaunchResult {
  const image = findLaunchableImage(tx, p.str('ImageId'));
  const type = launchableType(p.optStr('InstanceType') ?? DEFAULT_INSTANCE_TYPE);
  const minCount = p.optInt('MinCount', 1) ?? 1;
  const maxCount = p.optInt('MaxCount', 1) ?? minCount;
  if (minCount > maxCount) invalid('MinCount', minCount, `MinCount (${minCount}) must not be greater than MaxCount (${maxCount}).`);
  if (minCount > MAX_PER_REQUEST) {
    refuse('instance.launch.limit', `You have requested more instances (${minCount}) than your current instance limit of ${MAX_PER_REQUEST} allows.`, {
      scope: { kind: 'quota', to: tx.region },
    });
  }
  const requests = readNics(p, maxCount);
  const nics = planNics(tx, p, requests, type, maxCount);
  const eth0 = nics[0] as NicPlan;
  requireZoneUp(tx, eth0.subnet.az);

  const market = p.optObj('InstanceMarketOptions');
  const isSpot = market?.optStr('MarketType') === 'spot';
  const disableApiTermination = p.optBool('DisableApiTermination') ?? false;
  const disableApiStop = p.optBool('DisableApiStop') ?? false;
  if (isSpot && disableApiTermination) {
    refuse('instance.protection.spot', `Modifying 'disableApiTermination' is not supported for spot instances.`, {
      scope: { kind: 'parameter', to: 'DisableApiTermination' },
    });
  }
  if (disableApiStop && (isSpot || image.rootDeviceType === 'instance-store')) {
    refuse(
      'instance.stop-protection.unsupported',
      isSpot
        ? `Modifying 'disableApiStop' is not supported for spot instances.`
        : `Stop protection is not supported for instance-store-backed AMI ${image.id}.`,
      { resources: [image.id], scope: { kind: 'parameter', to: 'DisableApiStop' } },
    );
  }
  const userDataText = p.optStr('UserData');
  const userData = userDataText !== undefined ? decodeUserData(userDataText) : undefined;
  const metadataOptions = readMetadataOptions(p.optObj('MetadataOptions'), DEFAULT_METADATA_OPTIONS);
  const iamInstanceProfile = readProfile(tx, p);
  const shutdownBehavior = p.optEnum('InstanceInitiatedShutdownBehavior', ['stop', 'terminate'] as const) ?? 'stop';
  const asked = readPlacement(p);
  // A VPC created with InstanceTenancy=dedicated runs every instance on single-tenant hardware.
  const dedicatedVpc = tx.get('vpcs', eth0.subnet.vpcId)?.instanceTenancy === 'dedicated';
  const placement: Placement = dedicatedVpc && asked.tenancy === 'default' ? { ...asked, tenancy: 'dedicated' } : asked;
  const monitoring = p.optObj('Monitoring')?.bool('Enabled', false) ?? false;
  // CPU credits are checked only where they change the answer (unlimited is refused on a Dedicated Host).
  if (p.optObj('CreditSpecification') && placement.tenancy !== 'host') {
    refuse('request.unsupported-member', 'The parameter CreditSpecification of ec2:RunInstances is not supported by the lab: it does not model the CPU credits of burstable instances.', {
      scope: { kind: 'parameter', to: 'CreditSpecification' },
    });
  }
  const keyName = p.optStr('KeyName');
  const keyPair = keyName !== undefined ? launchKeyPair(tx, keyName) : undefined;
  const ebsOptimized = p.optBool('EbsOptimized') ?? false;
  const hibernationConfigured = p.optObj('HibernationOptions')?.optBool('Configured') ?? false;

  const room = capacity(tx, nics);
  if (room.count < minCount) {
    const subnet = room.tightest ?? eth0.subnet;
    refuse('subnet.full', `There are not enough free addresses in subnet '${subnet.id}' to satisfy the requested number of instances.`, {
      resources: [subnet.id],
      scope: { kind: 'subnet', to: subnet.id },
      fix: `${subnet.id} (${subnet.cidr}) has ${freeAddressCount(tx, subnet)} free addresses; stopped instances keep theirs. Free some or use a bigger subnet.`,
    });
  }
  // Capacity of the pool (type + AZ, sim:SetCapacity): zonal RIs keep their slots; Spot and On-Demand share the rest.
  // Instances on a Dedicated Host use the learner's own host instead.
  const onHost = placement.tenancy === 'host' || placement.hostId !== undefined;
  const pool = { instanceType: type.name, az: eth0.subnet.az };
  const slots = onHost ? Infinity : placeable(tx, pool, { account: tx.account, spot: isSpot });
  if (slots < minCount) requireCapacity(tx, pool, { account: tx.account, spot: isSpot, count: minCount });
  const count = Math.min(maxCount, MAX_PER_REQUEST, room.count, slots);
  // Rule 28: a dynamic public IPv4 only for a single, newly created interface; the launch flag overrides the subnet.
  const publicIpOnLaunch =
    !eth0.existing && nics.length === 1 && (eth0.associatePublicIp ?? eth0.subnet.mapPublicIpOnLaunch);

  const reservationId = tx.id('r');
  const launched: Instance[] = [];
  for (let index = 0; index < count; index++) {
    const id = tx.id('i');
    const attachments: { eniId: string; deviceIndex: number; deleteOnTermination: boolean }[] = [];
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
        message: `Network interface ${eni.id} created in ${nic.subnet.id} with private IPv4 ${addresses.join(', ')} (MAC ${eni.mac}) for ${id}.`,
        resourceId: eni.id,
      });
      attachments.push({ eniId: eni.id, deviceIndex: nic.deviceIndex, deleteOnTermination: nic.deleteOnTermination ?? true });
    }
    const instance: Instance = {
      ownerId: tx.account,
      region: tx.region,
      tags: p.tagsFor('instance'),
      id,
      reservationId,
      az: eth0.subnet.az,
      vpcId: eth0.subnet.vpcId,
      subnetId: eth0.subnet.id,
      instanceType: type.name,
      imageId: image.id,
      ...(keyPair ? { keyName: keyPair.name, sshPublicKey: keyPair.publicKey } : {}),
      state: 'running',
      stateTransitionReason: '',
      launchTime: tx.now,
      amiLaunchIndex: index,
      rootDeviceType: image.rootDeviceType,
      rootDeviceName: image.rootDeviceName,
      instanceStore: [],
      publicIpOnLaunch,
      ...(userData !== undefined ? { userData } : {}),
      ...(iamInstanceProfile ? { iamInstanceProfile } : {}),
      disableApiTermination,
      disableApiStop,
      shutdownBehavior,
      metadataOptions: { ...metadataOptions },
      placement: { ...placement },
      physicalHostId: '',
      status: { system: 'ok', instance: 'ok' },
      ebsOptimized,
      hibernationConfigured,
      ...(monitoring ? { monitoring } : {}),
      lastStartTime: tx.now,
      recoveries: [],
    };
    tx.put('instances', id, instance);
    for (const a of attachments) attachEni(tx, a.eniId, id, a.deviceIndex, a.deleteOnTermination);
    tx.event({
      type: 'instance-state',
      message: `${id} (${type.name}) is pending: EC2 places it on a host in ${instance.az}, subnet ${instance.subnetId}.`,
      resourceId: id,
      to: 'pending',
    });
    assignDynamicIp(tx, id);
    onLaunch(tx, instance, image, p);
    tx.event({
      type: 'instance-state',
      message: `${id} is running.`,
      resourceId: id,
      from: 'pending',
      to: 'running',
    });
    launched.push(instance);
  }
  if (count < maxCount) {
    const why =
      slots < Math.min(maxCount, MAX_PER_REQUEST, room.count)
        ? `that is all the ${type.name} capacity EC2 has left in ${pool.az}`
        : `that is all the subnet's free addresses allow`;
    tx.event({
      type: 'notice',
      message: `Only ${count} of the ${maxCount} requested instances were launched (MinCount ${minCount}): ${why}.`,
      ...(slots < Math.min(maxCount, MAX_PER_REQUEST, room.count) ? { data: { rule: 'capacity.insufficient' } } : {}),
    });
  }
  return { reservationId, instances: launched.map((i) => tx.get('instances', i.id) ?? i), image };
}

/** ec2:RunInstances */
export function runInstances(tx: Tx, p: Params) {
  const { reservationId, instances } = launchInstances(tx, withLaunchTemplate(tx, p));
  return toSdkReservation(tx, reservationId, instances);
}
