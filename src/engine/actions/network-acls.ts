/**
 * Network ACLs (rule A13): CreateNetworkAcl, the entry actions, ReplaceNetworkAclAssociation, DeleteNetworkAcl and
 * DescribeNetworkAcls. The default ACL of each VPC and the default associations are made by the VPC and subnet
 * actions (net/network-acls.ts); evaluation lives in net/acl-eval.ts.
 */
import type { NetworkAcl, NetworkAclEntry } from '../model/network';
import { mustFind } from '../lookup';
import { parseCidr } from '../net/cidr';
import { RULE_NUMBERS, sortedEntries, starEntries } from '../net/network-acls';
import type { Params } from '../params';
import { missing } from '../params';
import { refuse } from '../refusal';
import type { Tx } from '../tx';
import { applyFilters, sdkPathAccessors } from '../filters';
import { toSdkNetworkAcl } from '../shapes/network-acls';
import { defineActions } from '../action-def';

function createNetworkAcl(tx: Tx, p: Params) {
  const vpc = mustFind(tx, 'vpcs', p.str('VpcId'));
  p.optStr('ClientToken');
  const id = tx.id('acl');
  const acl: NetworkAcl = {
    ownerId: tx.account,
    region: tx.region,
    tags: p.tagsFor('network-acl'),
    id,
    vpcId: vpc.id,
    isDefault: false,
    entries: starEntries(vpc.ipv6CidrBlock !== undefined),
    associations: [],
  };
  tx.put('networkAcls', id, acl);
  tx.event({ type: 'created', message: `Network ACL ${id} created in ${vpc.id}: it denies all traffic until entries are added.`, resourceId: id });
  return { NetworkAcl: toSdkNetworkAcl(acl) };
}

/** Protocol names the API accepts besides numbers; Describe shows the number. */
const PROTOCOL_NAMES: Record<string, string> = { all: '-1', tcp: '6', udp: '17', icmp: '1', icmpv6: '58' };

function protocolOf(p: Params, acl: NetworkAcl): string {
  const text = p.str('Protocol').toLowerCase();
  const named = Object.hasOwn(PROTOCOL_NAMES, text) ? PROTOCOL_NAMES[text] : undefined;
  if (named) return named;
  const n = /^-?\d+$/.test(text) ? Number(text) : NaN;
  if (n === -1 || (n >= 0 && n <= 255)) return String(n);
  return refuse('nacl.entry.invalid', `Invalid value '${text}' for protocol. It must be -1, a protocol number from 0 to 255, or tcp, udp, icmp.`, {
    resources: [acl.id],
    scope: { kind: 'parameter', to: 'Protocol' },
  });
}

function ruleNumberOf(p: Params, acl: NetworkAcl): number {
  const n = p.int('RuleNumber');
  if (n < RULE_NUMBERS.min || n > RULE_NUMBERS.max) {
    refuse('nacl.entry.rule-number', `Invalid value '${n}' for ruleNumber. It must be between ${RULE_NUMBERS.min} and ${RULE_NUMBERS.max}.`, {
      resources: [acl.id],
      scope: { kind: 'parameter', to: 'RuleNumber' },
    });
  }
  return n;
}

function rangeOf(p: Params, acl: NetworkAcl): Pick<NetworkAclEntry, 'cidrBlock' | 'ipv6CidrBlock'> {
  const v4 = p.optStr('CidrBlock');
  const v6 = p.optStr('Ipv6CidrBlock');
  if ((v4 === undefined) === (v6 === undefined)) {
    refuse('nacl.entry.invalid', 'Either CidrBlock or Ipv6CidrBlock must be specified, but not both.', {
      resources: [acl.id],
      scope: { kind: 'parameter', to: 'CidrBlock' },
    });
  }
  if (v4 !== undefined) {
    const cidr = parseCidr(v4);
    if (!cidr) refuse('nacl.entry.invalid', `Value (${v4}) for parameter cidrBlock is invalid. This is not a valid CIDR block.`, { resources: [acl.id] });
    return { cidrBlock: cidr.text };
  }
  if (!v6 || !/^[0-9a-f:]+\/\d{1,3}$/i.test(v6)) refuse('nacl.entry.invalid', `Value (${v6}) for parameter ipv6CidrBlock is invalid.`, { resources: [acl.id] });
  return { ipv6CidrBlock: v6.toLowerCase() };
}

/** Ports for TCP/UDP, type and code for ICMP; any other protocol covers every port (and ignores both). */
function portsOf(p: Params, acl: NetworkAcl, protocol: string): Pick<NetworkAclEntry, 'portRange' | 'icmpTypeCode'> {
  const ports = p.optObj('PortRange');
  const icmp = p.optObj('IcmpTypeCode');
  const from = ports?.optInt('From', 0, 65535);
  const to = ports?.optInt('To', 0, 65535);
  const type = icmp?.optInt('Type', -1, 255);
  const code = icmp?.optInt('Code', -1, 255);
  if (protocol === '6' || protocol === '17') {
    if (from === undefined || to === undefined) {
      refuse('nacl.entry.port-range', `TCP and UDP entries need a PortRange with From and To (network ACL ${acl.id}).`, {
        resources: [acl.id],
        scope: { kind: 'parameter', to: 'PortRange' },
      });
    }
    if (from > to) refuse('nacl.entry.invalid', `The port range ${from}-${to} is invalid: From must not exceed To.`, { resources: [acl.id] });
    return { portRange: { from, to } };
  }
  if (protocol === '1' || protocol === '58') return { icmpTypeCode: { type: type ?? -1, code: code ?? -1 } };
  return {};
}

