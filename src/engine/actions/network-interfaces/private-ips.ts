import { getInstanceType, type InstanceTypeInfo } from '../../catalog/instance-types';
import type { NetworkInterface } from '../../model/network';
import { mustFind } from '../../lookup';
import { refuseRequesterManaged } from '../../net/eni-factory';
import { eipOn } from '../../net/interfaces';
import { checkRequestedAddress, holderOf, planAddresses } from '../../net/private-ips';
import { assignDynamicIp, disassociateEip } from '../../net/public-ips';
import { missing, type Params } from '../../params';
import { refuse } from '../../refusal';
import type { Tx } from '../../tx';

/** Secondary private IPv4 addresses of an interface (rules 8 and 26): assigned, moved between interfaces, removed. */

/** The instance type of the instance an interface is attached to (its limits apply), if any. */
export function attachedType(tx: Tx, eni: NetworkInterface): InstanceTypeInfo | undefined {
  const instance = eni.attachment ? tx.get('instances', eni.attachment.instanceId) : undefined;
  return instance ? getInstanceType(instance.instanceType) : undefined;
}

export function assignPrivateIpAddresses(tx: Tx, p: Params) {
  const eni = mustFind(tx, 'networkInterfaces', p.str('NetworkInterfaceId'));
  refuseRequesterManaged(eni);
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

export function unassignPrivateIpAddresses(tx: Tx, p: Params) {
  const eni = mustFind(tx, 'networkInterfaces', p.str('NetworkInterfaceId'));
  refuseRequesterManaged(eni);
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
