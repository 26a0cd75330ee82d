import ipaddr from 'ipaddr.js';
import { getInstanceType, type InstanceTypeInfo } from '../catalog/instance-types';
import type { NetworkInterface } from '../model/network';
import { mustFind } from '../lookup';
import { attachEni, createEni, resolveGroupIds, sdkGroups, toSdkNetworkInterface } from '../net/eni-factory';
import { eipOn, eipsOnEni, findInstance, instanceEnis } from '../net/interfaces';
import { planIpv6 } from '../net/ipv6-addresses';
import { checkRequestedAddress, holderOf, planAddresses } from '../net/private-ips';
import { assignDynamicIp, disassociateEip } from '../net/public-ips';
import { invalid, missing, type Params } from '../params';
import { refuse } from '../refusal';
import type { Tx } from '../tx';
import { applyFilters } from '../filters';
import { explicitAddresses } from './launch';
import { defineActions } from '../action-def';

/**
 * Elastic network interfaces (rules 14–27): created in one subnet for life, attached hot or warm to instances of
 * the same AZ, carrying their MAC, private and IPv6 addresses, Elastic IPs, security groups and source/dest flag.
 */

/** The instance type of the instance an interface is attached to (its limits apply), if any. */
function attachedType(tx: Tx, eni: NetworkInterface): InstanceTypeInfo | undefined {
  const instance = eni.attachment ? tx.get('instances', eni.attachment.instanceId) : undefined;
  return instance ? getInstanceType(instance.instanceType) : undefined;
}

