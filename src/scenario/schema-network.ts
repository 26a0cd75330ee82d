/** zod shapes of the network collections (VPCs, subnets, gateways, route tables, security groups and their rules,
 * network interfaces, Elastic IPs). Same conventions as schema.ts: loose objects, one schema per field. */
import { z } from 'zod/mini';
import { str, bool, num, int, opt, strs, owned } from './schema-parts';

export const vpcShape = {
  ...owned,
  id: str,
  cidrBlocks: z.array(z.looseObject({ associationId: str, cidr: str })),
  ipv6CidrBlock: opt(str),
  isDefault: bool,
  enableDnsSupport: bool,
  enableDnsHostnames: bool,
  mainRouteTableId: str,
  defaultSecurityGroupId: str,
  instanceTenancy: opt(z.literal('dedicated')),
  enableNetworkAddressUsageMetrics: opt(bool),
};

export const subnetShape = {
  ...owned,
  id: str,
  vpcId: str,
  az: str,
  cidr: str,
  ipv6Cidr: opt(str),
  mapPublicIpOnLaunch: bool,
  defaultForAz: bool,
  assignIpv6AddressOnCreation: opt(bool),
  enableResourceNameDnsARecordOnLaunch: opt(bool),
};

export const internetGatewayShape = { ...owned, id: str, vpcId: opt(str) };

export const routeTableShape = {
  ...owned,
  id: str,
  vpcId: str,
  main: bool,
  routes: z.array(
    z.looseObject({
      destination: str,
      gatewayId: opt(str),
      networkInterfaceId: opt(str),
      instanceId: opt(str),
      origin: z.enum(['CreateRouteTable', 'CreateRoute']),
    }),
  ),
  subnetIds: strs,
};

export const networkAclShape = {
  ...owned,
  id: str,
  vpcId: str,
  isDefault: bool,
  entries: z.array(
    z.looseObject({
      ruleNumber: int,
      egress: bool,
      protocol: str,
      ruleAction: z.enum(['allow', 'deny']),
      cidrBlock: opt(str),
      ipv6CidrBlock: opt(str),
      portRange: opt(z.looseObject({ from: int, to: int })),
      icmpTypeCode: opt(z.looseObject({ type: int, code: int })),
    }),
  ),
  associations: z.array(z.looseObject({ associationId: str, subnetId: str })),
};

export const securityGroupShape = { ...owned, id: str, vpcId: str, name: str, description: str };

export const networkInterfaceShape = {
  ...owned,
  id: str,
  vpcId: str,
  subnetId: str,
  az: str,
  mac: str,
  privateIps: z.array(z.looseObject({ address: str, primary: bool, publicIp: opt(str) })),
  ipv6: strs,
  groupIds: strs,
  sourceDestCheck: bool,
  description: str,
  attachment: opt(
    z.looseObject({ attachmentId: str, instanceId: str, deviceIndex: int, deleteOnTermination: bool, attachTime: num }),
  ),
  createdBy: z.enum(['launch', 'user']),
  managedBy: opt(str),
};

export const addressShape = {
  ...owned,
  allocationId: str,
  publicIp: str,
  domain: z.literal('vpc'),
  association: opt(z.looseObject({ associationId: str, networkInterfaceId: str, privateIp: str })),
  allocatedAt: num,
  lastAssociationId: opt(str),
};

export const securityGroupRuleShape = {
  ...owned,
  id: str,
  groupId: str,
  isEgress: bool,
  ipProtocol: str,
  fromPort: int,
  toPort: int,
  cidrIpv4: opt(str),
  cidrIpv6: opt(str),
  prefixListId: opt(str),
  referencedGroupId: opt(str),
  description: opt(str),
};
