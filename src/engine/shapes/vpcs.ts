import type { Vpc } from '../model/network';
import { sdkTags } from './tags';

/** The SDK `Vpc` of a VPC (CreateVpc, DescribeVpcs), with its IPv4 and IPv6 block associations. */
export function toSdkVpc(vpc: Vpc) {
  const primary = vpc.cidrBlocks[0]?.cidr ?? '';
  return {
    VpcId: vpc.id,
    CidrBlock: primary,
    State: 'available',
    DhcpOptionsId: 'dopt-default',
    InstanceTenancy: vpc.instanceTenancy ?? 'default',
    IsDefault: vpc.isDefault,
    OwnerId: vpc.ownerId,
    CidrBlockAssociationSet: vpc.cidrBlocks.map((b) => ({
      AssociationId: b.associationId,
      CidrBlock: b.cidr,
      CidrBlockState: { State: 'associated' },
    })),
    ...(vpc.ipv6CidrBlock
      ? {
          Ipv6CidrBlockAssociationSet: [
            {
              AssociationId: `${vpc.id.replace('vpc-', 'vpc-cidr-assoc-')}-v6`,
              Ipv6CidrBlock: vpc.ipv6CidrBlock,
              Ipv6CidrBlockState: { State: 'associated' },
              NetworkBorderGroup: vpc.region,
            },
          ],
        }
      : {}),
    ...sdkTags(vpc.tags),
  };
}
