import type { NetworkAcl, NetworkAclEntry } from '../model/network';
import { sortedEntries } from '../net/network-acls';
import { sdkTags } from './tags';

/** SDK shapes of network ACLs (CreateNetworkAcl, DescribeNetworkAcls): entries by rule number, then associations. */

function toSdkEntry(entry: NetworkAclEntry) {
  return {
    ...(entry.cidrBlock !== undefined ? { CidrBlock: entry.cidrBlock } : {}),
    Egress: entry.egress,
    ...(entry.icmpTypeCode ? { IcmpTypeCode: { Code: entry.icmpTypeCode.code, Type: entry.icmpTypeCode.type } } : {}),
    ...(entry.ipv6CidrBlock !== undefined ? { Ipv6CidrBlock: entry.ipv6CidrBlock } : {}),
    ...(entry.portRange ? { PortRange: { From: entry.portRange.from, To: entry.portRange.to } } : {}),
    Protocol: entry.protocol,
    RuleAction: entry.ruleAction,
    RuleNumber: entry.ruleNumber,
  };
}

export function toSdkNetworkAcl(acl: NetworkAcl) {
  return {
    Associations: acl.associations.map((a) => ({
      NetworkAclAssociationId: a.associationId,
      NetworkAclId: acl.id,
      SubnetId: a.subnetId,
    })),
    Entries: sortedEntries(acl.entries).map(toSdkEntry),
    IsDefault: acl.isDefault,
    NetworkAclId: acl.id,
    ...sdkTags(acl.tags),
    VpcId: acl.vpcId,
    OwnerId: acl.ownerId,
  };
}
