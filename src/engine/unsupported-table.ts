/**
 * Documented EC2 request members the lab does not model, with the reason given to the learner (refused up front as
 * UnsupportedOperation), and members that are accepted because they change nothing the lab can show (`INERT`).
 * scripts/sdk-members.test.ts walks the SDK's input shapes and fails on any member neither read by a handler nor
 * listed here.
 */

const IPAM = 'the lab has no IPAM pools; give a CIDR block instead.';
const OUTPOSTS = 'the lab has no Outposts, Local Zones or Wavelength Zones; resources live in the Availability Zones.';
const BYOIP = 'the lab has no bring-your-own-IP pools; it draws addresses from Amazon-owned ranges.';
const IPV6_BLOCK = 'the lab assigns Amazon-provided IPv6 blocks only (AmazonProvidedIpv6CidrBlock).';
const BORDER_GROUP = "the lab's network border group is always the region itself.";
const OPERATOR = 'the lab has no resources managed by another AWS service.';
const PREFIXES = 'the lab does not model prefix delegation; assign individual addresses instead.';
const ENA = 'the lab does not model ENA Express, queue counts or network cards.';
const ONE_CARD = 'the lab models one network card and one EBS card per instance.';
const IPV6_ROUTES = 'the lab routes IPv4 destinations only.';
const BOOT = 'the lab does not model boot modes, UEFI data or NitroTPM.';
const PV = 'the lab runs HVM images only (no paravirtual kernels or ramdisks).';
const DRIVERS = 'the lab does not model enhanced networking driver flags.';
const TIMED_COPY = 'copies in the lab finish as the clock advances; time-based copies are not modelled.';
const LOCAL = 'the lab keeps snapshots and AMIs in the region, never in a zone or on an Outpost.';
const FEATURE = (what: string) => `the lab does not model ${what}.`;

/** A VPC's address pools (BYOIP, an Amazon IPv6 block, IPAM), for CreateVpc and AssociateVpcCidrBlock alike. */
const VPC_POOLS = {
  Ipv6Pool: BYOIP,
  Ipv6CidrBlock: IPV6_BLOCK,
  Ipv4IpamPoolId: IPAM,
  Ipv4NetmaskLength: IPAM,
  Ipv6IpamPoolId: IPAM,
  Ipv6NetmaskLength: IPAM,
};

