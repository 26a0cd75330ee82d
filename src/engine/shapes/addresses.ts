import type { ElasticIp } from '../model/network';
import type { Tx } from '../tx';
import { sdkTags } from './tags';

/** The SDK `Address` of an Elastic IP (DescribeAddresses): its association and the instance behind it, if any. */
export function toSdkAddress(tx: Tx, eip: ElasticIp) {
  const a = eip.association;
  const eni = a ? tx.get('networkInterfaces', a.networkInterfaceId) : undefined;
  return {
    AllocationId: eip.allocationId,
    PublicIp: eip.publicIp,
    Domain: 'vpc',
    PublicIpv4Pool: 'amazon',
    NetworkBorderGroup: eip.region,
    ...(a
      ? {
          AssociationId: a.associationId,
          NetworkInterfaceId: a.networkInterfaceId,
          NetworkInterfaceOwnerId: eni?.ownerId ?? eip.ownerId,
          PrivateIpAddress: a.privateIp,
          ...(eni?.attachment ? { InstanceId: eni.attachment.instanceId } : {}),
        }
      : {}),
    ...sdkTags(eip.tags),
  };
}
