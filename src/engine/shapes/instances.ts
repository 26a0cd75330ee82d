import type { Tag } from '../model/common';
import { STATE_CODES, type Instance, type MetadataOptions } from '../model/instances';
import { volumesRootFirst } from '../net/attached';
import { hasPublicDnsName, privateDnsName, publicDnsName } from '../net/dns-names';
import { instanceEnis } from '../net/interfaces';
import { publicAddressOf } from '../net/public-ips';
import { hashString } from '../rng';
import type { Tx } from '../tx';
import { isoAt } from '../time';
import { sdkProductCodes } from './images';
import { sdkGroups, toSdkInstanceNetworkInterface } from './network-interfaces';
import { sdkTags } from './tags';

/** SDK shapes of instances: `Instance` and `Reservation` (RunInstances, DescribeInstances; every family reuses them). */

/** The id of an instance profile as DescribeInstances shows it, derived from its ARN (stable across runs). */
export function instanceProfileId(arn: string): string {
  const h = hashString(arn).toString(16).toUpperCase().padStart(8, '0');
  return `AIPA${h}${hashString(`${arn}#`).toString(16).toUpperCase().padStart(8, '0')}X`;
}

/** DescribeInstances `BlockDeviceMappings` for an instance (SDK v3 InstanceBlockDeviceMapping[]). */
export function instanceBlockDeviceMappings(tx: Tx, instance: Instance): unknown[] {
  return volumesRootFirst(tx, instance).map((v) => ({
    DeviceName: v.attachment?.device ?? '',
    Ebs: {
      VolumeId: v.id,
      Status: 'attached',
      DeleteOnTermination: v.attachment?.deleteOnTermination ?? false,
      AttachTime: isoAt(v.attachment?.attachTime ?? v.createTime),
    },
  }));
}

/** SDK v3 `Instance`: the members the lab models, in the order the SDK lists them. */
export interface SdkInstance {
  AmiLaunchIndex: number;
  Architecture: string;
  BlockDeviceMappings: unknown[];
  EbsOptimized: boolean;
  EnaSupport: boolean;
  HibernationOptions: { Configured: boolean };
  Hypervisor: string;
  IamInstanceProfile?: { Arn: string; Id: string };
  ImageId: string;
  InstanceId: string;
  InstanceLifecycle?: string;
  SpotInstanceRequestId?: string;
  InstanceType: string;
  Ipv6Address?: string;
  KeyName?: string;
  LaunchTime: string;
  MetadataOptions: MetadataOptions;
  Monitoring: { State: string };
  NetworkInterfaces: ReturnType<typeof toSdkInstanceNetworkInterface>[];
  Placement: { AvailabilityZone: string; GroupName: string; Tenancy: string; HostId?: string; Affinity?: string };
  PlatformDetails: string;
  PrivateDnsName: string;
  PrivateDnsNameOptions: { HostnameType: string; EnableResourceNameDnsARecord: boolean; EnableResourceNameDnsAAAARecord: boolean };
  PrivateIpAddress?: string;
  ProductCodes: { ProductCodeId: string; ProductCodeType: string }[];
  PublicDnsName: string;
  PublicIpAddress?: string;
  RootDeviceName: string;
  RootDeviceType: string;
  SecurityGroups: { GroupId: string; GroupName: string }[];
  SourceDestCheck: boolean;
  State: { Code: number; Name: string };
  StateReason?: { Code: string; Message: string };
  StateTransitionReason: string;
  SubnetId: string;
  Tags?: Tag[];
  UsageOperation: string;
  VirtualizationType: string;
  VpcId: string;
}

function sdkPlacement(instance: Instance): SdkInstance['Placement'] {
  const placement: SdkInstance['Placement'] = {
    AvailabilityZone: instance.az,
    GroupName: instance.placement.groupName ?? '',
    Tenancy: instance.placement.tenancy,
  };
  if (instance.placement.hostId) placement.HostId = instance.placement.hostId;
  if (instance.placement.affinity) placement.Affinity = instance.placement.affinity;
  return placement;
}

/**
 * DescribeInstances / RunInstances `Instance` shape (SDK v3). On the hot path of DescribeInstances: built member by
 * member in the SDK's order (optional members only when set), with no intermediate objects spread into it.
 */
export function toSdkInstance(tx: Tx, instance: Instance): SdkInstance {
  const enis = instance.state === 'terminated' ? [] : instanceEnis(tx, instance.id);
  const eth0 = enis.find((e) => e.attachment?.deviceIndex === 0);
  const primary = eth0?.privateIps.find((ip) => ip.primary)?.address;
  const pub = eth0 && primary ? publicAddressOf(tx, eth0, primary) : undefined;
  const vpc = tx.get('vpcs', instance.vpcId);
  const image = tx.get('images', instance.imageId);
  const out = {
    AmiLaunchIndex: instance.amiLaunchIndex,
    Architecture: image?.architecture ?? 'x86_64',
    BlockDeviceMappings: instanceBlockDeviceMappings(tx, instance),
    EbsOptimized: instance.ebsOptimized,
    EnaSupport: true,
    HibernationOptions: { Configured: instance.hibernationConfigured },
    Hypervisor: 'xen',
  } as SdkInstance;
  const profile = instance.iamInstanceProfile;
  if (profile) out.IamInstanceProfile = { Arn: profile.arn, Id: instanceProfileId(profile.arn) };
  out.ImageId = instance.imageId;
  out.InstanceId = instance.id;
  if (instance.market) {
    out.InstanceLifecycle = 'spot';
    out.SpotInstanceRequestId = instance.market.spotInstanceRequestId;
  }
  out.InstanceType = instance.instanceType;
  if (eth0?.ipv6[0]) out.Ipv6Address = eth0.ipv6[0];
  if (instance.keyName) out.KeyName = instance.keyName;
  out.LaunchTime = isoAt(instance.launchTime);
  out.MetadataOptions = { ...instance.metadataOptions };
  out.Monitoring = { State: instance.monitoring ? 'enabled' : 'disabled' };
  out.NetworkInterfaces = enis.map((e) => toSdkInstanceNetworkInterface(tx, e));
  out.Placement = sdkPlacement(instance);
  out.PlatformDetails = image?.platformDetails ?? 'Linux/UNIX';
  out.PrivateDnsName = primary ? privateDnsName(instance.region, primary) : '';
  out.PrivateDnsNameOptions = { HostnameType: 'ip-name', EnableResourceNameDnsARecord: false, EnableResourceNameDnsAAAARecord: false };
  if (primary) out.PrivateIpAddress = primary;
  out.ProductCodes = sdkProductCodes(image);
  out.PublicDnsName = pub && vpc && hasPublicDnsName(vpc) ? publicDnsName(instance.region, pub.publicIp) : '';
  if (pub) out.PublicIpAddress = pub.publicIp;
  out.RootDeviceName = instance.rootDeviceName;
  out.RootDeviceType = instance.rootDeviceType;
  out.SecurityGroups = eth0 ? sdkGroups(tx, eth0.groupIds) : [];
  out.SourceDestCheck = eth0?.sourceDestCheck ?? true;
  out.State = { Code: STATE_CODES[instance.state], Name: instance.state };
  if (instance.stateReason) out.StateReason = { ...instance.stateReason };
  out.StateTransitionReason = instance.stateTransitionReason;
  out.SubnetId = instance.subnetId;
  const { Tags } = sdkTags(instance.tags);
  if (Tags) out.Tags = Tags;
  out.UsageOperation = 'RunInstances';
  out.VirtualizationType = 'hvm';
  out.VpcId = instance.vpcId;
  return out;
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
