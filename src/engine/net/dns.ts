/**
 * The Amazon-provided DNS resolver (VPC base +2, 169.254.169.253), split-horizon as AWS runs it, plus the address
 * views the guest family shares (which ENIs an instance has, which public IPv4 is NAT'ed to which private IP).
 *
 * - Private IP names (`ip-10-16-0-10.ec2.internal`) resolve only from inside their VPC, and only when the VPC has
 *   `enableDnsSupport`, always to the private IPv4.
 * - Public names (`ec2-54-1-2-3.compute-1.amazonaws.com`) exist only while the address is NAT'ed to a private IP and
 *   the VPC has both `enableDnsHostnames` and `enableDnsSupport`. From inside that VPC they resolve to the private
 *   IPv4 (traffic stays inside the VPC); from anywhere else to the public IPv4 / Elastic IP.
 */
import type { NetworkInterface, Vpc } from '../model/network';
import type { World } from '../model/world';
import { hasPublicDnsName, privateDnsName, publicDnsName } from './dns-names';

export type DnsFrom = 'inside-vpc' | 'internet';

export interface NameQuery {
  Name: string;
  From: DnsFrom;
  VpcId?: string;
}

export interface NameAnswer {
  Answers: string[];
  Rcode: 'NOERROR' | 'NXDOMAIN';
  /** Guest rule (rules/guest.ts) that explains this answer to a learner. */
  Rule?: string;
}

/** The primary private IPv4 of an ENI. */
export function primaryPrivateIp(eni: NetworkInterface): string | undefined {
  return (eni.privateIps.find((ip) => ip.primary) ?? eni.privateIps[0])?.address;
}

/**
 * The public IPv4 NAT'ed to one private IP of an ENI: an Elastic IP associated with it wins, otherwise the dynamic
 * public IPv4 EC2 gave at launch. The guest OS never sees it; only the internet gateway and IMDS know it.
 */
export function publicIpFor(world: World, eni: NetworkInterface, privateIp: string): string | undefined {
  const eip = [...world.addresses.values()].find(
    (a) => a.association?.networkInterfaceId === eni.id && a.association.privateIp === privateIp,
  );
  if (eip) return eip.publicIp;
  return eni.privateIps.find((ip) => ip.address === privateIp)?.publicIp;
}

/** Every public IPv4 of an ENI, as pairs with the private IP it is NAT'ed to (primary private IP first). */
export function publicAssociations(world: World, eni: NetworkInterface): { publicIp: string; privateIp: string }[] {
  const pairs: { publicIp: string; privateIp: string }[] = [];
  const ordered = [...eni.privateIps].sort((a, b) => Number(b.primary) - Number(a.primary));
  for (const ip of ordered) {
    const publicIp = publicIpFor(world, eni, ip.address);
    if (publicIp) pairs.push({ publicIp, privateIp: ip.address });
  }
  return pairs;
}

/** The ENI's public DNS name (of its primary private IP's public IPv4), when the VPC's DNS attributes allow one. */
export function interfacePublicDnsName(world: World, eni: NetworkInterface): string | undefined {
  const vpc = world.vpcs.get(eni.vpcId);
  const privateIp = primaryPrivateIp(eni);
  if (!vpc || !privateIp || !hasPublicDnsName(vpc)) return undefined;
  const publicIp = publicIpFor(world, eni, privateIp);
  return publicIp ? publicDnsName(eni.region, publicIp) : undefined;
}

/** The ENI's private IP name (`ip-10-16-0-10.ec2.internal`). */
export function interfacePrivateDnsName(eni: NetworkInterface): string | undefined {
  const privateIp = primaryPrivateIp(eni);
  return privateIp ? privateDnsName(eni.region, privateIp) : undefined;
}

function normalise(name: string): string {
  return name.trim().toLowerCase().replace(/\.$/, '');
}

const NX = (rule?: string): NameAnswer => ({ Answers: [], Rcode: 'NXDOMAIN', ...(rule ? { Rule: rule } : {}) });

/** Names the Amazon resolver answers for the metadata service itself, from inside an instance. */
const LINK_LOCAL_NAMES: Record<string, string> = {
  'instance-data': '169.254.169.254',
  'instance-data.ec2.internal': '169.254.169.254',
};

/** Find the private IP a private IP name stands for in a VPC. */
function privateNameTarget(world: World, vpc: Vpc, name: string): string | undefined {
  for (const eni of [...world.networkInterfaces.values()]) {
    if (eni.vpcId !== vpc.id) continue;
    for (const ip of eni.privateIps) {
      if (privateDnsName(vpc.region, ip.address) === name) return ip.address;
    }
  }
  return undefined;
}

/** Does the name look like an EC2 private IP name of any region? */
function looksPrivate(name: string): boolean {
  return /^ip-\d{1,3}-\d{1,3}-\d{1,3}-\d{1,3}\.(ec2\.internal|[a-z0-9-]+\.compute\.internal)$/.test(name);
}

function looksPublic(name: string): boolean {
  return /^ec2-\d{1,3}-\d{1,3}-\d{1,3}-\d{1,3}\.(compute-1|[a-z0-9-]+\.compute)\.amazonaws\.com$/.test(name);
}

/**
 * What the Amazon resolver answers for `query.Name`, asked from inside a VPC (`VpcId`) or from the internet.
 * Pure: reads the world, never changes it. Unknown VPC ids answer NXDOMAIN (the action refuses them first).
 */
export function resolveName(world: World, query: NameQuery): NameAnswer {
  const name = normalise(query.Name);
  const inside = query.From === 'inside-vpc';
  const vpc = inside && query.VpcId ? world.vpcs.get(query.VpcId) : undefined;
  if (inside && !vpc) return NX();
  if (vpc && !vpc.enableDnsSupport) return NX('dns.support.disabled');

  if (vpc) {
    const local = LINK_LOCAL_NAMES[name];
    if (local) return { Answers: [local], Rcode: 'NOERROR' };
    const privateTarget = privateNameTarget(world, vpc, name);
    if (privateTarget) return { Answers: [privateTarget], Rcode: 'NOERROR', Rule: 'dns.private.inside-only' };
  }

  // Public names: find the ENI whose public IPv4 the name spells.
  let hostnamesOff = false;
  for (const eni of [...world.networkInterfaces.values()]) {
    for (const pair of publicAssociations(world, eni)) {
      if (publicDnsName(eni.region, pair.publicIp) !== name) continue;
      const home = world.vpcs.get(eni.vpcId);
      if (!home || !hasPublicDnsName(home)) {
        hostnamesOff = true;
        continue;
      }
      if (vpc && vpc.id === eni.vpcId) {
        return { Answers: [pair.privateIp], Rcode: 'NOERROR', Rule: 'dns.public.split-horizon' };
      }
      return { Answers: [pair.publicIp], Rcode: 'NOERROR', Rule: 'dns.public.split-horizon' };
    }
  }
  if (hostnamesOff) return NX('dns.public.hostnames-disabled');
  if (looksPrivate(name)) return NX('dns.private.inside-only');
  if (looksPublic(name)) return NX('dns.public.no-address');
  return NX();
}
