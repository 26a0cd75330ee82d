import { ruleTable } from './sections';

/**
 * Private IPv4 addresses of a subnet and an interface (rules 6–9 of docs/reference/ec2-rules.md): reserved and
 * taken addresses, secondary addresses, a full subnet. net/private-ips.ts and actions/network-interfaces/ apply them.
 */
export const PRIVATE_IP_RULES = ruleTable({
  'ip.reserved': {
    code: 'InvalidParameterValue',
    title: 'Five addresses of each subnet are reserved',
    concept:
      'AWS keeps the network address, the VPC router (+1), the Amazon DNS server (+2), one address for future use (+3) and the broadcast address of every subnet. They can never be given to an interface.',
    fix: 'Pick an address from base + 4 up to the last-but-one address of the subnet, or let AWS pick one.',
    section: 'Primary IPv4 private address',
    ref: 6,
  },
  'ip.outside-subnet': {
    code: 'InvalidParameterValue',
    title: 'Private IPv4 inside the subnet range',
    concept:
      'A network interface lives in one subnet, and every private IPv4 address it holds comes from that subnet’s CIDR range.',
    fix: 'Choose an address inside the subnet’s CIDR block, or leave it out and AWS picks the next free one.',
    section: 'Primary IPv4 private address',
    ref: 7,
  },
  'ip.in-use': {
    code: 'InvalidIPAddress.InUse',
    title: 'A private IPv4 belongs to one interface',
    concept:
      'Inside a subnet each private IPv4 address is held by at most one network interface; addresses of stopped instances stay held.',
    fix: 'Choose another free address, or leave it out so AWS picks the lowest free one.',
    section: 'Primary IPv4 private address',
    ref: 8,
  },
  'ip.secondary-in-use': {
    code: 'InvalidParameterValue',
    title: 'Secondary IP already assigned',
    concept:
      'A secondary private IPv4 address can move from one interface to another only when you explicitly allow reassignment.',
    fix: 'Send AllowReassignment=true to move the address, or pick a free one.',
    section: 'Elastic Network Interface',
    ref: 8,
  },
  'ip.primary-immovable': {
    code: 'InvalidParameterValue',
    title: 'The primary private IPv4 never moves',
    concept:
      'The primary private IPv4 address is fixed for the life of the network interface: it can be neither unassigned nor moved to another interface.',
    fix: 'Move or unassign a secondary address instead, or move the whole interface.',
    section: 'Primary IPv4 private address',
    ref: 26,
  },
  'ip.not-assigned': {
    code: 'InvalidParameterValue',
    title: 'Address not on this interface',
    concept: 'You can only unassign addresses that the interface actually holds.',
    fix: 'Check the interface’s private addresses with DescribeNetworkInterfaces.',
    section: 'Elastic Network Interface',
    ref: 26,
  },
  'subnet.full': {
    code: 'InsufficientFreeAddressesInSubnet',
    title: 'No free address left in the subnet',
    concept:
      'Each interface needs private IPv4 addresses from its subnet. When every usable address is held (even by stopped instances), nothing more can launch there.',
    fix: 'Use a larger or another subnet, or terminate instances / delete interfaces to free addresses.',
    section: 'Primary IPv4 private address',
    ref: 9,
  },
});