function readEntry(p: Params, acl: NetworkAcl): NetworkAclEntry {
  const ruleNumber = ruleNumberOf(p, acl);
  const egress = egressOf(p);
  const protocol = protocolOf(p, acl);
  const ruleAction = p.enum('RuleAction', ['allow', 'deny'] as const);
  return { ruleNumber, egress, protocol, ruleAction, ...rangeOf(p, acl), ...portsOf(p, acl, protocol) };
}

/** Egress is required: true for outbound rules, false for inbound ones (the CLI's --egress / --ingress). */
function egressOf(p: Params): boolean {
  const egress = p.optBool('Egress');
  return egress ?? missing('Egress');
}

const direction = (egress: boolean) => (egress ? 'egress' : 'ingress');

function createNetworkAclEntry(tx: Tx, p: Params) {
  const acl = mustFind(tx, 'networkAcls', p.str('NetworkAclId'));
  const entry = readEntry(p, acl);
  if (acl.entries.some((e) => e.ruleNumber === entry.ruleNumber && e.egress === entry.egress)) {
    refuse('nacl.entry.duplicate', `The network acl entry identified by ${entry.ruleNumber} already exists.`, {
      resources: [acl.id],
      fix: `ReplaceNetworkAclEntry ${acl.id} rule ${entry.ruleNumber} (${direction(entry.egress)}), or use another rule number.`,
    });
  }
  tx.update('networkAcls', acl.id, { entries: sortedEntries([...acl.entries, entry]) });
  tx.event({ type: 'acl', message: `${acl.id}: ${direction(entry.egress)} rule ${entry.ruleNumber} ${entry.ruleAction}s ${entryText(entry)}.`, resourceId: acl.id });
  return {};
}

function entryText(entry: NetworkAclEntry): string {
  const proto = entry.protocol === '-1' ? 'all traffic' : entry.protocol === '6' ? 'TCP' : entry.protocol === '17' ? 'UDP' : `protocol ${entry.protocol}`;
  const ports = entry.portRange ? ` ${entry.portRange.from === entry.portRange.to ? entry.portRange.from : `${entry.portRange.from}-${entry.portRange.to}`}` : '';
  return `${proto}${ports} ${entry.egress ? 'to' : 'from'} ${entry.cidrBlock ?? entry.ipv6CidrBlock ?? ''}`;
}

function existingEntry(acl: NetworkAcl, ruleNumber: number, egress: boolean): NetworkAclEntry {
  const found = acl.entries.find((e) => e.ruleNumber === ruleNumber && e.egress === egress);
  if (!found) {
    refuse('nacl.entry.not-found', `No ${direction(egress)} entry with rule number ${ruleNumber} exists in network ACL '${acl.id}'.`, {
      resources: [acl.id],
    });
  }
  return found;
}

function replaceNetworkAclEntry(tx: Tx, p: Params) {
  const acl = mustFind(tx, 'networkAcls', p.str('NetworkAclId'));
  const entry = readEntry(p, acl);
  existingEntry(acl, entry.ruleNumber, entry.egress);
  const others = acl.entries.filter((e) => !(e.ruleNumber === entry.ruleNumber && e.egress === entry.egress));
  tx.update('networkAcls', acl.id, { entries: sortedEntries([...others, entry]) });
  tx.event({ type: 'acl', message: `${acl.id}: ${direction(entry.egress)} rule ${entry.ruleNumber} now ${entry.ruleAction}s ${entryText(entry)}.`, resourceId: acl.id });
  return {};
}

function deleteNetworkAclEntry(tx: Tx, p: Params) {
  const acl = mustFind(tx, 'networkAcls', p.str('NetworkAclId'));
  const ruleNumber = ruleNumberOf(p, acl);
  const egress = egressOf(p);
  existingEntry(acl, ruleNumber, egress);
  tx.update('networkAcls', acl.id, { entries: acl.entries.filter((e) => !(e.ruleNumber === ruleNumber && e.egress === egress)) });
  tx.event({ type: 'acl', message: `${acl.id}: ${direction(egress)} rule ${ruleNumber} deleted.`, resourceId: acl.id });
  return {};
}

