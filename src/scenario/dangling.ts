/**
 * Dangling references in a validated world's JSON (a subnet whose VPC is missing, a volume attached to a missing
 * instance…): dropped or detached, each with a warning, so a hand-edited or truncated document still opens.
 */
import type { Obj } from './json';
import type { Warnings } from './restore';

type Table = Record<string, Obj>;

/** Copy-on-write access to the world's collections. */
class Tables {
  private readonly copied = new Set<string>();
  readonly world: Obj;

  constructor(world: Obj) {
    this.world = { ...world };
  }

  get(name: string): Table {
    return (this.world[name] ?? {}) as Table;
  }

  private own(name: string): Table {
    if (!this.copied.has(name)) {
      this.world[name] = { ...this.get(name) };
      this.copied.add(name);
    }
    return this.world[name] as Table;
  }

  has(name: string, id: unknown): boolean {
    return typeof id === 'string' && Object.hasOwn(this.get(name), id);
  }

  drop(name: string, id: string): void {
    delete this.own(name)[id];
  }

  patch(name: string, id: string, change: (value: Obj) => Obj): void {
    const table = this.own(name);
    table[id] = change(table[id] as Obj);
  }
}

function without(value: Obj, key: string): Obj {
  const out = { ...value };
  delete out[key];
  return out;
}

type Warn = (id: string, message: string) => void;

/** Network references: subnets and their VPCs, groups, rules, Instance Connect keys, route table associations, gateways. */
function dropDanglingNetwork(t: Tables, warn: Warn): void {
  for (const [id, s] of Object.entries(t.get('subnets'))) {
    if (!t.has('vpcs', s.vpcId)) {
      t.drop('subnets', id);
      warn(id, `Subnet ${id} belonged to VPC ${String(s.vpcId)}, which is missing; the subnet was left out.`);
    }
  }
  for (const name of ['routeTables', 'securityGroups'] as const) {
    for (const [id, r] of Object.entries(t.get(name))) {
      if (!t.has('vpcs', r.vpcId)) {
        t.drop(name, id);
        warn(id, `${id} belonged to VPC ${String(r.vpcId)}, which is missing; it was left out.`);
      }
    }
  }
  for (const [id, rule] of Object.entries(t.get('securityGroupRules'))) {
    if (!t.has('securityGroups', rule.groupId)) {
      t.drop('securityGroupRules', id);
      warn(id, `Security group rule ${id} belonged to ${String(rule.groupId)}, which is missing; it was left out.`);
    }
  }
  for (const [id, key] of Object.entries(t.get('instanceConnectKeys'))) {
    if (!t.has('instances', key.instanceId)) {
      t.drop('instanceConnectKeys', id);
      warn(id, `Instance Connect key ${id} was for ${String(key.instanceId)}, which is missing; it was left out.`);
    }
  }
  for (const [id, rt] of Object.entries(t.get('routeTables'))) {
    const subnetIds = rt.subnetIds as string[];
    const kept = subnetIds.filter((s) => t.has('subnets', s));
    if (kept.length !== subnetIds.length) {
      t.patch('routeTables', id, (v) => ({ ...v, subnetIds: kept }));
      warn(id, `Route table ${id} was associated with subnets that are missing; those associations were dropped.`);
    }
  }
  for (const [id, igw] of Object.entries(t.get('internetGateways'))) {
    if (igw.vpcId !== undefined && !t.has('vpcs', igw.vpcId)) {
      t.patch('internetGateways', id, (v) => without(v, 'vpcId'));
      warn(id, `Internet gateway ${id} was attached to VPC ${String(igw.vpcId)}, which is missing; it is detached.`);
    }
  }
}

