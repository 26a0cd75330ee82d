import ipaddr from 'ipaddr.js';
import type { Subnet } from '../model/network';
import { invalid } from '../params';
import { refuse } from '../refusal';
import type { Tx } from '../tx';

/** IPv6 addresses of interfaces: taken from the subnet's /64 (rule 27), unique, drawn from the world's generator. */

export function usedIpv6(tx: Tx, subnetId: string): Map<string, string> {
  const used = new Map<string, string>();
  for (const eni of tx.all('networkInterfaces')) {
    if (eni.subnetId !== subnetId) continue;
    for (const a of eni.ipv6) used.set(a, eni.id);
  }
  return used;
}

function subnetBlock(subnet: Subnet): [ipaddr.IPv6, number] {
  if (!subnet.ipv6Cidr) {
    return refuse(
      'ipv6.subnet-none',
      `The subnet '${subnet.id}' has no IPv6 CIDR block, so it cannot assign IPv6 addresses.`,
      { resources: [subnet.id], scope: { kind: 'subnet', to: subnet.id } },
    );
  }
  const [addr, prefix] = ipaddr.IPv6.parseCIDR(subnet.ipv6Cidr);
  return [addr as ipaddr.IPv6, prefix];
}

/**
 * The IPv6 addresses an interface gets: the requested ones (checked: inside the /64, free) and `count` more picked
 * at random inside the /64. `alsoTaken` holds addresses already promised in the same request.
 */
export function planIpv6(tx: Tx, subnet: Subnet, explicit: string[], count: number, alsoTaken: Set<string> = new Set()): string[] {
  if (explicit.length === 0 && count === 0) return [];
  const [network, prefix] = subnetBlock(subnet);
  const used = usedIpv6(tx, subnet.id);
  const out: string[] = [];
  const taken = (a: string) => used.has(a) || alsoTaken.has(a) || out.includes(a);
  for (const text of explicit) {
    let parsed: ipaddr.IPv6;
    try {
      parsed = ipaddr.IPv6.parse(text);
    } catch {
      return invalid('Ipv6Addresses', text, 'It is not a valid IPv6 address.');
    }
    if (!parsed.match(network, prefix)) {
      refuse('ipv6.outside-subnet', `Address ${text} does not fall within the subnet's IPv6 range ${subnet.ipv6Cidr}.`, {
        resources: [subnet.id],
        scope: { kind: 'subnet', to: subnet.id },
      });
    }
    const canonical = parsed.toString();
    if (taken(canonical)) {
      const holder = used.get(canonical);
      refuse('ipv6.in-use', `The specified IP address ${canonical} is already in use${holder ? ` by ${holder}` : ''}.`, {
        resources: [subnet.id, ...(holder ? [holder] : [])],
      });
    }
    out.push(canonical);
  }
  const words = network.parts.slice(0, 4);
  for (let i = 0; i < count; i++) {
    for (;;) {
      const host = [0, 1, 2, 3].map(() => Math.floor(tx.random() * 0x10000));
      const candidate = new ipaddr.IPv6([...words, ...host]).toString();
      if (taken(candidate)) continue;
      out.push(candidate);
      break;
    }
  }
  return out;
}
