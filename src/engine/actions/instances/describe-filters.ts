import { STATE_CODES, type Instance } from '../../model/instances';
import { hasPublicDnsName, privateDnsName, publicDnsName } from '../../net/dns-names';
import { instanceEnis, primaryEni } from '../../net/interfaces';
import { instancePublicIp } from '../../net/public-ips';
import type { Tx } from '../../tx';
import { sdkPathAccessors, type FilterAccessors } from '../../filters';
import { toSdkInstance } from '../../shapes/instances';

/**
 * Documented DescribeInstances filters whose values sit at an SDK path their name does not spell (the generic
 * name-to-path reading would find nothing and the filter would silently match no instance).
 */
const SDK_PATHS: Record<string, string> = {
  'instance.group-name': 'SecurityGroups.GroupName',
  'network-interface.group-id': 'NetworkInterfaces.Groups.GroupId',
  'network-interface.group-name': 'NetworkInterfaces.Groups.GroupName',
  'block-device-mapping.volume-id': 'BlockDeviceMappings.Ebs.VolumeId',
  'block-device-mapping.status': 'BlockDeviceMappings.Ebs.Status',
  'block-device-mapping.delete-on-termination': 'BlockDeviceMappings.Ebs.DeleteOnTermination',
  'block-device-mapping.attach-time': 'BlockDeviceMappings.Ebs.AttachTime',
  'launch-index': 'AmiLaunchIndex',
  'monitoring-state': 'Monitoring.State',
  'network-interface.addresses.primary': 'NetworkInterfaces.PrivateIpAddresses.Primary',
  'network-interface.addresses.private-dns-name': 'NetworkInterfaces.PrivateIpAddresses.PrivateDnsName',
  'network-interface.addresses.association.public-ip': 'NetworkInterfaces.PrivateIpAddresses.Association.PublicIp',
  'network-interface.addresses.association.allocation-id': 'NetworkInterfaces.PrivateIpAddresses.Association.AllocationId',
  'network-interface.addresses.association.association-id': 'NetworkInterfaces.PrivateIpAddresses.Association.AssociationId',
  'network-interface.addresses.association.ip-owner-id': 'NetworkInterfaces.PrivateIpAddresses.Association.IpOwnerId',
  'network-interface.addresses.association.public-dns-name': 'NetworkInterfaces.PrivateIpAddresses.Association.PublicDnsName',
  'network-interface.public-dns-name': 'NetworkInterfaces.Association.PublicDnsName',
  'private-dns-name-options.enable-resource-name-dns-aaaa-record': 'PrivateDnsNameOptions.EnableResourceNameDnsAAAARecord',
};

/** The DescribeInstances filter table: names read from the model, then names read at an explicit SDK path. */
export function instanceFilters(tx: Tx): FilterAccessors<Instance> {
  const eth0 = (i: Instance) => primaryEni(tx, i.id);
  const primaryIp = (i: Instance) => eth0(i)?.privateIps.find((ip) => ip.primary)?.address;
  return {
    'instance-id': (i) => i.id,
    'instance-state-name': (i) => i.state,
    'instance-state-code': (i) => String(STATE_CODES[i.state]),
    'subnet-id': (i) => i.subnetId,
    'vpc-id': (i) => i.vpcId,
    'availability-zone': (i) => i.az,
    'availability-zone-id': (i) => tx.base.regions[i.region]?.zones.find((z) => z.ZoneName === i.az)?.ZoneId,
    'instance-type': (i) => i.instanceType,
    'image-id': (i) => i.imageId,
    'reservation-id': (i) => i.reservationId,
    'key-name': (i) => i.keyName,
    'owner-id': (i) => i.ownerId,
    'tenancy': (i) => i.placement.tenancy,
    'root-device-type': (i) => i.rootDeviceType,
    'instance-lifecycle': (i) => (i.market ? 'spot' : undefined),
    'private-ip-address': (i) => primaryIp(i),
    'private-dns-name': (i) => {
      const ip = primaryIp(i);
      return ip ? privateDnsName(i.region, ip) : undefined;
    },
    'ip-address': (i) => instancePublicIp(tx, i),
    'dns-name': (i) => {
      const ip = instancePublicIp(tx, i);
      const vpc = tx.get('vpcs', i.vpcId);
      return ip && vpc && hasPublicDnsName(vpc) ? publicDnsName(i.region, ip) : undefined;
    },
    'instance.group-id': (i) => eth0(i)?.groupIds ?? [],
    'group-id': (i) => eth0(i)?.groupIds ?? [],
    'metadata-options.http-protocol-ipv4': () => 'enabled',
    'network-interface.network-interface-id': (i) => instanceEnis(tx, i.id).map((e) => e.id),
    'network-interface.addresses.private-ip-address': (i) =>
      instanceEnis(tx, i.id).flatMap((e) => e.privateIps.map((ip) => ip.address)),
    'network-interface.subnet-id': (i) => instanceEnis(tx, i.id).map((e) => e.subnetId),
    'network-interface.availability-zone': (i) => instanceEnis(tx, i.id).map((e) => e.az),
    'network-interface.attachment.instance-id': (i) => instanceEnis(tx, i.id).map(() => i.id),
    'network-interface.attachment.instance-owner-id': (i) => instanceEnis(tx, i.id).map(() => i.ownerId),
    'iam-instance-profile.arn': (i) => i.iamInstanceProfile?.arn,
    'placement-group-name': (i) => i.placement.groupName,
    'host-id': (i) => i.placement.hostId,
    ...sdkPathAccessors(SDK_PATHS, (i: Instance) => toSdkInstance(tx, i)),
  };
}
