/** The network category of the instance metadata tree: `network/interfaces/macs/<mac>/` for each interface. */
import type { NetworkInterface } from '../model/network';
import type { World } from '../model/world';
import { interfacePrivateDnsName, interfacePublicDnsName, publicAssociations } from './dns';
import { dir, leaf, lines, type Dir, type Node } from './metadata-nodes';

/** The names of an interface's security groups (the group ID when the group is gone). */
export function groupNames(world: World, eni: NetworkInterface): string[] {
  return eni.groupIds.map((id) => world.securityGroups.get(id)?.name ?? id);
}

/** `network/interfaces/macs/<mac>/`: one interface's addresses, subnet and VPC. */
export function interfaceNode(world: World, eni: NetworkInterface): Dir {
  const subnet = world.subnets.get(eni.subnetId);
  const vpc = world.vpcs.get(eni.vpcId);
  const associations = publicAssociations(world, eni);
  const ipv4Associations: Record<string, Node> = {};
  for (const pair of associations) ipv4Associations[pair.publicIp] = leaf(pair.privateIp);
  const privateName = interfacePrivateDnsName(eni);
  const publicName = interfacePublicDnsName(world, eni);
  const vpcCidrs = vpc?.cidrBlocks.map((b) => b.cidr) ?? [];
  return dir({
    'device-number': leaf(String(eni.attachment?.deviceIndex ?? 0)),
    'interface-id': leaf(eni.id),
    'ipv4-associations': associations.length > 0 ? dir(ipv4Associations) : undefined,
    ipv6s: lines(eni.ipv6),
    'local-hostname': privateName ? leaf(privateName) : undefined,
    'local-ipv4s': lines(eni.privateIps.map((ip) => ip.address)),
    mac: leaf(eni.mac),
    'network-card': leaf('0'),
    'owner-id': leaf(eni.ownerId),
    'public-hostname': publicName ? leaf(publicName) : undefined,
    'public-ipv4s': lines(associations.map((pair) => pair.publicIp)),
    'security-group-ids': lines(eni.groupIds),
    'security-groups': lines(groupNames(world, eni)),
    'subnet-id': leaf(eni.subnetId),
    'subnet-ipv4-cidr-block': subnet ? leaf(subnet.cidr) : undefined,
    'subnet-ipv6-cidr-blocks': subnet?.ipv6Cidr ? leaf(subnet.ipv6Cidr) : undefined,
    'vpc-id': leaf(eni.vpcId),
    'vpc-ipv4-cidr-block': vpcCidrs[0] ? leaf(vpcCidrs[0]) : undefined,
    'vpc-ipv4-cidr-blocks': lines(vpcCidrs),
    'vpc-ipv6-cidr-blocks': vpc?.ipv6CidrBlock ? leaf(vpc.ipv6CidrBlock) : undefined,
  });
}

/** `network/interfaces/macs/`: one directory per interface, listed in device order (eth0 first), not alphabetically. */
export function networkNode(world: World, enis: readonly NetworkInterface[]): Dir {
  const macs: Record<string, Node> = {};
  for (const eni of enis) macs[eni.mac] = interfaceNode(world, eni);
  return dir({ interfaces: dir({ macs: dir(macs, enis.map((eni) => `${eni.mac}/`).join('\n')) }) });
}
