import { getInstanceType } from '../../catalog/instance-types';
import type { NetworkInterface } from '../../model/network';
import { mustFind } from '../../lookup';
import { attachEni, createEni, refuseRequesterManaged, resolveInterfaceGroupIds } from '../../net/eni-factory';
import { toSdkNetworkInterface } from '../../shapes/network-interfaces';
import { eipsOnEni, findInstance, instanceEnis } from '../../net/interfaces';
import { planIpv6 } from '../../net/ipv6-addresses';
import { planAddresses } from '../../net/private-ips';
import { disassociateEip } from '../../net/public-ips';
import type { Params } from '../../params';
import { refuse } from '../../refusal';
import type { Tx } from '../../tx';
import { explicitAddresses } from '../../net/launch-interface-request';
import { defineActions } from '../../action-def';
import { describeNetworkInterfaces } from './describe';
import { describeNetworkInterfaceAttribute, modifyNetworkInterfaceAttribute } from './attributes';
import { assignPrivateIpAddresses, unassignPrivateIpAddresses } from './private-ips';
import { assignIpv6Addresses, unassignIpv6Addresses } from './ipv6';

/**
 * Elastic network interfaces (rules 14–27): created in one subnet for life, attached hot or warm to instances of
 * the same AZ, carrying their MAC, private and IPv6 addresses, Elastic IPs, security groups and source/dest flag.
 * This file creates, attaches, detaches and deletes them and lists the family's actions; describe.ts,
 * attributes.ts, private-ips.ts and ipv6.ts hold the rest.
 */

function createNetworkInterface(tx: Tx, p: Params) {
  const subnet = mustFind(tx, 'subnets', p.str('SubnetId'));
  const groupIds = resolveInterfaceGroupIds(tx, subnet.vpcId, p.optStrList('Groups'), undefined, { launch: false });
  const explicit = explicitAddresses('', p.optStr('PrivateIpAddress'), p.optObjList('PrivateIpAddresses'));
  const secondaryCount = p.optInt('SecondaryPrivateIpAddressCount', 0, 49) ?? 0;
  const addresses = planAddresses(tx, subnet, { explicit, secondaryCount });
  const ipv6Explicit = (p.optObjList('Ipv6Addresses') ?? []).map((x) => x.str('Ipv6Address'));
  const ipv6Count = p.optInt('Ipv6AddressCount', 0, 50) ?? (ipv6Explicit.length === 0 && subnet.assignIpv6AddressOnCreation ? 1 : 0);
  const ipv6 = planIpv6(tx, subnet, ipv6Explicit, ipv6Count);
  const eni = createEni(tx, {
    subnet,
    groupIds,
    addresses,
    ipv6,
    description: p.optStr('Description') ?? '',
    createdBy: 'user',
    tags: p.tagsFor('network-interface'),
  });
  tx.event({
    type: 'eni-created',
    message: `Network interface ${eni.id} created in ${subnet.id} (${subnet.az}) with private IPv4 ${addresses.join(', ')} and MAC ${eni.mac}. It stays in this subnet for life.`,
    resourceId: eni.id,
  });
  return { NetworkInterface: toSdkNetworkInterface(tx, eni) };
}

function attachNetworkInterface(tx: Tx, p: Params) {
  const eni = mustFind(tx, 'networkInterfaces', p.str('NetworkInterfaceId'));
  const instance = findInstance(tx, p.str('InstanceId'));
  const deviceIndex = p.int('DeviceIndex', 0, 31);
  refuseRequesterManaged(eni, `Interface: [${eni.id}] in use.`);
  if (eni.attachment) {
    refuse('eni.in-use', `Interface: [${eni.id}] in use.`, {
      resources: [eni.id, eni.attachment.instanceId],
      fix: `${eni.id} is attached to ${eni.attachment.instanceId}; detach it first (DetachNetworkInterface ${eni.attachment.attachmentId}).`,
    });
  }
  if (instance.state !== 'running' && instance.state !== 'stopped') {
    refuse('eni.attach.instance-state', `The instance '${instance.id}' is not in a valid state for this operation.`, {
      resources: [instance.id],
      scope: { kind: 'state', from: instance.state },
    });
  }
  if (eni.az !== instance.az) {
    refuse('eni.attach.same-az', 'You may not attach a network interface to an instance if they are not in the same availability zone', {
      resources: [eni.id, instance.id],
      scope: { kind: 'availability-zone', from: eni.az, to: instance.az },
      fix: `${eni.id} is in ${eni.az} and ${instance.id} in ${instance.az}: create an interface in a subnet of ${instance.az}.`,
    });
  }
  const enis = instanceEnis(tx, instance.id);
  if (enis.some((e) => e.attachment?.deviceIndex === deviceIndex)) {
    refuse('eni.attach.device-index', `Instance '${instance.id}' already has an interface attached at device index '${deviceIndex}'.`, {
      resources: [instance.id, eni.id],
    });
  }
  const type = getInstanceType(instance.instanceType);
  if (type && enis.length + 1 > type.maxNetworkInterfaces) {
    refuse('eni.attach.limit', `Interface count ${enis.length + 1} exceeds the limit for ${type.name}`, {
      resources: [instance.id, eni.id],
      scope: { kind: 'quota', to: type.name },
      fix: `${type.name} takes at most ${type.maxNetworkInterfaces} interfaces: detach one, or stop and resize ${instance.id}.`,
    });
  }
  if (type && eni.privateIps.length > type.ipv4PerInterface) {
    refuse('eni.ip-limit.instance-type', `Interface ${eni.id} has ${eni.privateIps.length} private IPv4 addresses, more than the limit of ${type.ipv4PerInterface} for ${type.name}.`, {
      resources: [instance.id, eni.id],
      scope: { kind: 'quota', to: type.name },
    });
  }
  const attachment = attachEni(tx, eni.id, instance.id, deviceIndex, false);
  tx.event({
    type: 'eni-attached',
    message: `${eni.id} ${instance.state === 'running' ? 'hot' : 'warm'}-attached to ${instance.id} as eth${deviceIndex} (MAC ${eni.mac}, ${eni.privateIps.map((ip) => ip.address).join(', ')}).`,
    resourceId: eni.id,
    to: instance.id,
    data: { attachmentId: attachment.attachmentId, deviceIndex },
  });
  return { AttachmentId: attachment.attachmentId, NetworkCardIndex: 0 };
}