const UNSUPPORTED: Record<string, Record<string, string>> = {
  'ec2:CreateVpc': {
    ...VPC_POOLS,
    Ipv6CidrBlockNetworkBorderGroup: BORDER_GROUP,
    VpcEncryptionControl: FEATURE('VPC encryption controls'),
  },
  'ec2:AssociateVpcCidrBlock': {
    Ipv6CidrBlockNetworkBorderGroup: BORDER_GROUP,
    ...VPC_POOLS,
  },
  'ec2:CreateSubnet': {
    OutpostArn: OUTPOSTS,
    Ipv4IpamPoolId: IPAM,
    Ipv4NetmaskLength: IPAM,
    Ipv6IpamPoolId: IPAM,
    Ipv6NetmaskLength: IPAM,
  },
  'ec2:ModifySubnetAttribute': {
    MapCustomerOwnedIpOnLaunch: OUTPOSTS,
    CustomerOwnedIpv4Pool: OUTPOSTS,
    EnableDns64: FEATURE('DNS64 and NAT64 (there are no NAT gateways)'),
    PrivateDnsHostnameTypeOnLaunch: 'the lab names instances by IP address (ip-name) only.',
    EnableResourceNameDnsAAAARecordOnLaunch: FEATURE('IPv6 DNS records for instances'),
    EnableLniAtDeviceIndex: OUTPOSTS,
    DisableLniAtDeviceIndex: OUTPOSTS,
  },
  'ec2:CreateRoute': routeTargets(),
  'ec2:ReplaceRoute': { ...routeTargets(), LocalTarget: 'the local route of a VPC cannot be replaced in the lab.' },
  'ec2:DeleteRoute': { DestinationPrefixListId: FEATURE('managed prefix lists'), DestinationIpv6CidrBlock: IPV6_ROUTES },
  'ec2:AssociateRouteTable': { GatewayId: FEATURE('gateway route tables (edge associations)'), PublicIpv4Pool: BYOIP },
  'ec2:RunInstances': {
    KernelId: PV,
    RamdiskId: PV,
    ElasticGpuSpecification: FEATURE('Elastic Graphics (retired by AWS)'),
    ElasticInferenceAccelerators: FEATURE('Elastic Inference (retired by AWS)'),
    CpuOptions: FEATURE('CPU core and thread options'),
    CapacityReservationSpecification: FEATURE('capacity reservations'),
    LicenseSpecifications: FEATURE('License Manager'),
    EnclaveOptions: FEATURE('Nitro Enclaves'),
    PrivateDnsNameOptions: 'the lab names instances by IP address (ip-name) only.',
    MaintenanceOptions: FEATURE('automatic recovery options at launch (use ModifyInstanceMaintenanceOptions)'),
    EnablePrimaryIpv6: FEATURE('primary IPv6 addresses'),
    NetworkPerformanceOptions: FEATURE('network bandwidth weighting'),
    Operator: OPERATOR,
    SecondaryInterfaces: ONE_CARD,
  },
  'ec2:ModifyInstanceAttribute': {
    EnclaveOptions: FEATURE('Nitro Enclaves'),
    Kernel: PV,
    Ramdisk: PV,
    SriovNetSupport: DRIVERS,
    EnaSupport: DRIVERS,
  },
  'ec2:CreateNetworkInterface': {
    Ipv4Prefixes: PREFIXES,
    Ipv4PrefixCount: PREFIXES,
    Ipv6Prefixes: PREFIXES,
    Ipv6PrefixCount: PREFIXES,
    InterfaceType: 'the lab models standard interfaces only (no EFA or trunk interfaces).',
    EnablePrimaryIpv6: FEATURE('primary IPv6 addresses'),
    ConnectionTrackingSpecification: FEATURE('connection tracking timeouts'),
    Operator: OPERATOR,
  },
  'ec2:AttachNetworkInterface': { NetworkCardIndex: ONE_CARD, EnaSrdSpecification: ENA, EnaQueueCount: ENA },
  'ec2:ModifyNetworkInterfaceAttribute': {
    EnaSrdSpecification: ENA,
    EnablePrimaryIpv6: FEATURE('primary IPv6 addresses'),
    ConnectionTrackingSpecification: FEATURE('connection tracking timeouts'),
    AssociatePublicIpAddress: 'associate an Elastic IP address instead (AssociateAddress).',
    AssociatedSubnetIds: FEATURE('multi-subnet interfaces'),
  },
  'ec2:AssignPrivateIpAddresses': { Ipv4Prefixes: PREFIXES, Ipv4PrefixCount: PREFIXES },
  'ec2:UnassignPrivateIpAddresses': { Ipv4Prefixes: PREFIXES },
  'ec2:AssignIpv6Addresses': { Ipv6PrefixCount: PREFIXES, Ipv6Prefixes: PREFIXES },
  'ec2:UnassignIpv6Addresses': { Ipv6Prefixes: PREFIXES },
  'ec2:AllocateAddress': {
    Address: BYOIP,
    PublicIpv4Pool: BYOIP,
    NetworkBorderGroup: BORDER_GROUP,
    CustomerOwnedIpv4Pool: OUTPOSTS,
    IpamPoolId: IPAM,
  },
  'ec2:CreateVolume': {
    OutpostArn: OUTPOSTS,
    VolumeInitializationRate: 'volumes created from a snapshot are fully initialized at once in the lab.',
    Operator: OPERATOR,
  },
  'ec2:AttachVolume': { EbsCardIndex: ONE_CARD },
  'ec2:CreateSnapshot': { OutpostArn: OUTPOSTS, Location: LOCAL },
  'ec2:CopySnapshot': {
    DestinationOutpostArn: OUTPOSTS,
    CompletionDurationMinutes: TIMED_COPY,
    DestinationAvailabilityZone: LOCAL,
  },
  'ec2:CreateImage': { SnapshotLocation: LOCAL, BootModeOverride: BOOT },
  'ec2:RegisterImage': {
    BillingProducts: FEATURE('billing products of registered images'),
    BootMode: BOOT,
    TpmSupport: BOOT,
    UefiData: BOOT,
    ImdsSupport: FEATURE('per-AMI IMDS defaults (set MetadataOptions when you launch)'),
    KernelId: PV,
    RamdiskId: PV,
    VirtualizationType: PV,
    SriovNetSupport: DRIVERS,
    EnaSupport: DRIVERS,
  },
  'ec2:CopyImage': {
    DestinationOutpostArn: OUTPOSTS,
    SnapshotCopyCompletionDurationMinutes: TIMED_COPY,
    DestinationAvailabilityZone: LOCAL,
    DestinationAvailabilityZoneId: LOCAL,
  },
  'ec2:ModifyImageAttribute': {
    OrganizationArns: FEATURE('AWS Organizations'),
    OrganizationalUnitArns: FEATURE('AWS Organizations'),
    ImdsSupport: FEATURE('per-AMI IMDS defaults (set MetadataOptions when you launch)'),
  },
  'ec2:RequestSpotInstances': {
    ValidFrom: 'Spot requests in the lab are valid from the moment they are made until cancelled.',
    ValidUntil: 'Spot requests in the lab are valid from the moment they are made until cancelled.',
    LaunchGroup: FEATURE('Spot launch groups'),
    AvailabilityZoneGroup: FEATURE('Spot Availability Zone groups'),
    BlockDurationMinutes: 'Spot blocks (defined duration) are no longer offered by AWS.',
  },
  'ec2:PurchaseReservedInstancesOffering': { LimitPrice: FEATURE('Reserved Instance Marketplace limit prices') },
  'ec2:AllocateHosts': {
    HostMaintenance: FEATURE('host maintenance'),
    AssetIds: OUTPOSTS,
    OutpostArn: OUTPOSTS,
    CpuOptions: FEATURE('CPU options of Dedicated Hosts'),
  },
  'ec2:ModifyInstancePlacement': {
    PartitionNumber: FEATURE('partition placement groups'),
    HostResourceGroupArn: FEATURE('host resource groups'),
    GroupId: 'name the placement group with GroupName.',
  },
  'ec2:ModifyInstanceMaintenanceOptions': { RebootMigration: FEATURE('reboot migration') },
  'ec2:AuthorizeSecurityGroupIngress': { SourceSecurityGroupOwnerId: FEATURE('security groups of other accounts') },
  'ec2:AuthorizeSecurityGroupEgress': { SourceSecurityGroupOwnerId: FEATURE('security groups of other accounts') },
  'ec2:RevokeSecurityGroupIngress': { SourceSecurityGroupOwnerId: FEATURE('security groups of other accounts') },
  'ec2:RevokeSecurityGroupEgress': { SourceSecurityGroupOwnerId: FEATURE('security groups of other accounts') },
  'ec2:CreateLaunchTemplate': { Operator: OPERATOR },
};

