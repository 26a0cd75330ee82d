import type { Subnet } from '../model/network';
import { availableIpAddressCount } from '../net/addressing';
import type { Tx } from '../tx';
import { sdkTags } from './tags';

/** The SDK `Subnet` of a subnet (CreateSubnet, DescribeSubnets): its zone id and the addresses still free. */
export function toSdkSubnet(tx: Tx, subnet: Subnet) {
  const zone = tx.base.regions[subnet.region]?.zones.find((z) => z.ZoneName === subnet.az);
  return {
    SubnetId: subnet.id,
    VpcId: subnet.vpcId,
    CidrBlock: subnet.cidr,
    AvailabilityZone: subnet.az,
    AvailabilityZoneId: zone?.ZoneId,
    AvailableIpAddressCount: availableIpAddressCount(tx, subnet),
    MapPublicIpOnLaunch: subnet.mapPublicIpOnLaunch,
    DefaultForAz: subnet.defaultForAz,
    State: 'available',
    OwnerId: subnet.ownerId,
    SubnetArn: `arn:aws:ec2:${subnet.region}:${subnet.ownerId}:subnet/${subnet.id}`,
    AssignIpv6AddressOnCreation: subnet.assignIpv6AddressOnCreation ?? false,
    Ipv6Native: false,
    PrivateDnsNameOptionsOnLaunch: {
      HostnameType: 'ip-name',
      EnableResourceNameDnsARecord: subnet.enableResourceNameDnsARecordOnLaunch ?? false,
      EnableResourceNameDnsAAAARecord: false,
    },
    Ipv6CidrBlockAssociationSet: subnet.ipv6Cidr
      ? [
          {
            AssociationId: subnet.id.replace('subnet-', 'subnet-cidr-assoc-'),
            Ipv6CidrBlock: subnet.ipv6Cidr,
            Ipv6CidrBlockState: { State: 'associated' },
          },
        ]
      : [],
    ...sdkTags(subnet.tags),
  };
}
