import ipaddr from 'ipaddr.js';

/**
 * IPv4 CIDR arithmetic on top of ipaddr.js (parsing, network and broadcast addresses, matching). Addresses are
 * turned into integers only to walk a subnet in order when picking the next free address.
 */
export interface Cidr {
  /** Canonical text: network address / prefix (100.68.0.18/18 -> 100.68.0.0/18). */
  text: string;
  prefix: number;
  network: ipaddr.IPv4;
  /** First and last address as integers. */
  first: number;
  last: number;
}

export function isIpv4(text: string): boolean {
  return ipaddr.IPv4.isValidFourPartDecimal(text);
}

/**
 * A dotted-quad IPv4 as a number. Strings are read digit by digit (no split, no arrays): allocating an address
 * reads every address already used in the subnet, so this runs thousands of times per action in a big world.
 * Callers pass addresses that are already valid (the world only holds valid ones; input is checked with isIpv4).
 */
export function toInt(address: ipaddr.IPv4 | string): number {
  if (typeof address !== 'string') return address.octets.reduce((acc, octet) => acc * 256 + octet, 0);
  let value = 0;
  let octet = 0;
  for (let i = 0; i < address.length; i++) {
    const code = address.charCodeAt(i);
    if (code === 46 /* . */) {
      value = value * 256 + octet;
      octet = 0;
    } else {
      octet = octet * 10 + (code - 48);
    }
  }
  return value * 256 + octet;
}

export function fromInt(value: number): string {
  const octets = [24, 16, 8, 0].map((shift) => Math.floor(value / 2 ** shift) % 256);
  return octets.join('.');
}

export function parseCidr(text: string): Cidr | undefined {
  if (typeof text !== 'string' || !/^\d{1,3}(\.\d{1,3}){3}\/\d{1,2}$/.test(text)) return undefined;
  const [addr] = text.split('/');
  if (!addr || !isIpv4(addr)) return undefined;
  try {
    const network = ipaddr.IPv4.networkAddressFromCIDR(text);
    const broadcast = ipaddr.IPv4.broadcastAddressFromCIDR(text);
    const [, prefix] = ipaddr.IPv4.parseCIDR(text);
    return { text: `${network.toString()}/${prefix}`, prefix, network, first: toInt(network), last: toInt(broadcast) };
  } catch {
    return undefined;
  }
}

export function cidrSize(cidr: Cidr): number {
  return cidr.last - cidr.first + 1;
}

export function cidrContainsIp(cidr: Cidr, address: string): boolean {
  if (!isIpv4(address)) return false;
  return ipaddr.IPv4.parse(address).match(cidr.network, cidr.prefix);
}

export function cidrContains(outer: Cidr, inner: Cidr): boolean {
  return inner.first >= outer.first && inner.last <= outer.last;
}

export function cidrsOverlap(a: Cidr, b: Cidr): boolean {
  return a.first <= b.last && b.first <= a.last;
}

/**
 * AWS reserves five addresses in every subnet: the network address, +1 (VPC router), +2 (Amazon DNS),
 * +3 (future use) and the broadcast address.
 */
export function reservedAddresses(cidr: Cidr): string[] {
  return [cidr.first, cidr.first + 1, cidr.first + 2, cidr.first + 3, cidr.last].map(fromInt);
}

export function isReserved(cidr: Cidr, address: string): boolean {
  if (!isIpv4(address)) return false;
  const n = toInt(address);
  return n <= cidr.first + 3 || n === cidr.last;
}

/** Addresses a subnet can hand out: its size minus the five reserved. */
export function usableCount(cidr: Cidr): number {
  return cidrSize(cidr) - 5;
}

/** The lowest address of the subnet that is neither reserved nor in `used`, or undefined when the subnet is full. */
export function firstFreeAddress(cidr: Cidr, used: ReadonlySet<string>): string | undefined {
  const taken = new Set<number>();
  for (const address of used) taken.add(toInt(address));
  for (let n = cidr.first + 4; n < cidr.last; n++) {
    if (!taken.has(n)) return fromInt(n);
  }
  return undefined;
}

/** The Amazon DNS server of a VPC: its primary CIDR's base address plus two. */
export function vpcResolverAddress(primaryCidr: string): string | undefined {
  const cidr = parseCidr(primaryCidr);
  return cidr ? fromInt(cidr.first + 2) : undefined;
}
