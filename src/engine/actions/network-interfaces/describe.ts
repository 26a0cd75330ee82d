import { applyFilters, sdkPathAccessors } from '../../filters';
import type { NetworkInterface } from '../../model/network';
import { mustFind } from '../../lookup';
import { toSdkNetworkInterface } from '../../shapes/network-interfaces';
import { eipOn, eipsOnEni } from '../../net/interfaces';
import type { Params } from '../../params';
import type { Tx } from '../../tx';

/** DescribeNetworkInterfaces: interfaces by ID or all visible ones, through AWS's filters. */
export function describeNetworkInterfaces(tx: Tx, p: Params) {
  const ids = p.optStrList('NetworkInterfaceIds');
  const list = ids ? [...new Set(ids)].map((id) => mustFind(tx, 'networkInterfaces', id)) : tx.visible('networkInterfaces');
  const filtered = applyFilters(list, p, {
    'network-interface-id': (e) => e.id,
    'subnet-id': (e) => e.subnetId,
    'vpc-id': (e) => e.vpcId,
    'availability-zone': (e) => e.az,
    status: (e) => (e.attachment ? 'in-use' : 'available'),
    'mac-address': (e) => e.mac,
    description: (e) => e.description,
    'owner-id': (e) => e.ownerId,
    'group-id': (e) => e.groupIds,
    'private-ip-address': (e) => e.privateIps.map((ip) => ip.address),
    'addresses.private-ip-address': (e) => e.privateIps.map((ip) => ip.address),
    'addresses.primary': (e) => e.privateIps.map((ip) => String(ip.primary)),
    'ipv6-addresses.ipv6-address': (e) => e.ipv6,
    'source-dest-check': (e) => String(e.sourceDestCheck),
    'attachment.instance-id': (e) => e.attachment?.instanceId,
    'attachment.attachment-id': (e) => e.attachment?.attachmentId,
    'attachment.device-index': (e) => (e.attachment ? String(e.attachment.deviceIndex) : undefined),
    'attachment.status': (e) => (e.attachment ? 'attached' : undefined),
    'attachment.delete-on-termination': (e) => (e.attachment ? String(e.attachment.deleteOnTermination) : undefined),
    'association.public-ip': (e) =>
      e.privateIps.map((ip) => eipOn(tx, e.id, ip.address)?.publicIp ?? ip.publicIp),
    'association.allocation-id': (e) => eipsOnEni(tx, e.id).map((a) => a.allocationId),
    'association.association-id': (e) => eipsOnEni(tx, e.id).map((a) => a.association?.associationId),
    'interface-type': () => 'interface',
    'availability-zone-id': (e) => tx.base.regions[e.region]?.zones.find((z) => z.ZoneName === e.az)?.ZoneId,
    ...sdkPathAccessors({
      'addresses.association.public-ip': 'PrivateIpAddresses.Association.PublicIp',
      'addresses.association.owner-id': 'PrivateIpAddresses.Association.IpOwnerId',
    }, (e: NetworkInterface) => toSdkNetworkInterface(tx, e)),
  }, (e) => toSdkNetworkInterface(tx, e));
  return { NetworkInterfaces: filtered.map((e) => toSdkNetworkInterface(tx, e)) };
}
