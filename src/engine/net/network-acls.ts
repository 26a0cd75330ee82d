/**
 * Network ACLs as data (rule A13): the default ACL every VPC gets, the `*` deny entries every ACL ends with, and
 * which ACL a subnet is associated with. Pure helpers shared by the ACL actions, the VPC and subnet actions and the
 * reachability check. The default ACL's id and the default associations are hashed from the VPC and subnet ids, so
 * creating a VPC or a subnet draws nothing more from the world's generator and every id created after it stays as
 * it was before ACLs were modelled.
 */
import type { NetworkAcl, NetworkAclEntry } from '../model/network';
import type { World } from '../model/world';
import { hashString } from '../rng';
import type { Tx } from '../tx';

/** The `*` rule: AWS numbers it 32767 for IPv4 and 32768 for IPv6 in DescribeNetworkAcls. */
export const STAR_RULE = { ipv4: 32767, ipv6: 32768 } as const;
/** The rule numbers a request may use. */
export const RULE_NUMBERS = { min: 1, max: 32766 } as const;

function hashedId(prefix: string, text: string): string {
  const hex = (t: string) => hashString(t).toString(16).padStart(8, '0');
  return `${prefix}-0${hex(`${text}|${prefix}`)}${hex(`${prefix}|${text}`)}`;
}

/** The id of a VPC's default network ACL. */
export function defaultAclId(vpcId: string): string {
  return hashedId('acl', vpcId);
}

/** The association id a subnet gets with its VPC's default ACL when it is created. */
export function defaultAssociationId(subnetId: string): string {
  return hashedId('aclassoc', subnetId);
}

function both(entry: Omit<NetworkAclEntry, 'egress'>): NetworkAclEntry[] {
  return [{ ...entry, egress: false }, { ...entry, egress: true }];
}

/** The `*` deny entries every ACL ends with (IPv6 too while the VPC has an IPv6 block). */
export function starEntries(ipv6: boolean): NetworkAclEntry[] {
  const v4 = both({ ruleNumber: STAR_RULE.ipv4, protocol: '-1', ruleAction: 'deny', cidrBlock: '0.0.0.0/0' });
  const v6 = ipv6 ? both({ ruleNumber: STAR_RULE.ipv6, protocol: '-1', ruleAction: 'deny', ipv6CidrBlock: '::/0' }) : [];
  return [...v4, ...v6];
}

/** The default ACL's allow-all entries: rule 100 for IPv4 and rule 101 for IPv6, in and out. */
function allowAllEntries(ipv6: boolean): NetworkAclEntry[] {
  const v4 = both({ ruleNumber: 100, protocol: '-1', ruleAction: 'allow', cidrBlock: '0.0.0.0/0' });
  const v6 = ipv6 ? both({ ruleNumber: 101, protocol: '-1', ruleAction: 'allow', ipv6CidrBlock: '::/0' }) : [];
  return [...v4, ...v6];
}

/** Entries sorted as DescribeNetworkAcls lists them and as they are evaluated: by rule number, egress first. */
export function sortedEntries(entries: readonly NetworkAclEntry[]): NetworkAclEntry[] {
  return [...entries].sort((a, b) => a.ruleNumber - b.ruleNumber || Number(b.egress) - Number(a.egress));
}

/** Create a VPC's default network ACL: allow everything in and out (rule A13). */
export function seedDefaultAcl(tx: Tx, vpcId: string, ipv6: boolean): NetworkAcl {
  const id = defaultAclId(vpcId);
  const acl: NetworkAcl = {
    ownerId: tx.account,
    region: tx.region,
    tags: [],
    id,
    vpcId,
    isDefault: true,
    entries: sortedEntries([...allowAllEntries(ipv6), ...starEntries(ipv6)]),
    associations: [],
  };
  return tx.put('networkAcls', id, acl);
}

/**
 * A VPC got an IPv6 block: its default ACL gets the IPv6 allow-all rules 101 (unless a rule 101 is taken) and every
 * ACL of the VPC the IPv6 `*` deny.
 */