function routeTargets(): Record<string, string> {
  return {
    DestinationPrefixListId: FEATURE('managed prefix lists'),
    VpcEndpointId: FEATURE('VPC endpoints'),
    TransitGatewayId: FEATURE('transit gateways'),
    LocalGatewayId: OUTPOSTS,
    CarrierGatewayId: OUTPOSTS,
    CoreNetworkArn: FEATURE('AWS Cloud WAN'),
    OdbNetworkArn: FEATURE('Oracle Database@AWS networks'),
    DestinationIpv6CidrBlock: IPV6_ROUTES,
    EgressOnlyInternetGatewayId: FEATURE('egress-only internet gateways'),
    VpcPeeringConnectionId: FEATURE('VPC peering'),
    NatGatewayId: FEATURE('NAT gateways'),
  };
}

const NO_MANAGED = 'the lab has no resources managed by other AWS services, so there is nothing more to include.';
const RESERVED = 'AWS reserves this member and ignores it.';
const NO_SSM = 'the lab has no Systems Manager parameters, so there is no alias to resolve.';

/**
 * Members accepted and deliberately without effect, because the lab's answer is the same either way (the door
 * counts them as read). Each says why.
 */
const INERT: Record<string, Record<string, string>> = {
  'ec2:DescribeInstances': { IncludeManagedResources: NO_MANAGED },
  'ec2:DescribeNetworkInterfaces': { IncludeManagedResources: NO_MANAGED },
  'ec2:DescribeVolumes': { IncludeManagedResources: NO_MANAGED },
  'ec2:DescribeInstanceStatus': { IncludeManagedResources: NO_MANAGED },
  'ec2:DescribeLaunchTemplates': { IncludeManagedResources: NO_MANAGED },
  'ec2:DescribeLaunchTemplateVersions': { IncludeManagedResources: NO_MANAGED, ResolveAlias: NO_SSM },
  'ec2:CreateLaunchTemplateVersion': { ResolveAlias: NO_SSM },
  'ec2:RunInstances': { AdditionalInfo: RESERVED },
  'ec2:StartInstances': { AdditionalInfo: RESERVED },
  'ec2:StopInstances': { SkipOsShutdown: 'the lab stops a guest at once; there is no OS shutdown to skip.' },
  'ec2:TerminateInstances': {
    SkipOsShutdown: 'the lab terminates a guest at once; there is no OS shutdown to skip.',
    Force: 'the lab never leaves an instance stuck in shutting-down, so there is nothing to force.',
  },
  'ec2:DescribeImages': {
    IncludeDeprecated: 'the lab has no deprecated AMIs.',
    IncludeDisabled: 'the lab has no disabled AMIs.',
  },
  'ec2:DescribeInstanceTypes': { IncludeUnsupportedInRegion: 'every type of the catalogue is offered in every region of the lab.' },
  'ec2:CopySnapshot': {
    DestinationRegion: 'the SDK sets it for its presigned URL; the lab copies into the region you call.',
    PresignedUrl: 'the SDK computes it for cross-region copies; the lab copies into the region you call.',
  },
  'ec2:DescribeReservedInstancesOfferings': {
    IncludeMarketplace: 'the lab has no Reserved Instance Marketplace listings among its offerings.',
    MaxInstanceCount: 'it limits Marketplace listings, and the lab has none.',
  },
};

function entry(table: Record<string, Record<string, string>>, action: string): Readonly<Record<string, string>> {
  return Object.hasOwn(table, action) ? (table[action] as Record<string, string>) : {};
}

export function unsupportedTable(action: string): Readonly<Record<string, string>> {
  return entry(UNSUPPORTED, action);
}

export function inertTable(action: string): Readonly<Record<string, string>> {
  return entry(INERT, action);
}
