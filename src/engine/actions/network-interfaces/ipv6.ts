import ipaddr from 'ipaddr.js';
import { mustFind } from '../../lookup';
import { refuseRequesterManaged } from '../../net/eni-factory';
import { planIpv6 } from '../../net/ipv6-addresses';
import { invalid, missing, type Params } from '../../params';
import { refuse } from '../../refusal';
import type { Tx } from '../../tx';
import { attachedType } from './private-ips';

/** IPv6 addresses of an interface, from its subnet's /64 (the IPv6 rules of rules/network-interfaces.ts). */

function canonicalIpv6(text: string, member: string): string {
  try {
    return ipaddr.IPv6.parse(text).toString();
  } catch {
    return invalid(member, text, 'It is not a valid IPv6 address.');
  }
}

export function assignIpv6Addresses(tx: Tx, p: Params) {
  const eni = mustFind(tx, 'networkInterfaces', p.str('NetworkInterfaceId'));
  refuseRequesterManaged(eni);
  const list = p.optStrList('Ipv6Addresses');
  const count = p.optInt('Ipv6AddressCount', 1, 50);
  if (list && count !== undefined) {
    refuse('request.invalid-combination', 'Specify either Ipv6Addresses or Ipv6AddressCount, not both.');
  }
  if (!list && count === undefined) return missing('Ipv6AddressCount');
  const explicit = list ? [...new Set(list.map((a) => canonicalIpv6(a, 'Ipv6Addresses')))] : [];
  const adding = list ? explicit.length : (count ?? 0);
  const type = attachedType(tx, eni);
  if (type && eni.ipv6.length + adding > type.ipv6PerInterface) {
    refuse('ipv6.limit', `Number of IPv6 addresses will exceed limit: ${eni.id} on ${type.name} can hold ${type.ipv6PerInterface} (it has ${eni.ipv6.length}).`, {
      resources: [eni.id],
      scope: { kind: 'quota', to: type.name },
    });
  }
  const subnet = mustFind(tx, 'subnets', eni.subnetId);
  const assigned = planIpv6(tx, subnet, explicit, list ? 0 : (count ?? 0));
  tx.update('networkInterfaces', eni.id, { ipv6: [...eni.ipv6, ...assigned] });
  tx.event({
    type: 'ipv6-assigned',
    message: `IPv6 ${assigned.join(', ')} assigned to ${eni.id} from ${subnet.ipv6Cidr}.`,
    resourceId: eni.id,
  });
  return { NetworkInterfaceId: eni.id, AssignedIpv6Addresses: assigned };
}

export function unassignIpv6Addresses(tx: Tx, p: Params) {
  const eni = mustFind(tx, 'networkInterfaces', p.str('NetworkInterfaceId'));
  refuseRequesterManaged(eni);
  const list = [...new Set(p.strList('Ipv6Addresses').map((a) => canonicalIpv6(a, 'Ipv6Addresses')))];
  for (const address of list) {
    if (!eni.ipv6.includes(address)) {
      refuse('ip.not-assigned', `Some of the specified addresses are not assigned to interface ${eni.id}: ${address}.`, {
        resources: [eni.id],
      });
    }
  }
  tx.update('networkInterfaces', eni.id, { ipv6: eni.ipv6.filter((a) => !list.includes(a)) });
  return { NetworkInterfaceId: eni.id, UnassignedIpv6Addresses: list };
}
