import type { InstanceConnectEndpoint } from '../model/access';
import { hashString } from '../rng';
import { isoAt } from '../time';

/** The endpoint's DNS name: `<id>.<8 hex>.ec2-instance-connect-endpoint.<region>.amazonaws.com` (and a FIPS twin). */
export function endpointDnsName(endpoint: InstanceConnectEndpoint, fips = false): string {
  const label = hashString(`${endpoint.id}|${endpoint.ownerId}`).toString(16).padStart(8, '0');
  return `${endpoint.id}.${label}.${fips ? 'fips.' : ''}ec2-instance-connect-endpoint.${endpoint.region}.amazonaws.com`;
}

/** The SDK `Ec2InstanceConnectEndpoint` (Create/Describe/DeleteInstanceConnectEndpoint), in the model's member order. */
export function toSdkInstanceConnectEndpoint(endpoint: InstanceConnectEndpoint, state = 'create-complete') {
  return {
    OwnerId: endpoint.ownerId,
    InstanceConnectEndpointId: endpoint.id,
    InstanceConnectEndpointArn: `arn:aws:ec2:${endpoint.region}:${endpoint.ownerId}:instance-connect-endpoint/${endpoint.id}`,
    State: state,
    StateMessage: '',
    DnsName: endpointDnsName(endpoint),
    FipsDnsName: endpointDnsName(endpoint, true),
    NetworkInterfaceIds: [endpoint.networkInterfaceId],
    VpcId: endpoint.vpcId,
    AvailabilityZone: endpoint.az,
    CreatedAt: isoAt(endpoint.createdAt),
    SubnetId: endpoint.subnetId,
    PreserveClientIp: endpoint.preserveClientIp,
    SecurityGroupIds: [...endpoint.securityGroupIds],
    Tags: endpoint.tags.map((t) => ({ ...t })),
    IpAddressType: 'ipv4',
  };
}