export function seedAclIpv6(tx: Tx, vpcId: string): void {
  for (const acl of tx.all('networkAcls')) {
    if (acl.vpcId !== vpcId || acl.entries.some((e) => e.ruleNumber === STAR_RULE.ipv6)) continue;
    const taken = (egress: boolean) => acl.entries.some((e) => e.ruleNumber === 101 && e.egress === egress);
    const allow = acl.isDefault ? allowAllEntries(true).filter((e) => e.ipv6CidrBlock && !taken(e.egress)) : [];
    const star = starEntries(true).filter((e) => e.ipv6CidrBlock);
    tx.update('networkAcls', acl.id, { entries: sortedEntries([...acl.entries, ...allow, ...star]) });
  }
}

/** Associate a new subnet with its VPC's default ACL. */
export function associateDefaultAcl(tx: Tx, subnetId: string, vpcId: string): void {
  const acl = tx.get('networkAcls', defaultAclId(vpcId));
  if (!acl) return;
  tx.update('networkAcls', acl.id, { associations: [...acl.associations, { associationId: defaultAssociationId(subnetId), subnetId }] });
}

/** Remove a deleted subnet's association. */
export function dropAclAssociation(tx: Tx, subnetId: string): void {
  for (const acl of tx.all('networkAcls')) {
    if (!acl.associations.some((a) => a.subnetId === subnetId)) continue;
    tx.update('networkAcls', acl.id, { associations: acl.associations.filter((a) => a.subnetId !== subnetId) });
  }
}

/**
 * The ACL a subnet is associated with. A world saved before ACLs were modelled has none: the subnet then behaves as
 * if it used an allow-all default ACL (undefined here).
 */
export function aclOfSubnet(world: Pick<World, 'networkAcls'>, subnetId: string): NetworkAcl | undefined {
  return world.networkAcls.values().find((a) => a.associations.some((s) => s.subnetId === subnetId));
}

type PlainVpc = { id?: unknown; ownerId?: unknown; region?: unknown; ipv6CidrBlock?: unknown };
type PlainSubnet = { id?: unknown; vpcId?: unknown };
type PlainAcl = { vpcId?: unknown; isDefault?: unknown; associations?: { subnetId?: unknown }[] };

/**
 * Default ACLs for worlds saved before network ACLs were modelled: every VPC without a default ACL gets the one it
 * would have been created with, associated with each of its subnets no other ACL holds. Works on plain JSON records
 * as saves hold them, and builds records key for key as seedDefaultAcl does, so a revived world serialises as a
 * replayed one.
 */
export function legacyDefaultAcls(
  vpcs: Record<string, PlainVpc>,
  subnets: Record<string, PlainSubnet>,
  acls: Record<string, PlainAcl>,
): Record<string, unknown> {
  const present = Object.values(acls);
  const covered = new Set(present.flatMap((a) => (Array.isArray(a.associations) ? a.associations.map((s) => s.subnetId) : [])));
  const out: Record<string, unknown> = { ...acls };
  for (const vpc of Object.values(vpcs)) {
    if (typeof vpc.id !== 'string' || present.some((a) => a.vpcId === vpc.id && a.isDefault === true)) continue;
    const id = defaultAclId(vpc.id);
    const ipv6 = typeof vpc.ipv6CidrBlock === 'string';
    const associations = Object.values(subnets)
      .filter((s): s is { id: string; vpcId: string } => typeof s.id === 'string' && s.vpcId === vpc.id && !covered.has(s.id))
      .map((s) => ({ associationId: defaultAssociationId(s.id), subnetId: s.id }));
    const entries = sortedEntries([...allowAllEntries(ipv6), ...starEntries(ipv6)]);
    out[id] = { ownerId: vpc.ownerId, region: vpc.region, tags: [], id, vpcId: vpc.id, isDefault: true, entries, associations };
  }
  return out;
}
