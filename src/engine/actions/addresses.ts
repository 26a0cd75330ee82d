import type { ElasticIp, NetworkInterface } from '../model/network';
import { checkIdFormat, mustFind } from '../lookup';
import { vpcInternetGateway } from '../net/addressing';
import { eipOn, findInstance, soleInterface } from '../net/interfaces';
import { disassociateEip, drawPublicIp, releaseDynamicIp } from '../net/public-ips';
import { missing, type Params } from '../params';
import { refuse } from '../refusal';
import type { Tx } from '../tx';
import { applyFilters } from '../filters';
import { toSdkAddress } from '../shapes/addresses';
import { defineActions } from '../action-def';

/**
 * Elastic IP addresses (rules 39–46): regional public IPv4 addresses allocated to the account, associated with one
 * private IPv4 of an interface at a time. Associating one with eth0's primary address replaces its dynamic public
 * IPv4 for good; disassociating gives the instance a brand-new dynamic one.
 */

/** Default quota of Elastic IPs per region and account. */
export const EIP_QUOTA = 5;

function byPublicIp(tx: Tx, publicIp: string): ElasticIp {
  const eip = tx.visible('addresses').find((a) => a.publicIp === publicIp);
  if (!eip) {
    return refuse('eip.address.not-found', `Address '${publicIp}' not found.`, {
      resources: [publicIp],
      fix: `${publicIp} is not an Elastic IP of this account in ${tx.region}; check DescribeAddresses.`,
    });
  }
  return eip;
}

/** The Elastic IP named by `AllocationId` (or, EC2-Classic style, `PublicIp`). */
function findEip(tx: Tx, p: Params): ElasticIp {
  const allocationId = p.optStr('AllocationId');
  if (allocationId) return mustFind(tx, 'addresses', allocationId);
  const publicIp = p.optStr('PublicIp');
  if (publicIp) return byPublicIp(tx, publicIp);
  return missing('AllocationId');
}

function allocateAddress(tx: Tx, p: Params) {
  p.optEnum('Domain', ['vpc'] as const);
  const held = tx.visible('addresses');
  if (held.length >= EIP_QUOTA) {
    refuse('eip.quota', 'The maximum number of addresses has been reached.', {
      resources: held.map((a) => a.allocationId),
      scope: { kind: 'quota', to: tx.region },
      fix: `${tx.region} already holds ${held.length} Elastic IPs (${held.map((a) => a.publicIp).join(', ')}); release one first.`,
    });
  }
  const publicIp = drawPublicIp(tx, tx.region);
  const allocationId = tx.id('eipalloc');
  tx.put('addresses', allocationId, {
    ownerId: tx.account,
    region: tx.region,
    tags: p.tagsFor('elastic-ip'),
    allocationId,
    publicIp,
    domain: 'vpc',
    allocatedAt: tx.now,
  });
  tx.event({
    type: 'eip-allocated',
    message: `Elastic IP ${publicIp} (${allocationId}) allocated to account ${tx.account} in ${tx.region}. It stays yours until you release it.`,
    resourceId: allocationId,
  });
  return { AllocationId: allocationId, PublicIp: publicIp, Domain: 'vpc', PublicIpv4Pool: 'amazon', NetworkBorderGroup: tx.region };
}

/** The interface an AssociateAddress call targets (rule 40 for InstanceId). */
function targetEni(tx: Tx, p: Params): NetworkInterface {
  const instanceId = p.optStr('InstanceId');
  const eniId = p.optStr('NetworkInterfaceId');
  if (!instanceId && !eniId) return missing('InstanceId');
  if (eniId) {
    const eni = mustFind(tx, 'networkInterfaces', eniId);
    if (instanceId && eni.attachment?.instanceId !== instanceId) {
      findInstance(tx, instanceId);
      refuse('request.invalid-combination', `The network interface ${eni.id} is not attached to instance ${instanceId}.`, {
        resources: [eni.id, instanceId],
      });
    }
    return eni;
  }
  const instance = findInstance(tx, instanceId ?? '');
  if (instance.state !== 'running' && instance.state !== 'stopped') {
    refuse('eip.associate.instance-state', `The instance '${instance.id}' is not in a valid state for this operation.`, {
      resources: [instance.id],
      scope: { kind: 'state', from: instance.state },
    });
  }
  const eth0 = soleInterface(tx, instance);
  if (!eth0) {
    return refuse('eip.associate.instance-state', `The instance '${instance.id}' has no network interface.`, { resources: [instance.id] });
  }
  return eth0;
}