function createNetworkInterface(tx: Tx, p: Params) {
  const subnet = mustFind(tx, 'subnets', p.str('SubnetId'));
  const groupIds = resolveGroupIds(tx, subnet.vpcId, p.optStrList('Groups'), undefined, { launch: false });
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

function describeNetworkInterfaces(tx: Tx, p: Params) {
  const ids = p.optStrList('NetworkInterfaceIds');
  const list = ids ? [...new Set(ids)].map((id) => mustFind(tx, 'networkInterfaces', id)) : tx.visible('networkInterfaces');
  const filtered = applyFilters(list, p, {
    'network-interface-id': (e) => e.id,
    'subnet-id': (e) => e.subnetId,
    'vpc-id': (e) => e.vpcId,
    'availability-zone': (e) => e.az,
    status: (e) => (e.attachment ? 'in-use' : 'available'),
    'mac-address': (e) => e.mac,
    description: (e) => e.description,
    'owner-id': (e) => e.ownerId,
    'group-id': (e) => e.groupIds,
    'private-ip-address': (e) => e.privateIps.map((ip) => ip.address),
    'addresses.private-ip-address': (e) => e.privateIps.map((ip) => ip.address),
    'addresses.primary': (e) => e.privateIps.map((ip) => String(ip.primary)),
    'ipv6-addresses.ipv6-address': (e) => e.ipv6,
    'source-dest-check': (e) => String(e.sourceDestCheck),
    'attachment.instance-id': (e) => e.attachment?.instanceId,
    'attachment.attachment-id': (e) => e.attachment?.attachmentId,
    'attachment.device-index': (e) => (e.attachment ? String(e.attachment.deviceIndex) : undefined),
    'attachment.status': (e) => (e.attachment ? 'attached' : undefined),
    'attachment.delete-on-termination': (e) => (e.attachment ? String(e.attachment.deleteOnTermination) : undefined),
    'association.public-ip': (e) =>
      e.privateIps.map((ip) => eipOn(tx, e.id, ip.address)?.publicIp ?? ip.publicIp),
    'association.allocation-id': (e) => eipsOnEni(tx, e.id).map((a) => a.allocationId),
    'association.association-id': (e) => eipsOnEni(tx, e.id).map((a) => a.association?.associationId),
    'interface-type': () => 'interface',
  }, (e) => toSdkNetworkInterface(tx, e));
  return { NetworkInterfaces: filtered.map((e) => toSdkNetworkInterface(tx, e)) };
}

function attributeValue(p: Params, name: string): string | undefined {
  const raw = p.value(name);
  if (raw === undefined || raw === null) return undefined;
  if (typeof raw === 'string') return raw;
  return p.obj(name).optStr('Value') ?? '';
}

function modifyNetworkInterfaceAttribute(tx: Tx, p: Params) {
  const eni = mustFind(tx, 'networkInterfaces', p.str('NetworkInterfaceId'));
  const groups = p.optList('Groups') !== undefined ? (p.optStrList('Groups') ?? []) : undefined;
  const sourceDestCheck = p.optBool('SourceDestCheck');
  const description = attributeValue(p, 'Description');
  const attachment = p.optObj('Attachment');
  const named = [
    groups && 'groupSet',
    sourceDestCheck !== undefined && 'sourceDestCheck',
    description !== undefined && 'description',
    attachment && 'attachment',
  ].filter(Boolean);
  if (named.length === 0) return missing('Attribute');
  if (named.length > 1) {
    refuse('eni.modify.one-attribute', `Fields for multiple attribute types specified: ${named.join(', ')}`, {
      scope: { kind: 'parameter', to: 'Attribute' },
    });
  }
  if (groups) {
    if (groups.length === 0) {
      refuse('eni.groups.at-least-one', `The request must contain the parameter groupId: ${eni.id} needs at least one security group.`, {
        resources: [eni.id],
      });
    }
    const groupIds = resolveGroupIds(tx, eni.vpcId, groups, undefined, { launch: false });
    tx.update('networkInterfaces', eni.id, { groupIds });
    tx.event({
      type: 'attribute',
      message: `${eni.id} now uses security groups ${groupIds.join(', ')} (they apply to every address on the interface).`,
      resourceId: eni.id,
    });
  } else if (sourceDestCheck !== undefined) {
    tx.update('networkInterfaces', eni.id, { sourceDestCheck });
    tx.event({
      type: 'attribute',
      message: `Source/destination check of ${eni.id} is now ${sourceDestCheck ? 'on' : 'off'}${sourceDestCheck ? '' : ': it can forward traffic that is not addressed to it (NAT, router)'}.`,
      resourceId: eni.id,
    });
  } else if (description !== undefined) {
    tx.update('networkInterfaces', eni.id, { description });
  } else if (attachment) {
    const attachmentId = attachment.str('AttachmentId');
    const deleteOnTermination = attachment.optBool('DeleteOnTermination');
    if (!eni.attachment || eni.attachment.attachmentId !== attachmentId) {
      refuse('eni.attachment.not-found', `The attachment ID '${attachmentId}' does not exist`, { resources: [eni.id, attachmentId] });
    }
    if (deleteOnTermination !== undefined) {
      tx.update('networkInterfaces', eni.id, { attachment: { ...eni.attachment, deleteOnTermination } });
    }
  }
  return {};
}

function describeNetworkInterfaceAttribute(tx: Tx, p: Params) {
  const eni = mustFind(tx, 'networkInterfaces', p.str('NetworkInterfaceId'));
  const attribute = p.enum('Attribute', ['description', 'groupSet', 'sourceDestCheck', 'attachment', 'associatePublicIpAddress'] as const);
  const sdk = toSdkNetworkInterface(tx, eni);
  const base = { NetworkInterfaceId: eni.id };
  switch (attribute) {
    case 'description':
      return { ...base, Description: { Value: eni.description } };
    case 'groupSet':
      return { ...base, Groups: sdkGroups(tx, eni.groupIds) };
    case 'sourceDestCheck':
      return { ...base, SourceDestCheck: { Value: eni.sourceDestCheck } };
    case 'attachment':
      return { ...base, ...(sdk.Attachment ? { Attachment: sdk.Attachment } : {}) };
    default:
      return { ...base, AssociatePublicIpAddress: eni.privateIps.some((ip) => ip.publicIp) };
  }
}

function assignPrivateIpAddresses(tx: Tx, p: Params) {
  const eni = mustFind(tx, 'networkInterfaces', p.str('NetworkInterfaceId'));
  const list = p.optStrList('PrivateIpAddresses');
  const count = p.optInt('SecondaryPrivateIpAddressCount', 1, 49);
  const allow = p.optBool('AllowReassignment') ?? false;
  if (list && count !== undefined) {
    refuse('request.invalid-combination', 'Specify either PrivateIpAddresses or SecondaryPrivateIpAddressCount, not both.');
  }
  if (!list && count === undefined) return missing('SecondaryPrivateIpAddressCount');
  const wanted = list ? [...new Set(list)] : [];
  const adding = list ? wanted.length : (count ?? 0);
  const type = attachedType(tx, eni);
  if (type && eni.privateIps.length + adding > type.ipv4PerInterface) {
    refuse('eni.ip-limit', `Number of private addresses will exceed limit: ${eni.id} on ${type.name} can hold ${type.ipv4PerInterface} (it has ${eni.privateIps.length}).`, {
      resources: [eni.id, ...(eni.attachment ? [eni.attachment.instanceId] : [])],
      scope: { kind: 'quota', to: type.name },
    });
  }
  const subnet = mustFind(tx, 'subnets', eni.subnetId);
  let assigned: string[];
  if (list) {
    const moves: { from: NetworkInterface; address: string }[] = [];
    for (const address of wanted) {
      checkRequestedAddress(subnet, address, 'PrivateIpAddresses');
      if (eni.privateIps.some((ip) => ip.address === address)) {
        refuse('ip.secondary-in-use', `The address ${address} is already assigned to ${eni.id}.`, { resources: [eni.id] });
      }
      const holder = holderOf(tx, subnet.id, address);
      if (!holder) continue;
      if (holder.privateIps.find((ip) => ip.address === address)?.primary) {
        refuse('ip.primary-immovable', `Address ${address} is the primary private IP address of ${holder.id} and cannot be reassigned.`, {
          resources: [holder.id, eni.id],
        });
      }
      if (!allow) {
        refuse('ip.secondary-in-use', `Address ${address} is already assigned to ${holder.id}; send AllowReassignment=true to move it.`, {
          resources: [holder.id, eni.id],
        });
      }
      moves.push({ from: holder, address });
    }
    for (const { from, address } of moves) {
      const current = tx.get('networkInterfaces', from.id) ?? from;
      tx.update('networkInterfaces', from.id, { privateIps: current.privateIps.filter((ip) => ip.address !== address) });
      const eip = eipOn(tx, from.id, address);
      if (eip?.association) {
        tx.update('addresses', eip.allocationId, { association: { ...eip.association, networkInterfaceId: eni.id } });
      }
      tx.event({
        type: 'private-ip-moved',
        message: `Secondary address ${address} moved from ${from.id} to ${eni.id}${eip ? ` with its Elastic IP ${eip.publicIp}` : ''}.`,
        resourceId: eni.id,
        from: from.id,
        to: eni.id,
      });
      if (eip && from.attachment?.deviceIndex === 0) assignDynamicIp(tx, from.attachment.instanceId);
    }
    assigned = wanted;
  } else {
    // Pick `count` addresses: planAddresses returns one "primary" pick plus count - 1 more.
    assigned = planAddresses(tx, subnet, { explicit: [], secondaryCount: (count ?? 1) - 1 });
  }
  const current = tx.get('networkInterfaces', eni.id) ?? eni;
  tx.update('networkInterfaces', eni.id, {
    privateIps: [...current.privateIps, ...assigned.map((address) => ({ address, primary: false }))],
  });
  tx.event({
    type: 'private-ip-assigned',
    message: `Secondary private IPv4 ${assigned.join(', ')} assigned to ${eni.id}.`,
    resourceId: eni.id,
  });
  return { NetworkInterfaceId: eni.id, AssignedPrivateIpAddresses: assigned.map((a) => ({ PrivateIpAddress: a })) };
}

function unassignPrivateIpAddresses(tx: Tx, p: Params) {
  const eni = mustFind(tx, 'networkInterfaces', p.str('NetworkInterfaceId'));
  const list = [...new Set(p.strList('PrivateIpAddresses'))];
  for (const address of list) {
    const ip = eni.privateIps.find((x) => x.address === address);
    if (!ip) {
      refuse('ip.not-assigned', `Some of the specified addresses are not assigned to interface ${eni.id}: ${address}.`, {
        resources: [eni.id],
      });
    }
    if (ip.primary) {
      refuse('ip.primary-immovable', `Address ${address} is the primary private IP address of ${eni.id} and cannot be unassigned.`, {
        resources: [eni.id],
      });
    }
  }
  for (const address of list) {
    const eip = eipOn(tx, eni.id, address);
    if (eip) disassociateEip(tx, eip.allocationId, `its private address ${address} was unassigned`, false);
  }
  tx.update('networkInterfaces', eni.id, { privateIps: eni.privateIps.filter((ip) => !list.includes(ip.address)) });
  tx.event({
    type: 'private-ip-unassigned',
    message: `Secondary private IPv4 ${list.join(', ')} unassigned from ${eni.id}.`,
    resourceId: eni.id,
  });
  if (eni.attachment?.deviceIndex === 0) assignDynamicIp(tx, eni.attachment.instanceId);
  return {};
}

function canonicalIpv6(text: string, member: string): string {
  try {
    return ipaddr.IPv6.parse(text).toString();
  } catch {
    return invalid(member, text, 'It is not a valid IPv6 address.');
  }
}

function assignIpv6Addresses(tx: Tx, p: Params) {
  const eni = mustFind(tx, 'networkInterfaces', p.str('NetworkInterfaceId'));
  const list = p.optStrList('Ipv6Addresses');
  const count = p.optInt('Ipv6AddressCount', 1, 50);
  if (list && count !== undefined) {
    refuse('request.invalid-combination', 'Specify either Ipv6Addresses or Ipv6AddressCount, not both.');
  }
  if (!list && count === undefined) return missing('Ipv6AddressCount');
  const explicit = list ? [...new Set(list.map((a) => canonicalIpv6(a, 'Ipv6Addresses')))] : [];
  const adding = list ? explicit.length : (count ?? 0);
  const type = attachedType(tx, eni);
  if (type && eni.ipv6.length + adding > type.ipv6PerInterface) {
    refuse('ipv6.limit', `Number of IPv6 addresses will exceed limit: ${eni.id} on ${type.name} can hold ${type.ipv6PerInterface} (it has ${eni.ipv6.length}).`, {
      resources: [eni.id],
      scope: { kind: 'quota', to: type.name },
    });
  }
  const subnet = mustFind(tx, 'subnets', eni.subnetId);
  const assigned = planIpv6(tx, subnet, explicit, list ? 0 : (count ?? 0));
  tx.update('networkInterfaces', eni.id, { ipv6: [...eni.ipv6, ...assigned] });
  tx.event({
    type: 'ipv6-assigned',
    message: `IPv6 ${assigned.join(', ')} assigned to ${eni.id} from ${subnet.ipv6Cidr}.`,
    resourceId: eni.id,
  });
  return { NetworkInterfaceId: eni.id, AssignedIpv6Addresses: assigned };
}

function unassignIpv6Addresses(tx: Tx, p: Params) {
  const eni = mustFind(tx, 'networkInterfaces', p.str('NetworkInterfaceId'));
  const list = [...new Set(p.strList('Ipv6Addresses').map((a) => canonicalIpv6(a, 'Ipv6Addresses')))];
  for (const address of list) {
    if (!eni.ipv6.includes(address)) {
      refuse('ip.not-assigned', `Some of the specified addresses are not assigned to interface ${eni.id}: ${address}.`, {
        resources: [eni.id],
      });
    }
  }
  tx.update('networkInterfaces', eni.id, { ipv6: eni.ipv6.filter((a) => !list.includes(a)) });
  return { NetworkInterfaceId: eni.id, UnassignedIpv6Addresses: list };
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