/** Network ACLs of a missing VPC, and ACL associations with missing subnets. */
function dropDanglingAcls(t: Tables, warn: Warn): void {
  for (const [id, acl] of Object.entries(t.get('networkAcls'))) {
    if (!t.has('vpcs', acl.vpcId)) {
      t.drop('networkAcls', id);
      warn(id, `${id} belonged to VPC ${String(acl.vpcId)}, which is missing; it was left out.`);
      continue;
    }
    const associations = (acl.associations ?? []) as Obj[];
    const kept = associations.filter((a) => t.has('subnets', a.subnetId));
    if (kept.length !== associations.length) {
      t.patch('networkAcls', id, (v) => ({ ...v, associations: kept }));
      warn(id, `Network ACL ${id} was associated with subnets that are missing; those associations were dropped.`);
    }
  }
}

/** Instances whose subnet is gone, and interfaces whose subnet, instance or security groups are gone. */
function dropDanglingCompute(t: Tables, warn: Warn): void {
  for (const [id, i] of Object.entries(t.get('instances'))) {
    if (i.state !== 'terminated' && !t.has('subnets', i.subnetId)) {
      t.drop('instances', id);
      warn(id, `Instance ${id} ran in subnet ${String(i.subnetId)}, which is missing; the instance was left out.`);
    }
  }
  for (const [id, eni] of Object.entries(t.get('networkInterfaces'))) {
    if (!t.has('subnets', eni.subnetId)) {
      t.drop('networkInterfaces', id);
      warn(id, `Network interface ${id} sat in subnet ${String(eni.subnetId)}, which is missing; it was left out.`);
      continue;
    }
    const attachment = eni.attachment as Obj | undefined;
    if (attachment && !t.has('instances', attachment.instanceId)) {
      t.patch('networkInterfaces', id, (v) => without(v, 'attachment'));
      warn(id, `Network interface ${id} was attached to ${String(attachment.instanceId)}, which is missing; it is detached.`);
    }
    const groups = eni.groupIds as string[];
    const kept = groups.filter((g) => t.has('securityGroups', g));
    if (kept.length !== groups.length) {
      t.patch('networkInterfaces', id, (v) => ({ ...v, groupIds: kept }));
      warn(id, `Network interface ${id} used security groups that are missing; they were removed from it.`);
    }
  }
}

/** Elastic IPs on a missing interface or address, and volumes attached to a missing instance. */
function dropDanglingAttachments(t: Tables, warn: Warn): void {
  for (const [id, eip] of Object.entries(t.get('addresses'))) {
    const association = eip.association as Obj | undefined;
    if (!association) continue;
    const eni = t.get('networkInterfaces')[association.networkInterfaceId as string];
    const onEni = eni && (eni.privateIps as Obj[]).some((p) => p.address === association.privateIp);
    if (!onEni) {
      t.patch('addresses', id, (v) => without(v, 'association'));
      warn(
        id,
        `Elastic IP ${id} was associated with ${String(association.networkInterfaceId)} (${String(association.privateIp)}), which is missing; it is disassociated.`,
      );
    }
  }
  for (const [id, vol] of Object.entries(t.get('volumes'))) {
    const attachment = vol.attachment as Obj | undefined;
    if (attachment && !t.has('instances', attachment.instanceId)) {
      t.patch('volumes', id, (v) => ({ ...without(v, 'attachment'), ...(v.state === 'in-use' ? { state: 'available' } : {}) }));
      warn(id, `Volume ${id} was attached to ${String(attachment.instanceId)}, which is missing; it is detached.`);
    }
  }
}

/** Drop references to missing resources from a validated world's JSON. Returns a new object. */
export function dropDanglingReferences(world: Obj, warnings: Warnings): Obj {
  const t = new Tables(world);
  const warn: Warn = (id, message) => warnings.add({ code: 'dangling-reference', id, message });
  // In this order: what goes in one step is missing for the next.
  dropDanglingNetwork(t, warn);
  dropDanglingAcls(t, warn);
  dropDanglingCompute(t, warn);
  dropDanglingAttachments(t, warn);
  return t.world;
}