function associateAddress(tx: Tx, p: Params) {
  const eip = findEip(tx, p);
  if (!p.optStr('AllocationId')) {
    refuse('eip.associate.public-ip', 'You must specify an allocation id when mapping an address to a VPC instance', {
      resources: [eip.allocationId],
      scope: { kind: 'parameter', to: 'AllocationId' },
      fix: `Associate ${eip.publicIp} with AllocationId ${eip.allocationId}.`,
    });
  }
  const eni = targetEni(tx, p);
  const allow = p.optBool('AllowReassociation');
  const primary = eni.privateIps.find((ip) => ip.primary)?.address ?? '';
  const privateIp = p.optStr('PrivateIpAddress') ?? primary;
  if (!eni.privateIps.some((ip) => ip.address === privateIp)) {
    refuse('eip.associate.private-ip', `The private IP address ${privateIp} is not assigned to the network interface ${eni.id}.`, {
      resources: [eni.id],
      fix: `${eni.id} holds ${eni.privateIps.map((ip) => ip.address).join(', ')}; assign ${privateIp} to it first or pick one of those.`,
    });
  }
  if (!vpcInternetGateway(tx, eni.vpcId)) {
    refuse('eip.associate.no-igw', `Network ${eni.vpcId} is not attached to any internet gateway`, {
      resources: [eni.vpcId, eip.allocationId],
      scope: { kind: 'vpc', to: eni.vpcId },
      fix: `Create an internet gateway and attach it to ${eni.vpcId}, then associate ${eip.publicIp}.`,
    });
  }
  const current = eip.association;
  if (current && current.networkInterfaceId === eni.id && current.privateIp === privateIp) {
    return { AssociationId: current.associationId };
  }
  if (current) {
    if (allow === false) {
      refuse('eip.associate.already', `resource ${eip.allocationId} is already associated with associate-id ${current.associationId}`, {
        resources: [eip.allocationId, current.networkInterfaceId],
      });
    }
    disassociateEip(tx, eip.allocationId, `it is reassociated with ${eni.id}`);
  }
  const previous = eipOn(tx, eni.id, privateIp);
  if (previous) disassociateEip(tx, previous.allocationId, `${eip.publicIp} replaces it on ${privateIp}`, false);
  const holder = tx.get('networkInterfaces', eni.id) ?? eni;
  if (holder.privateIps.find((ip) => ip.address === privateIp)?.publicIp) {
    releaseDynamicIp(tx, eni.id, `Elastic IP ${eip.publicIp} now sits on ${privateIp}, so the dynamic address is gone for good`);
  }
  const associationId = tx.id('eipassoc');
  tx.update('addresses', eip.allocationId, { association: { associationId, networkInterfaceId: eni.id, privateIp } });
  const instanceId = holder.attachment?.instanceId;
  tx.event({
    type: 'eip-associated',
    message: `Elastic IP ${eip.publicIp} associated with ${privateIp} of ${eni.id}${instanceId ? ` (${instanceId})` : ''}.`,
    resourceId: eip.allocationId,
    to: eni.id,
    data: { associationId, privateIp, ...(instanceId ? { instanceId } : {}) },
  });
  return { AssociationId: associationId };
}

function disassociateAddress(tx: Tx, p: Params) {
  const associationId = p.optStr('AssociationId');
  const publicIp = p.optStr('PublicIp');
  let eip: ElasticIp | undefined;
  if (associationId) {
    eip = tx.visible('addresses').find((a) => a.association?.associationId === associationId);
    if (!eip) checkIdFormat('addressAssociations', associationId);
    // DisassociateAddress is idempotent: the association just removed may be removed again.
    if (!eip && tx.visible('addresses').some((a) => a.lastAssociationId === associationId)) return {};
    if (!eip) {
      return refuse('eip.association.not-found', `The association ID '${associationId}' does not exist`, {
        resources: [associationId],
      });
    }
  } else if (publicIp) {
    eip = byPublicIp(tx, publicIp);
    refuse('eip.disassociate.public-ip', 'You must specify an association id when unmapping an address from a VPC instance', {
      resources: [eip.allocationId],
      scope: { kind: 'parameter', to: 'AssociationId' },
      fix: eip.association
        ? `Disassociate ${eip.publicIp} with AssociationId ${eip.association.associationId}.`
        : `${eip.publicIp} (${eip.allocationId}) is not associated with anything.`,
    });
  } else {
    return missing('AssociationId');
  }
  disassociateEip(tx, eip.allocationId, 'DisassociateAddress');
  return {};
}

/**
 * ReleaseAddress's address: by AllocationId (with an optional NetworkBorderGroup, which in the lab is the region).
 * A public IP alone is the EC2-Classic form: unknown → InvalidAddress.NotFound (rule 45); a VPC address → AWS's
 * InvalidParameterValue, it must be released by allocation id.
 */
