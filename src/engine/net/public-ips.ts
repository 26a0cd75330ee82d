import type { Instance } from '../model/instances';
import type { NetworkInterface } from '../model/network';
import type { Tx } from '../tx';
import { eipOn, eipsOnEni, instanceEnis, primaryEni } from './interfaces';

/**
 * Public IPv4 addresses. A dynamic public IPv4 comes from the region's Amazon pool, lives on the primary private
 * IP of eth0 (`privateIps[i].publicIp`), is released on stop and when an Elastic IP takes its place (rules 28–34),
 * and is unique across the whole world together with the Elastic IPs.
 */

/** Every public IPv4 in use anywhere: dynamic ones and Elastic IPs. */
export function publicIpsInUse(tx: Tx): Set<string> {
  const used = new Set<string>();
  for (const eni of tx.all('networkInterfaces')) for (const ip of eni.privateIps) if (ip.publicIp) used.add(ip.publicIp);
  for (const eip of tx.all('addresses')) used.add(eip.publicIp);
  return used;
}

/** A fresh public IPv4 from the region's pools, never one in use and never one in `avoid`. */
export function drawPublicIp(tx: Tx, region: string, avoid: readonly string[] = []): string {
  const pools = tx.base.regions[region]?.publicPools ?? [[54, 160]];
  const used = publicIpsInUse(tx);
  for (;;) {
    const pool = pools[Math.floor(tx.random() * pools.length)] ?? pools[0] ?? [54, 160];
    const c = Math.floor(tx.random() * 256);
    const d = 1 + Math.floor(tx.random() * 254);
    const ip = `${pool[0]}.${pool[1]}.${c}.${d}`;
    if (!used.has(ip) && !avoid.includes(ip)) return ip;
  }
}

export interface PublicAddress {
  publicIp: string;
  /** `amazon` for a dynamic address, the account id for an Elastic IP. */
  ipOwnerId: string;
  allocationId?: string;
  associationId?: string;
}

/** The public IPv4 NAT'ed to one private address of an interface: its Elastic IP, else its dynamic IP. */
export function publicAddressOf(tx: Tx, eni: NetworkInterface, address: string): PublicAddress | undefined {
  const eip = eipOn(tx, eni.id, address);
  if (eip) {
    return {
      publicIp: eip.publicIp,
      ipOwnerId: eip.ownerId,
      allocationId: eip.allocationId,
      ...(eip.association ? { associationId: eip.association.associationId } : {}),
    };
  }
  const dynamic = eni.privateIps.find((ip) => ip.address === address)?.publicIp;
  return dynamic ? { publicIp: dynamic, ipOwnerId: 'amazon' } : undefined;
}

/** The instance's public IPv4 (`PublicIpAddress`): the one on eth0's primary private IP. */
export function instancePublicIp(tx: Tx, instance: Instance): string | undefined {
  const eth0 = primaryEni(tx, instance.id);
  const primary = eth0?.privateIps.find((ip) => ip.primary);
  return eth0 && primary ? publicAddressOf(tx, eth0, primary.address)?.publicIp : undefined;
}

/**
 * Whether the instance may hold a dynamic public IPv4 now (rules 28, 33, 34): it asked for one at launch, it has a
 * single interface, and no Elastic IP sits on any address of eth0.
 */
export function dynamicIpEligible(tx: Tx, instance: Instance): boolean {
  if (!instance.publicIpOnLaunch) return false;
  const enis = instanceEnis(tx, instance.id);
  const eth0 = enis[0];
  if (enis.length !== 1 || !eth0 || eth0.attachment?.deviceIndex !== 0) return false;
  return eipsOnEni(tx, eth0.id).length === 0;
}

/** Give a running, eligible instance a new dynamic public IPv4 on eth0 (if it has none). Returns the address. */
export function assignDynamicIp(tx: Tx, instanceId: string, avoid: readonly string[] = []): string | undefined {
  const instance = tx.get('instances', instanceId);
  if (!instance || instance.state !== 'running' || !dynamicIpEligible(tx, instance)) return undefined;
  const eth0 = primaryEni(tx, instance.id);
  const primary = eth0?.privateIps.find((ip) => ip.primary);
  if (!eth0 || !primary || primary.publicIp) return undefined;
  const publicIp = drawPublicIp(tx, instance.region, avoid);
  tx.update('networkInterfaces', eth0.id, {
    privateIps: eth0.privateIps.map((ip) => (ip.primary ? { ...ip, publicIp } : ip)),
  });
  tx.event({
    type: 'public-ip-assigned',
    message: `${instance.id} got the dynamic public IPv4 ${publicIp}, NAT'ed to ${primary.address} on eth0 (${eth0.id}).`,
    resourceId: instance.id,
    to: publicIp,
    data: { networkInterfaceId: eth0.id, privateIp: primary.address },
  });
  return publicIp;
}

/** Release the dynamic public IPv4 of an interface back to Amazon's pool (it is never given back). */
export function releaseDynamicIp(tx: Tx, eniId: string, why: string): string | undefined {
  const eni = tx.get('networkInterfaces', eniId);
  const held = eni?.privateIps.find((ip) => ip.publicIp);
  if (!eni || !held?.publicIp) return undefined;
  const publicIp = held.publicIp;
  tx.update('networkInterfaces', eni.id, {
    privateIps: eni.privateIps.map((ip) => {
      if (!ip.publicIp) return ip;
      const { publicIp: _released, ...rest } = ip;
      return rest;
    }),
  });
  tx.event({
    type: 'public-ip-released',
    message: `The dynamic public IPv4 ${publicIp} of ${eni.attachment?.instanceId ?? eni.id} was released: ${why}.`,
    resourceId: eni.attachment?.instanceId ?? eni.id,
    from: publicIp,
    data: { networkInterfaceId: eni.id },
  });
  return publicIp;
}

/**
 * Remove an Elastic IP's association (it stays allocated, unless `releasing`: ReleaseAddress in a default VPC
 * disassociates on its way to giving the address back). When it sat on eth0 of a running instance that may hold a
 * dynamic address, the instance gets a brand-new dynamic public IPv4 (rule 33) unless `refresh` is false.
 */
export function disassociateEip(tx: Tx, allocationId: string, why: string, refresh = true, releasing = false): void {
  const eip = tx.get('addresses', allocationId);
  if (!eip?.association) return;
  const { networkInterfaceId, privateIp, associationId } = eip.association;
  const { association: _gone, ...rest } = eip;
  // Remembered so a repeated DisassociateAddress with the same id succeeds (the API is idempotent).
  tx.put('addresses', eip.allocationId, { ...rest, lastAssociationId: associationId });
  const eni = tx.get('networkInterfaces', networkInterfaceId);
  const instanceId = eni?.attachment?.instanceId;
  tx.event({
    type: 'eip-disassociated',
    message: `Elastic IP ${eip.publicIp} (${eip.allocationId}) was disassociated from ${privateIp} of ${networkInterfaceId}${instanceId ? ` (${instanceId})` : ''}: ${why}. ${releasing ? 'It is released next: the account no longer holds it.' : 'It stays allocated to the account.'}`,
    resourceId: eip.allocationId,
    from: networkInterfaceId,
    data: { associationId, privateIp, ...(instanceId ? { instanceId } : {}) },
  });
  if (refresh && instanceId && eni?.attachment?.deviceIndex === 0) assignDynamicIp(tx, instanceId, [eip.publicIp]);
}