function findAttachment(tx: Tx, attachmentId: string): NetworkInterface {
  const eni = tx.visible('networkInterfaces').find((e) => e.attachment?.attachmentId === attachmentId);
  if (!eni) {
    return refuse('eni.attachment.not-found', `The attachment ID '${attachmentId}' does not exist`, { resources: [attachmentId] });
  }
  return eni;
}

function detachNetworkInterface(tx: Tx, p: Params) {
  const eni = findAttachment(tx, p.str('AttachmentId'));
  p.optBool('Force');
  const attachment = eni.attachment;
  if (!attachment) return {};
  if (attachment.deviceIndex === 0) {
    refuse('eni.detach.primary', 'The network interface at device index 0 and networkCard index 0 cannot be detached.', {
      resources: [eni.id, attachment.instanceId],
    });
  }
  const { attachment: _gone, ...detached } = eni;
  tx.put('networkInterfaces', eni.id, detached);
  tx.event({
    type: 'eni-detached',
    message: `${eni.id} detached from ${attachment.instanceId}; it keeps its MAC ${eni.mac}, addresses, Elastic IPs and security groups.`,
    resourceId: eni.id,
    from: attachment.instanceId,
  });
  return {};
}

function deleteNetworkInterface(tx: Tx, p: Params) {
  const eni = mustFind(tx, 'networkInterfaces', p.str('NetworkInterfaceId'));
  refuseRequesterManaged(eni);
  if (eni.attachment) {
    refuse('eni.delete.attached', `Network interface '${eni.id}' is currently in use.`, {
      resources: [eni.id, eni.attachment.instanceId],
      fix: `Detach ${eni.id} from ${eni.attachment.instanceId} first.`,
    });
  }
  for (const eip of eipsOnEni(tx, eni.id)) disassociateEip(tx, eip.allocationId, `${eni.id} was deleted`, false);
  tx.remove('networkInterfaces', eni.id);
  tx.event({ type: 'eni-deleted', message: `Network interface ${eni.id} deleted.`, resourceId: eni.id });
  return {};
}

export const NETWORK_INTERFACE_ACTIONS = defineActions([
  {
    type: 'ec2:CreateNetworkInterface',
    summary: 'Create an elastic network interface in a subnet (it can never move to another subnet).',
    run: createNetworkInterface,
  },
  {
    type: 'ec2:AttachNetworkInterface',
    summary: 'Attach an interface to a running (hot) or stopped (warm) instance in the same AZ.',
    run: attachNetworkInterface,
  },
  { type: 'ec2:DetachNetworkInterface', summary: 'Detach a secondary interface (never eth0).', run: detachNetworkInterface },
  { type: 'ec2:DeleteNetworkInterface', summary: 'Delete a detached interface.', run: deleteNetworkInterface },
  {
    type: 'ec2:DescribeNetworkInterfaces',
    summary: 'List interfaces with their addresses, groups and attachments.',
    run: describeNetworkInterfaces,
    read: true,
  },
  {
    type: 'ec2:ModifyNetworkInterfaceAttribute',
    summary: 'Change an interface’s security groups, source/dest check, description or DeleteOnTermination.',
    run: modifyNetworkInterfaceAttribute,
  },
  {
    type: 'ec2:DescribeNetworkInterfaceAttribute',
    summary: 'Read one interface attribute.',
    run: describeNetworkInterfaceAttribute,
    read: true,
  },
  {
    type: 'ec2:AssignPrivateIpAddresses',
    summary: 'Add secondary private IPv4 addresses to an interface (or move them with AllowReassignment).',
    run: assignPrivateIpAddresses,
  },
  {
    type: 'ec2:UnassignPrivateIpAddresses',
    summary: 'Remove secondary private IPv4 addresses (their Elastic IPs are disassociated).',
    run: unassignPrivateIpAddresses,
  },
  {
    type: 'ec2:AssignIpv6Addresses',
    summary: 'Add IPv6 addresses from the subnet’s /64 to an interface.',
    run: assignIpv6Addresses,
  },
  { type: 'ec2:UnassignIpv6Addresses', summary: 'Remove IPv6 addresses from an interface.', run: unassignIpv6Addresses },
]);
