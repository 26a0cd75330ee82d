import type { Owned } from './common';

export interface VpcCidrAssociation {
  associationId: string;
  cidr: string;
}

export interface Vpc extends Owned {
  id: string;
  cidrBlocks: VpcCidrAssociation[];
  ipv6CidrBlock?: string;
  isDefault: boolean;
  enableDnsSupport: boolean;
  enableDnsHostnames: boolean;
  mainRouteTableId: string;
  defaultSecurityGroupId: string;
  /** CreateVpc InstanceTenancy=dedicated: every instance launched into the VPC runs on single-tenant hardware. */
  instanceTenancy?: 'dedicated';
  /** ModifyVpcAttribute EnableNetworkAddressUsageMetrics. */
  enableNetworkAddressUsageMetrics?: boolean;
}

export interface Subnet extends Owned {
  id: string;
  vpcId: string;
  az: string;
  /** Canonical form: 10.16.0.0/20 even when asked for 10.16.0.18/20. */
  cidr: string;
  ipv6Cidr?: string;
  mapPublicIpOnLaunch: boolean;
  defaultForAz: boolean;
  /** ModifySubnetAttribute AssignIpv6AddressOnCreation: new interfaces get an IPv6 address. */
  assignIpv6AddressOnCreation?: boolean;
  /** ModifySubnetAttribute EnableResourceNameDnsARecordOnLaunch. */
  enableResourceNameDnsARecordOnLaunch?: boolean;
}

export interface InternetGateway extends Owned {
  id: string;
  vpcId?: string;
}

export interface Route {
  destination: string;
  gatewayId?: string;
  networkInterfaceId?: string;
  instanceId?: string;
  origin: 'CreateRouteTable' | 'CreateRoute';
}

export interface RouteTable extends Owned {
  id: string;
  vpcId: string;
  main: boolean;
  routes: Route[];
  subnetIds: string[];
}

/** One numbered rule of a network ACL (rule A13). Rule 32767 (IPv4) and 32768 (IPv6) are the fixed `*` denies. */
export interface NetworkAclEntry {
  ruleNumber: number;
  egress: boolean;
  /** IANA protocol number as a string, `-1` for all. */
  protocol: string;
  ruleAction: 'allow' | 'deny';
  cidrBlock?: string;
  ipv6CidrBlock?: string;
  portRange?: { from: number; to: number };
  icmpTypeCode?: { type: number; code: number };
}

export interface NetworkAclAssociation {
  associationId: string;
  subnetId: string;
}

/** A subnet-level stateless filter: every subnet is associated with exactly one (rule A13). */
export interface NetworkAcl extends Owned {
  id: string;
  vpcId: string;
  isDefault: boolean;
  entries: NetworkAclEntry[];
  associations: NetworkAclAssociation[];
}

export interface SecurityGroup extends Owned {
  id: string;
  vpcId: string;
  name: string;
  description: string;
}

export interface PrivateIp {
  address: string;
  primary: boolean;
  /** Dynamic (Amazon-pool) public IPv4 NAT'ed to this private IP. Only ever on eth0's primary private IP. */
  publicIp?: string;
}

export interface EniAttachment {
  attachmentId: string;
  instanceId: string;
  deviceIndex: number;
  deleteOnTermination: boolean;
  attachTime: number;
}

export interface NetworkInterface extends Owned {
  id: string;
  vpcId: string;
  subnetId: string;
  az: string;
  mac: string;
  privateIps: PrivateIp[];
  ipv6: string[];
  groupIds: string[];
  sourceDestCheck: boolean;
  description: string;
  attachment?: EniAttachment;
  /** 'instance' when RunInstances created it as part of the launch. */
  createdBy: 'launch' | 'user';
  /** A requester-managed interface: the id of the AWS-managed resource that owns it (an `eice-…` endpoint). */
  managedBy?: string;
}

export interface ElasticIp extends Owned {
  allocationId: string;
  /** The association most recently removed, so DisassociateAddress can be repeated without an error. */
  lastAssociationId?: string;
  publicIp: string;
  domain: 'vpc';
  association?: {
    associationId: string;
    networkInterfaceId: string;
    privateIp: string;
  };
  allocatedAt: number;
}
