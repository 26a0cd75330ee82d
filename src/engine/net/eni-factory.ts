import { isoAt } from '../time';
import type { Tag } from '../model/common';
import type { EniAttachment, NetworkInterface, Subnet } from '../model/network';
import { mustFind } from '../lookup';
import { refuse } from '../refusal';
import type { Tx } from '../tx';
import { defaultSecurityGroup } from './addressing';
import { hasPublicDnsName, privateDnsName, publicDnsName } from './dns-names';
import { publicAddressOf } from './public-ips';

/** Creating interfaces, resolving their security groups, and their SDK shapes. */

export interface NewEni {
  subnet: Subnet;
  groupIds: string[];
  /** Private IPv4 addresses, the primary first. */
  addresses: string[];
  ipv6: string[];
  description: string;
  createdBy: 'launch' | 'user';
  tags: Tag[];
}

export function createEni(tx: Tx, spec: NewEni): NetworkInterface {
  const id = tx.id('eni');
  const eni: NetworkInterface = {
    ownerId: tx.account,
    region: spec.subnet.region,
    tags: spec.tags,
    id,
    vpcId: spec.subnet.vpcId,
    subnetId: spec.subnet.id,
    az: spec.subnet.az,
    mac: tx.mac(),
    privateIps: spec.addresses.map((address, i) => ({ address, primary: i === 0 })),
    ipv6: spec.ipv6,
    groupIds: spec.groupIds,
    sourceDestCheck: true,
    description: spec.description,
    createdBy: spec.createdBy,
  };
  tx.put('networkInterfaces', id, eni);
  return eni;
}

/** Attach an interface to an instance (the caller has checked the rules). */
export function attachEni(
  tx: Tx,
  eniId: string,
  instanceId: string,
  deviceIndex: number,
  deleteOnTermination: boolean,
): EniAttachment {
  const attachment: EniAttachment = {
    attachmentId: tx.id('eni-attach'),
    instanceId,
    deviceIndex,
    deleteOnTermination,
    attachTime: tx.now,
  };
  tx.update('networkInterfaces', eniId, { attachment });
  return attachment;
}

/**
 * Security group ids for an interface of `vpcId` (rule 11): the ids given (and/or group names), else the VPC's
 * default group. `launch` selects RunInstances' wording and code (InvalidParameter), otherwise InvalidGroup.NotFound.
 */
export function resolveGroupIds(
  tx: Tx,
  vpcId: string,
  ids: string[] | undefined,
  names: string[] | undefined,
  context: { launch: boolean; subnetId?: string },
): string[] {
  const out: string[] = [];
  for (const id of ids ?? []) {
    const group = mustFind(tx, 'securityGroups', id);
    if (group.vpcId !== vpcId) {
      if (context.launch) {
        refuse(
          'instance.launch.sg-vpc',
          `Security group ${group.id} and subnet ${context.subnetId ?? vpcId} belong to different networks.`,
          { resources: [group.id, context.subnetId ?? vpcId], scope: { kind: 'vpc', from: group.vpcId, to: vpcId } },
        );
      }
      refuse('eni.sg.same-vpc', `The security group '${group.id}' does not exist in VPC '${vpcId}'`, {
        resources: [group.id, vpcId],
        scope: { kind: 'vpc', from: group.vpcId, to: vpcId },
      });
    }
    if (!out.includes(group.id)) out.push(group.id);
  }
  for (const name of names ?? []) {
    const group = tx.visible('securityGroups').find((g) => g.vpcId === vpcId && g.name === name);
    if (!group) {
      return refuse('eni.sg.same-vpc', `The security group '${name}' does not exist in VPC '${vpcId}'`, {
        resources: [vpcId],
        scope: { kind: 'vpc', to: vpcId },
      });
    }
    if (!out.includes(group.id)) out.push(group.id);
  }
  if (out.length > 0) return out;
  const fallback = defaultSecurityGroup(tx, vpcId);
  return fallback ? [fallback.id] : [];
}

export function sdkGroups(tx: Tx, groupIds: string[]) {
  return groupIds.map((id) => ({ GroupId: id, GroupName: tx.get('securityGroups', id)?.name ?? '' }));
}

/** SDK `Association` of a private address: the Elastic IP or the dynamic public IPv4 NAT'ed to it. */
export function sdkAssociation(tx: Tx, eni: NetworkInterface, address: string) {
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
    InterfaceType: 'interface',
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
    RequesterManaged: false,
    SourceDestCheck: eni.sourceDestCheck,
    Status: eni.attachment ? 'in-use' : 'available',
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
