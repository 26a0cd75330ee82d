import { ruleTable } from './sections';

const SECTION = 'EC2 Network Interfaces, Instance IPs and DNS';
const SOURCE = 'A13';
/** Why network ACLs behave as they do, shared by every rule of the family (rule A13). */
const STATELESS =
  'A network ACL filters traffic at the subnet edge and is stateless: it checks each packet on its own, inbound and outbound, by ascending rule number, and the first matching rule decides (the final `*` rule denies). Unlike a security group it does not remember connections, so replies need their own outbound rule.';

/** Network ACLs (rule A13 of docs/reference/scaling-and-access-rules.md). */
export const NETWORK_ACL_RULES = ruleTable({
  'nacl.entry.duplicate': {
    code: 'NetworkAclEntryAlreadyExists',
    title: 'One entry per rule number and direction',
    concept: `${STATELESS} Rule numbers give the order, so two entries of one direction cannot share a number.`,
    fix: 'ReplaceNetworkAclEntry to change the existing entry, or pick a free rule number (leave gaps: 100, 110, 120).',
    section: SECTION,
    source: SOURCE,
  },
  'nacl.entry.not-found': {
    code: 'InvalidNetworkAclEntry.NotFound',
    title: 'No entry with that rule number',
    concept: `${STATELESS} Inbound and outbound entries are numbered separately.`,
    fix: 'DescribeNetworkAcls to see the entries, and check --egress / --ingress.',
    section: SECTION,
    source: SOURCE,
  },
  'nacl.entry.rule-number': {
    code: 'InvalidParameterValue',
    title: 'Rule numbers run from 1 to 32766',
    concept: `${STATELESS} The last rule, numbered * (32767), is AWS's and cannot be changed.`,
    fix: 'Use a rule number from 1 to 32766.',
    section: SECTION,
    source: SOURCE,
  },
  'nacl.entry.invalid': {
    code: 'InvalidParameterValue',
    title: 'An entry needs a protocol, an action and one address range',
    concept: `${STATELESS} Each entry names a protocol, allow or deny, one IPv4 or IPv6 range and, for TCP and UDP, a port range.`,
    fix: 'Give Protocol (-1, 6, 17, 1 or tcp/udp/icmp), RuleAction allow|deny, CidrBlock or Ipv6CidrBlock, and PortRange for TCP/UDP.',
    section: SECTION,
    source: SOURCE,
  },
  'nacl.entry.port-range': {
    code: 'MissingParameter',
    title: 'TCP and UDP entries need a port range',
    concept: `${STATELESS} For TCP and UDP an entry applies to a range of destination ports.`,
    fix: 'Add PortRange From=…,To=… (for SSH replies, the client’s ephemeral ports 1024-65535).',
    section: SECTION,
    source: SOURCE,
  },
  'nacl.delete.default': {
    code: 'InvalidParameterValue',
    title: 'The default network ACL cannot be deleted',
    concept: `${STATELESS} Every subnet must be associated with exactly one ACL; the VPC's default ACL is where subnets fall back, so it lives as long as the VPC.`,
    fix: 'Change the default ACL’s entries instead, or associate the subnets with a custom ACL.',
    section: SECTION,
    source: SOURCE,
  },
  'nacl.delete.in-use': {
    code: 'DependencyViolation',
    title: 'A network ACL in use cannot be deleted',
    concept: `${STATELESS} Every subnet is associated with exactly one ACL, so an ACL still associated with subnets cannot go.`,
    fix: 'ReplaceNetworkAclAssociation to move its subnets to another ACL (e.g. the default one), then delete it.',
    section: SECTION,
    source: SOURCE,
  },
  'nacl.association.vpc': {
    code: 'InvalidParameterValue',
    title: 'A subnet uses an ACL of its own VPC',
    concept: `${STATELESS} An ACL belongs to one VPC and filters only that VPC's subnets.`,
    fix: 'Pick a network ACL of the subnet’s VPC.',
    section: SECTION,
    source: SOURCE,
  },
});
