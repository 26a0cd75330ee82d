import { ruleTable } from './sections';

/**
 * EC2 Instance Connect Endpoint (rule A23 of docs/reference/scaling-and-access-rules.md): the endpoint's own
 * refusals, the hops `sim:Ssh` checks when it connects through one, and its requester-managed network interface.
 */
const SSH = 'EC2 SSH vs EC2 Instance Connect management' as const;

const WHY_ENDPOINT =
  'An EC2 Instance Connect Endpoint is an identity-aware TCP proxy that AWS runs inside one of your subnets: you reach it over HTTPS with your AWS credentials, and it opens the TCP connection to the instance’s private address from inside the VPC, so the instance needs no public IP and the VPC no internet gateway.';

export const INSTANCE_CONNECT_ENDPOINT_RULES = ruleTable({
  'eice.endpoint.not-found': {
    code: 'InvalidInstanceConnectEndpointId.NotFound',
    title: 'No EC2 Instance Connect Endpoint with that id here',
    concept: `${WHY_ENDPOINT} Endpoints are regional: the id must name one in the region and account you call.`,
    fix: 'List the endpoints with DescribeInstanceConnectEndpoints, or create one in a subnet of the instance’s VPC.',
    section: SSH,
    source: 'A23',
  },
  'eice.endpoint.malformed': {
    code: 'InvalidInstanceConnectEndpointId.Malformed',
    title: 'Not an EC2 Instance Connect Endpoint id',
    concept: 'Endpoint ids are `eice-` followed by 17 hexadecimal digits; anything else is refused before any lookup.',
    fix: 'Copy the InstanceConnectEndpointId from CreateInstanceConnectEndpoint or DescribeInstanceConnectEndpoints.',
    section: SSH,
    source: 'A23',
  },
  'eice.endpoint.in-use': {
    code: 'DependencyViolation',
    title: 'An EC2 Instance Connect Endpoint still lives in the subnet',
    concept:
      'The endpoint owns a network interface in its subnet, so the subnet (and its VPC) cannot be deleted while the endpoint exists.',
    fix: 'DeleteInstanceConnectEndpoint first, then delete the subnet or VPC.',
    section: SSH,
    source: 'A23',
  },
  'ssh.eice.other-vpc': {
    code: 'Ssh.ConnectionTimedOut',
    title: 'The endpoint is in another VPC',
    concept: `${WHY_ENDPOINT} It reaches only instances of its own VPC.`,
    fix: 'Create an EC2 Instance Connect Endpoint in a subnet of the instance’s VPC and connect through it.',
    section: SSH,
    source: 'A23',
  },
  'ssh.eice.endpoint-egress': {
    code: 'Ssh.ConnectionTimedOut',
    title: 'The endpoint’s security group does not let TCP 22 out',
    concept:
      'The endpoint opens the connection to the instance, so its own security group needs an outbound rule for TCP 22 to the instance (its security group, its address or the VPC CIDR). The endpoint’s inbound rules are not used.',
    fix: 'AuthorizeSecurityGroupEgress on the endpoint’s group: TCP 22 to the instance’s security group or the VPC CIDR.',
    section: SSH,
    source: 'A23',
  },
  'ssh.eice.security-group': {
    code: 'Ssh.ConnectionTimedOut',
    title: 'The instance’s security group does not admit the endpoint',
    concept:
      'Through an endpoint, the connection arrives from the endpoint’s network interface inside the VPC (or from your own address when the endpoint preserves the client IP), not from the internet. Security groups drop silently what no rule allows, so the client times out.',
    fix: 'AuthorizeSecurityGroupIngress on the instance’s group: TCP 22 from the endpoint’s security group (or, with PreserveClientIp, from your address).',
    section: SSH,
    source: 'A23',
  },
  'eni.requester-managed': {
    code: 'InvalidNetworkInterface.InUse',
    title: 'This interface belongs to an AWS-managed resource',
    concept:
      'A requester-managed interface (here, an EC2 Instance Connect Endpoint’s) is created and deleted by the service that owns it; you can see it, but not attach, detach or delete it yourself.',
    fix: 'Delete the resource that owns the interface (DeleteInstanceConnectEndpoint): its interface goes with it.',
    section: 'Elastic Network Interface',
    source: 'A23',
  },
});
