import type { NetworkInterface } from '../model/network';
import { hasPublicDnsName, privateDnsName, publicDnsName } from '../net/dns-names';
import { publicAddressOf } from '../net/public-ips';
import type { Tx } from '../tx';
import { isoAt } from '../time';

/** SDK shapes of network interfaces: `NetworkInterface` (DescribeNetworkInterfaces) and `InstanceNetworkInterface`. */

/** SDK `GroupIdentifier`s of security group ids (an unknown group shows an empty name). */
export function sdkGroups(tx: Tx, groupIds: string[]) {
  return groupIds.map((id) => ({ GroupId: id, GroupName: tx.get('securityGroups', id)?.name ?? '' }));
}

/** SDK `Association` of a private address: the Elastic IP or the dynamic public IPv4 NAT'ed to it. */
function sdkAssociation(tx: Tx, eni: NetworkInterface, address: string) {
  const pub = publicAddressOf(tx, eni, address);
  if (!pub) return undefined;
  const vpc = tx.get('vpcs', eni.vpcId);
  const association: { IpOwnerId: string; PublicDnsName: string; PublicIp: string; AllocationId?: string; AssociationId?: string } = {
    IpOwnerId: pub.ipOwnerId,
    PublicDnsName: vpc && hasPublicDnsName(vpc) ? publicDnsName(eni.region, pub.publicIp) : '',
    PublicIp: pub.publicIp,
  };
  if (pub.allocationId) association.AllocationId = pub.allocationId;
  if (pub.associationId) association.AssociationId = pub.associationId;
  return association;
}

type SdkAssociation = NonNullable<ReturnType<typeof sdkAssociation>>;

/**
 * `{ Association, ...body }`, or `body` when there is no association (the SDK lists Association first). Not
 * `{ ...(association ? { Association } : {}), … }`: V8 builds an object literal that starts with a spread on a slow
 * path, about twenty times slower, and DescribeInstances on a big world shapes thousands of these.
 */
function withAssociation<B extends object>(association: SdkAssociation | undefined, body: B): { Association?: SdkAssociation } & B {
  return association ? { Association: association, ...body } : body;
}

function sdkPrivateIps(tx: Tx, eni: NetworkInterface) {
  return eni.privateIps.map((ip) =>
    withAssociation(sdkAssociation(tx, eni, ip.address), {
      Primary: ip.primary,
      PrivateDnsName: privateDnsName(eni.region, ip.address),
      PrivateIpAddress: ip.address,
    }),
  );
}

function primaryAddress(eni: NetworkInterface): string {
  return (eni.privateIps.find((ip) => ip.primary) ?? eni.privateIps[0])?.address ?? '';
}

/** The fields both SDK shapes of an interface share, in their order. */
function sdkInterfaceFields(tx: Tx, eni: NetworkInterface, primary: string) {
  return {
    Description: eni.description,
    Groups: sdkGroups(tx, eni.groupIds),
    InterfaceType: eni.managedBy ? 'ec2_instance_connect_endpoint' : 'interface',
    Ipv6Addresses: eni.ipv6.map((a) => ({ Ipv6Address: a, IsPrimaryIpv6: false })),
    MacAddress: eni.mac,
    NetworkInterfaceId: eni.id,
    OwnerId: eni.ownerId,
    PrivateDnsName: privateDnsName(eni.region, primary),
    PrivateIpAddress: primary,
    PrivateIpAddresses: sdkPrivateIps(tx, eni),
  };
}

/** DescribeNetworkInterfaces shape (SDK v3 `NetworkInterface`). */
export function toSdkNetworkInterface(tx: Tx, eni: NetworkInterface) {
  const primary = primaryAddress(eni);
  const association = sdkAssociation(tx, eni, primary);
  const instance = eni.attachment ? tx.get('instances', eni.attachment.instanceId) : undefined;
  const attachment = eni.attachment && {
    AttachTime: isoAt(eni.attachment.attachTime),
    AttachmentId: eni.attachment.attachmentId,
    DeleteOnTermination: eni.attachment.deleteOnTermination,
    DeviceIndex: eni.attachment.deviceIndex,
    NetworkCardIndex: 0,
    InstanceId: eni.attachment.instanceId,
    InstanceOwnerId: instance?.ownerId ?? eni.ownerId,
    Status: 'attached',
  };
  const body = {
    AvailabilityZone: eni.az,
    ...sdkInterfaceFields(tx, eni, primary),
    RequesterManaged: eni.managedBy !== undefined,
    SourceDestCheck: eni.sourceDestCheck,
    Status: eni.attachment || eni.managedBy ? 'in-use' : 'available',
    SubnetId: eni.subnetId,
    TagSet: eni.tags.map((t) => ({ ...t })),
    VpcId: eni.vpcId,
  };
  const attached: { Attachment?: NonNullable<typeof attachment> } & typeof body = attachment ? { Attachment: attachment, ...body } : body;
  return withAssociation(association, attached);
}

/** DescribeInstances `NetworkInterfaces[]` shape (SDK v3 `InstanceNetworkInterface`). */
export function toSdkInstanceNetworkInterface(tx: Tx, eni: NetworkInterface) {
  const primary = primaryAddress(eni);
  return withAssociation(sdkAssociation(tx, eni, primary), {
    Attachment: {
      AttachTime: isoAt(eni.attachment?.attachTime ?? 0),
      AttachmentId: eni.attachment?.attachmentId ?? '',
      DeleteOnTermination: eni.attachment?.deleteOnTermination ?? false,
      DeviceIndex: eni.attachment?.deviceIndex ?? 0,
      NetworkCardIndex: 0,
      Status: 'attached',
    },
    ...sdkInterfaceFields(tx, eni, primary),
    SourceDestCheck: eni.sourceDestCheck,
    Status: 'in-use',
    SubnetId: eni.subnetId,
    VpcId: eni.vpcId,
  });
}