function replaceNetworkAclAssociation(tx: Tx, p: Params) {
  const associationId = p.str('AssociationId');
  const target = mustFind(tx, 'networkAcls', p.str('NetworkAclId'));
  const current = tx.visible('networkAcls').find((a) => a.associations.some((s) => s.associationId === associationId));
  const association = current?.associations.find((s) => s.associationId === associationId);
  if (!current || !association) {
    return refuse('request.not-found', `The association ID '${associationId}' does not exist`, {
      code: 'InvalidAssociationID.NotFound',
      resources: [associationId],
      fix: 'DescribeNetworkAcls with the filter association.subnet-id to find the subnet’s current association id.',
    });
  }
  const subnet = mustFind(tx, 'subnets', association.subnetId);
  if (target.vpcId !== subnet.vpcId) {
    refuse('nacl.association.vpc', `Network ACL ${target.id} belongs to ${target.vpcId}, but subnet ${subnet.id} is in ${subnet.vpcId}.`, {
      resources: [target.id, subnet.id],
      scope: { kind: 'vpc', from: target.vpcId, to: subnet.vpcId },
    });
  }
  tx.update('networkAcls', current.id, { associations: current.associations.filter((s) => s.associationId !== associationId) });
  const fresh = tx.get('networkAcls', target.id) ?? target;
  const newId = tx.id('aclassoc');
  tx.update('networkAcls', target.id, { associations: [...fresh.associations, { associationId: newId, subnetId: subnet.id }] });
  tx.event({ type: 'associated', message: `${subnet.id} now uses network ACL ${target.id} (was ${current.id}).`, resourceId: target.id });
  return { NewAssociationId: newId };
}

function deleteNetworkAcl(tx: Tx, p: Params) {
  const acl = mustFind(tx, 'networkAcls', p.str('NetworkAclId'));
  if (acl.isDefault) {
    refuse('nacl.delete.default', `cannot delete default network ACL ${acl.id}`, { resources: [acl.id] });
  }
  if (acl.associations.length > 0) {
    const subnets = acl.associations.map((a) => a.subnetId);
    refuse('nacl.delete.in-use', `The networkAcl '${acl.id}' has dependencies and cannot be deleted.`, {
      resources: [acl.id, ...subnets],
      fix: `Associate ${subnets.join(', ')} with another network ACL first (ReplaceNetworkAclAssociation).`,
    });
  }
  tx.remove('networkAcls', acl.id);
  tx.event({ type: 'deleted', message: `Network ACL ${acl.id} deleted.`, resourceId: acl.id });
  return {};
}

const PROTOCOL_BY_NUMBER: Record<string, string> = { '6': 'tcp', '17': 'udp', '1': 'icmp', '58': 'icmpv6' };

function describeNetworkAcls(tx: Tx, p: Params) {
  const ids = p.optStrList('NetworkAclIds');
  const acls = ids ? ids.map((id) => mustFind(tx, 'networkAcls', id)) : tx.visible('networkAcls');
  const filtered = applyFilters(acls, p, {
    'network-acl-id': (a) => a.id,
    'vpc-id': (a) => a.vpcId,
    default: (a) => String(a.isDefault),
    'owner-id': (a) => a.ownerId,
    'association.association-id': (a) => a.associations.map((s) => s.associationId),
    'association.network-acl-id': (a) => (a.associations.length ? [a.id] : []),
    'association.subnet-id': (a) => a.associations.map((s) => s.subnetId),
    'entry.protocol': (a) => a.entries.flatMap((e) => [e.protocol, PROTOCOL_BY_NUMBER[e.protocol]]),
    ...sdkPathAccessors({
      'entry.cidr': 'Entries.CidrBlock',
      'entry.ipv6-cidr': 'Entries.Ipv6CidrBlock',
      'entry.egress': 'Entries.Egress',
      'entry.icmp.code': 'Entries.IcmpTypeCode.Code',
      'entry.icmp.type': 'Entries.IcmpTypeCode.Type',
      'entry.port-range.from': 'Entries.PortRange.From',
      'entry.port-range.to': 'Entries.PortRange.To',
      'entry.rule-action': 'Entries.RuleAction',
      'entry.rule-number': 'Entries.RuleNumber',
    }, toSdkNetworkAcl),
  }, toSdkNetworkAcl);
  return { NetworkAcls: filtered.map(toSdkNetworkAcl) };
}

export const NETWORK_ACL_ACTIONS = defineActions([
  { type: 'ec2:CreateNetworkAcl', summary: 'Create a network ACL in a VPC: it denies all traffic until entries are added.', run: createNetworkAcl },
  { type: 'ec2:DeleteNetworkAcl', summary: 'Delete a custom network ACL no subnet uses.', run: deleteNetworkAcl },
  { type: 'ec2:CreateNetworkAclEntry', summary: 'Add a numbered allow or deny rule to a network ACL (inbound or outbound).', run: createNetworkAclEntry },
  { type: 'ec2:ReplaceNetworkAclEntry', summary: 'Change a network ACL rule in place.', run: replaceNetworkAclEntry },
  { type: 'ec2:DeleteNetworkAclEntry', summary: 'Delete a network ACL rule.', run: deleteNetworkAclEntry },
  {
    type: 'ec2:ReplaceNetworkAclAssociation',
    summary: 'Make a subnet use another network ACL of its VPC.',
    run: replaceNetworkAclAssociation,
  },
  { type: 'ec2:DescribeNetworkAcls', summary: 'List network ACLs with their rules and subnets.', run: describeNetworkAcls, read: true },
]);