function addressToRelease(tx: Tx, p: Params): ElasticIp {
  const allocationId = p.optStr('AllocationId');
  const publicIp = p.optStr('PublicIp');
  const borderGroup = p.optStr('NetworkBorderGroup');
  if (allocationId && publicIp) {
    refuse('eip.release.ip-and-allocation', 'You may specify public IP or allocation id, but not both in the same call', {
      resources: [allocationId],
      scope: { kind: 'parameter', to: 'PublicIp' },
    });
  }
  const eip = findEip(tx, p);
  if (borderGroup !== undefined && borderGroup !== tx.region) {
    refuse('eip.address.not-found', `Address '${eip.publicIp}' not found in network border group '${borderGroup.slice(0, 64)}'.`, {
      resources: [eip.allocationId],
      fix: `The network border group of ${eip.allocationId} is ${tx.region}; send that, or leave NetworkBorderGroup out.`,
    });
  }
  if (!allocationId) {
    refuse('eip.release.public-ip', 'You must specify an allocation id when releasing a VPC elastic IP address', {
      resources: [eip.allocationId],
      fix: `Release it with AllocationId ${eip.allocationId}.`,
    });
  }
  return eip;
}

function releaseAddress(tx: Tx, p: Params) {
  const allocationId = p.optStr('AllocationId');
  const other = allocationId ? tx.get('addresses', allocationId) : undefined;
  if (other && other.region === tx.region && other.ownerId !== tx.account) {
    refuse('eip.release.not-owner', 'You do not have permission to access the specified resource.', {
      resources: [other.allocationId],
      scope: { kind: 'account', from: tx.account, to: other.ownerId },
    });
  }
  const eip = addressToRelease(tx, p);
  const a = eip.association;
  if (a) {
    const eni = tx.get('networkInterfaces', a.networkInterfaceId);
    const vpc = eni ? tx.get('vpcs', eni.vpcId) : undefined;
    if (!vpc?.isDefault) {
      refuse('eip.release.associated', `The address with allocation id [${eip.allocationId}] is in use: it is associated with ${a.networkInterfaceId} (${a.associationId}).`, {
        resources: [eip.allocationId, a.networkInterfaceId],
        fix: `Disassociate ${a.associationId} first, then release ${eip.allocationId}.`,
      });
    }
    disassociateEip(tx, eip.allocationId, 'ReleaseAddress in a default VPC disassociates it first', true, true);
  }
  tx.remove('addresses', eip.allocationId);
  tx.event({
    type: 'eip-released',
    message: `Elastic IP ${eip.publicIp} (${eip.allocationId}) released back to Amazon.`,
    resourceId: eip.allocationId,
  });
  return {};
}

function describeAddresses(tx: Tx, p: Params) {
  const allocationIds = p.optStrList('AllocationIds');
  const publicIps = p.optStrList('PublicIps');
  let list: ElasticIp[];
  if (allocationIds || publicIps) {
    const picked = new Map<string, ElasticIp>();
    for (const id of allocationIds ?? []) picked.set(id, mustFind(tx, 'addresses', id));
    for (const ip of publicIps ?? []) {
      const eip = byPublicIp(tx, ip);
      picked.set(eip.allocationId, eip);
    }
    list = [...picked.values()];
  } else {
    list = tx.visible('addresses');
  }
  const filtered = applyFilters(list, p, {
    'allocation-id': (a) => a.allocationId,
    'association-id': (a) => a.association?.associationId,
    domain: () => 'vpc',
    'public-ip': (a) => a.publicIp,
    'network-border-group': (a) => a.region,
    'network-interface-id': (a) => a.association?.networkInterfaceId,
    'private-ip-address': (a) => a.association?.privateIp,
    'instance-id': (a) =>
      a.association ? tx.get('networkInterfaces', a.association.networkInterfaceId)?.attachment?.instanceId : undefined,
    'network-interface-owner-id': (a) =>
      a.association ? tx.get('networkInterfaces', a.association.networkInterfaceId)?.ownerId : undefined,
  }, (a) => toSdkAddress(tx, a));
  return { Addresses: filtered.map((a) => toSdkAddress(tx, a)) };
}

export const ADDRESS_ACTIONS = defineActions([
  { type: 'ec2:AllocateAddress', summary: 'Allocate an Elastic IP to the account (5 per region).', run: allocateAddress },
  {
    type: 'ec2:AssociateAddress',
    summary: 'Associate an Elastic IP with an instance or a private IP of an interface (replaces the dynamic public IP).',
    run: associateAddress,
  },
  {
    type: 'ec2:DisassociateAddress',
    summary: 'Disassociate an Elastic IP (the instance gets a new dynamic public IP if eligible).',
    run: disassociateAddress,
  },
  { type: 'ec2:ReleaseAddress', summary: 'Release an Elastic IP back to Amazon.', run: releaseAddress },
  { type: 'ec2:DescribeAddresses', summary: 'List Elastic IPs and their associations.', run: describeAddresses, read: true },
]);
