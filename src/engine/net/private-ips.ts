import type { Subnet } from '../model/network';
import { invalid } from '../params';
import { refuse } from '../refusal';
import type { Tx } from '../tx';
import { usedPrivateIps } from './addressing';
import { cidrContainsIp, firstFreeAddress, isIpv4, isReserved, parseCidr, usableCount, type Cidr } from './cidr';

/**
 * Private IPv4 addressing inside a subnet: checking requested addresses (rules 6–8) and picking free ones
 * deterministically (the lowest free address from base + 4, rule 9).
 */

export function subnetCidr(subnet: Subnet): Cidr {
  const cidr = parseCidr(subnet.cidr);
  if (!cidr) throw new Error(`subnet ${subnet.id} has a malformed CIDR ${subnet.cidr}`);
  return cidr;
}

/** Free usable addresses of a subnet right now. */
export function freeAddressCount(tx: Tx, subnet: Subnet): number {
  return usableCount(subnetCidr(subnet)) - usedPrivateIps(tx, subnet.id).size;
}

/** The ENI holding a private IPv4 in a subnet, if any. */
export function holderOf(tx: Tx, subnetId: string, address: string) {
  return tx.all('networkInterfaces').find((e) => e.subnetId === subnetId && e.privateIps.some((ip) => ip.address === address));
}

/**
 * Check an address someone asked for: a well-formed IPv4 (InvalidParameterValue), inside the subnet (rule 7), not
 * one of the five reserved addresses (rule 6). Whether it is free is checked by the caller (the code differs).
 */
export function checkRequestedAddress(subnet: Subnet, address: string, member = 'PrivateIpAddress'): void {
  if (!isIpv4(address)) invalid(member, address, 'It is not a valid IPv4 address.');
  const cidr = subnetCidr(subnet);
  if (!cidrContainsIp(cidr, address)) {
    refuse('ip.outside-subnet', `Address ${address} does not fall within the subnet's address range`, {
      resources: [subnet.id],
      scope: { kind: 'subnet', to: subnet.id },
      fix: `Pick an address inside ${subnet.id}'s ${subnet.cidr}, or leave it out so AWS picks one.`,
    });
  }
  if (isReserved(cidr, address)) {
    refuse('ip.reserved', `Address ${address} is reserved by AWS in subnet '${subnet.id}' (${subnet.cidr}).`, {
      resources: [subnet.id],
      scope: { kind: 'subnet', to: subnet.id },
      fix: `The first four addresses and the last one of ${subnet.cidr} are reserved; pick another, or let AWS pick.`,
    });
  }
}

export interface AddressPlan {
  /** Explicitly requested addresses, in order; `primary` marks the one that must be the primary. */
  explicit: { address: string; primary: boolean }[];
  /** How many more secondary addresses AWS should pick. */
  secondaryCount: number;
}

/**
 * The addresses a new interface in `subnet` gets: the primary first, then the secondaries. Requested addresses are
 * validated (rules 6–8); the rest are the lowest free addresses from base + 4. `alsoTaken` holds addresses already
 * promised in the same request.
 */
export function planAddresses(tx: Tx, subnet: Subnet, plan: AddressPlan, alsoTaken: Set<string> = new Set()): string[] {
  const used = usedPrivateIps(tx, subnet.id);
  for (const a of alsoTaken) used.add(a);
  const primaries = plan.explicit.filter((e) => e.primary);
  if (primaries.length > 1) {
    invalid('PrivateIpAddresses', primaries.map((p) => p.address).join(', '), 'Only one address can be the primary.');
  }
  const seen = new Set<string>();
  for (const { address } of plan.explicit) {
    checkRequestedAddress(subnet, address);
    if (seen.has(address)) invalid('PrivateIpAddresses', address, 'The address is listed twice.');
    seen.add(address);
    if (used.has(address)) {
      const holder = holderOf(tx, subnet.id, address);
      refuse('ip.in-use', `The specified IP address ${address} is already in use${holder ? ` by ${holder.id}` : ''}.`, {
        resources: [subnet.id, ...(holder ? [holder.id] : [])],
        scope: { kind: 'subnet', to: subnet.id },
      });
    }
  }
  for (const a of seen) used.add(a);
  const ordered = [
    ...primaries.map((p) => p.address),
    ...plan.explicit.filter((e) => !e.primary).map((e) => e.address),
  ];
  const cidr = subnetCidr(subnet);
  const picked: string[] = [];
  const pickOne = () => {
    const next = firstFreeAddress(cidr, used);
    if (!next) {
      return refuse('subnet.full', `Insufficient free IP addresses in subnet '${subnet.id}' (${subnet.cidr}).`, {
        resources: [subnet.id],
        scope: { kind: 'subnet', to: subnet.id },
        fix: `Every usable address of ${subnet.cidr} is held (stopped instances keep theirs). Free some or use another subnet.`,
      });
    }
    used.add(next);
    picked.push(next);
    return next;
  };
  // The primary is the address marked Primary, else the first one listed, else AWS's pick.
  const result = ordered.length > 0 ? ordered : [pickOne()];
  for (let i = 0; i < plan.secondaryCount; i++) result.push(pickOne());
  return result;
}
