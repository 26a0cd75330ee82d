import type { Tag } from '../model/common';
import type { EniAttachment, NetworkInterface, Subnet } from '../model/network';
import { mustFind } from '../lookup';
import { refuse } from '../refusal';
import type { Tx } from '../tx';
import { defaultSecurityGroup } from './addressing';

/** Creating interfaces and resolving their security groups (their SDK shapes are in shapes/network-interfaces.ts). */

export interface NewEni {
  subnet: Subnet;
  groupIds: string[];
  /** Private IPv4 addresses, the primary first. */
  addresses: string[];
  ipv6: string[];
  description: string;
  createdBy: 'launch' | 'user';
  tags: Tag[];
}

export function createEni(tx: Tx, spec: NewEni): NetworkInterface {
  const id = tx.id('eni');
  const eni: NetworkInterface = {
    ownerId: tx.account,
    region: spec.subnet.region,
    tags: spec.tags,
    id,
    vpcId: spec.subnet.vpcId,
    subnetId: spec.subnet.id,
    az: spec.subnet.az,
    mac: tx.mac(),
    privateIps: spec.addresses.map((address, i) => ({ address, primary: i === 0 })),
    ipv6: spec.ipv6,
    groupIds: spec.groupIds,
    sourceDestCheck: true,
    description: spec.description,
    createdBy: spec.createdBy,
  };
  tx.put('networkInterfaces', id, eni);
  return eni;
}

/**
 * An interface an AWS service manages (an EC2 Instance Connect Endpoint's, rule A23) is not the user's to attach,
 * change or delete: refused as in use, naming the resource that owns it.
 */
export function refuseRequesterManaged(eni: NetworkInterface, message = `Network interface '${eni.id}' is currently in use.`): void {
  if (eni.managedBy === undefined) return;
  refuse('eni.requester-managed', message, {
    resources: [eni.id, eni.managedBy],
    fix: `${eni.id} belongs to ${eni.managedBy}: delete that endpoint (DeleteInstanceConnectEndpoint) and its interface goes with it.`,
  });
}

/** Attach an interface to an instance (the caller has checked the rules). */
export function attachEni(
  tx: Tx,
  eniId: string,
  instanceId: string,
  deviceIndex: number,
  deleteOnTermination: boolean,
): EniAttachment {
  const attachment: EniAttachment = {
    attachmentId: tx.id('eni-attach'),
    instanceId,
    deviceIndex,
    deleteOnTermination,
    attachTime: tx.now,
  };
  tx.update('networkInterfaces', eniId, { attachment });
  return attachment;
}

/**
 * Security group ids for an interface of `vpcId` (rule 11): the ids given (and/or group names), else the VPC's
 * default group. `launch` selects RunInstances' wording and code (InvalidParameter), otherwise InvalidGroup.NotFound.
 */
export function resolveGroupIds(
  tx: Tx,
  vpcId: string,
  ids: string[] | undefined,
  names: string[] | undefined,
  context: { launch: boolean; subnetId?: string },
): string[] {
  const out: string[] = [];
  for (const id of ids ?? []) {
    const group = mustFind(tx, 'securityGroups', id);
    if (group.vpcId !== vpcId) {
      if (context.launch) {
        refuse(
          'instance.launch.sg-vpc',
          `Security group ${group.id} and subnet ${context.subnetId ?? vpcId} belong to different networks.`,
          { resources: [group.id, context.subnetId ?? vpcId], scope: { kind: 'vpc', from: group.vpcId, to: vpcId } },
        );
      }
      refuse('eni.sg.same-vpc', `The security group '${group.id}' does not exist in VPC '${vpcId}'`, {
        resources: [group.id, vpcId],
        scope: { kind: 'vpc', from: group.vpcId, to: vpcId },
      });
    }
    if (!out.includes(group.id)) out.push(group.id);
  }
  for (const name of names ?? []) {
    const group = tx.visible('securityGroups').find((g) => g.vpcId === vpcId && g.name === name);
    if (!group) {
      return refuse('eni.sg.same-vpc', `The security group '${name}' does not exist in VPC '${vpcId}'`, {
        resources: [vpcId],
        scope: { kind: 'vpc', to: vpcId },
      });
    }
    if (!out.includes(group.id)) out.push(group.id);
  }
  if (out.length > 0) return out;
  const fallback = defaultSecurityGroup(tx, vpcId);
  return fallback ? [fallback.id] : [];
}


/** Security groups per network interface (rule A11): 5, the default quota. */
export const MAX_GROUPS_PER_INTERFACE = 5;

/** resolveGroupIds for a network interface, refused past 5 distinct groups (rule A11). */
export function resolveInterfaceGroupIds(
  tx: Tx,
  vpcId: string,
  ids: string[] | undefined,
  names: string[] | undefined,
  context: { launch: boolean; subnetId?: string; interfaceId?: string },
): string[] {
  const out = resolveGroupIds(tx, vpcId, ids, names, context);
  if (out.length > MAX_GROUPS_PER_INTERFACE) {
    refuse('sg.per-interface.limit', 'The maximum number of security groups per interface has been reached.', {
      resources: context.interfaceId ? [context.interfaceId] : [],
      scope: { kind: 'quota', to: 'security groups per interface' },
      fix: `Give the interface at most ${MAX_GROUPS_PER_INTERFACE} security groups (${out.length} were named), or merge rules into fewer groups.`,
    });
  }
  return out;
}
