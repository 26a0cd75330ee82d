import { invalid, type Params } from '../params';
import { refuse } from '../refusal';

/**
 * Reading the network interfaces of a RunInstances request (or a Spot launch specification): the
 * `NetworkInterfaces` list, or the instance-level shortcut (SubnetId, PrivateIpAddress, security groups, IPv6) turned
 * into eth0. launch-interfaces.ts plans and creates them.
 */

/** One interface the request asks for, as written. */
export interface NicRequest {
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
export function readNics(p: Params, maxCount: number): NicRequest[] {
  const nics = p.optObjList('NetworkInterfaces');
  const subnetId = p.optStr('SubnetId');
  const privateIp = p.optStr('PrivateIpAddress');
  const groupIds = p.optStrList('SecurityGroupIds');
  const groupNames = p.optStrList('SecurityGroups');
  if (nics && nics.length > 0) {
    const resources = [
      ...(subnetId ? [subnetId] : []),
      ...nics.flatMap((n) => [n.optStr('NetworkInterfaceId'), n.optStr('SubnetId')]).filter((id): id is string => id !== undefined),
    ];
    if (subnetId || privateIp) {
      refuse('instance.launch.nic-and-subnet', 'Network interfaces and an instance-level subnet ID may not be specified on the same request', {
        scope: { kind: 'parameter', to: 'NetworkInterfaces' },
        resources,
      });
    }
    if (groupIds || groupNames) {
      refuse(
        'instance.launch.nic-and-subnet',
        'Network interfaces and an instance-level security groups may not be specified on the same request',
        { scope: { kind: 'parameter', to: 'NetworkInterfaces' }, resources },
      );
    }
    if (p.has('Ipv6AddressCount') || p.has('Ipv6Addresses')) {
      refuse(
        'instance.launch.nic-and-subnet',
        'Network interfaces and an instance-level IPv6 addresses may not be specified on the same request',
        { scope: { kind: 'parameter', to: 'NetworkInterfaces' }, resources },
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

