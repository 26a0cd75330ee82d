import { cidrContainsIp, isReserved, parseCidr } from './net/cidr';
import type { World } from './model/world';

/**
 * Facts that hold in every world the engine can produce, whatever actions led there. The property test checks
 * them after every step; a violation names the resources involved.
 */
export function invariantViolations(world: World): string[] {
  const problems: string[] = [];
  const privateOwner = new Map<string, string>();
  const publicOwner = new Map<string, string>();

  for (const eni of [...world.networkInterfaces.values()]) {
    const subnet = world.subnets.get(eni.subnetId);
    const cidr = subnet ? parseCidr(subnet.cidr) : undefined;
    if (!subnet || !cidr) {
      problems.push(`${eni.id} sits in a missing subnet ${eni.subnetId}`);
      continue;
    }
    if (eni.az !== subnet.az) problems.push(`${eni.id} is in ${eni.az} but its subnet is in ${subnet.az}`);
    if (eni.attachment) {
      const instance = world.instances.get(eni.attachment.instanceId);
      if (!instance) problems.push(`${eni.id} is attached to a missing instance ${eni.attachment.instanceId}`);
      else if (instance.az !== eni.az) problems.push(`${eni.id} (${eni.az}) is attached to ${instance.id} in ${instance.az}`);
      else if (instance.state === 'terminated') problems.push(`${eni.id} is still attached to terminated ${instance.id}`);
    }
    if (eni.privateIps.filter((ip) => ip.primary).length !== 1) problems.push(`${eni.id} must have exactly one primary IP`);
    for (const ip of eni.privateIps) {
      if (!cidrContainsIp(cidr, ip.address)) problems.push(`${ip.address} of ${eni.id} is outside ${subnet.cidr}`);
      if (isReserved(cidr, ip.address)) problems.push(`${ip.address} of ${eni.id} is reserved in ${subnet.cidr}`);
      const key = `${eni.vpcId}|${ip.address}`;
      const other = privateOwner.get(key);
      if (other) problems.push(`${ip.address} is used twice in ${eni.vpcId}: ${other} and ${eni.id}`);
      privateOwner.set(key, eni.id);
      if (ip.publicIp) {
        if (!ip.primary) problems.push(`${eni.id} has a dynamic public IP on a secondary address`);
        const holder = publicOwner.get(ip.publicIp);
        if (holder) problems.push(`public ${ip.publicIp} is used by ${holder} and ${eni.id}`);
        publicOwner.set(ip.publicIp, eni.id);
      }
    }
    if (eni.privateIps.filter((ip) => ip.publicIp).length > 1) problems.push(`${eni.id} has more than one dynamic public IPv4`);
  }

  const eipOnPrivate = new Map<string, string>();
  for (const eip of [...world.addresses.values()]) {
    const holder = publicOwner.get(eip.publicIp);
    if (holder) problems.push(`Elastic IP ${eip.publicIp} is also a dynamic IP of ${holder}`);
    publicOwner.set(eip.publicIp, eip.allocationId);
    const a = eip.association;
    if (!a) continue;
    const eni = world.networkInterfaces.get(a.networkInterfaceId);
    const ip = eni?.privateIps.find((p) => p.address === a.privateIp);
    if (!eni || !ip) {
      problems.push(`${eip.allocationId} is associated with a missing address ${a.networkInterfaceId}/${a.privateIp}`);
      continue;
    }
    if (ip.publicIp) problems.push(`${a.privateIp} of ${eni.id} has both a dynamic IP and ${eip.publicIp}`);
    const key = `${eni.id}|${a.privateIp}`;
    const other = eipOnPrivate.get(key);
    if (other) problems.push(`${a.privateIp} of ${eni.id} carries two Elastic IPs: ${other} and ${eip.allocationId}`);
    eipOnPrivate.set(key, eip.allocationId);
  }

  for (const volume of [...world.volumes.values()]) {
    if (!volume.attachment) continue;
    const instance = world.instances.get(volume.attachment.instanceId);
    if (!instance) problems.push(`${volume.id} is attached to a missing instance`);
    else if (instance.az !== volume.az) problems.push(`${volume.id} (${volume.az}) is attached to ${instance.id} in ${instance.az}`);
  }
  return problems;
}
