import { ruleTable } from './sections';

/**
 * Public IPv4 and Elastic IP addresses (rules 28–34 of docs/reference/ec2-rules.md): an instance's automatic public
 * address and allocating, associating and releasing Elastic IPs. actions/addresses.ts applies them.
 */
export const ADDRESS_RULES = ruleTable({
  'instance.public-ip.multiple-nics': {
    code: 'InvalidParameterCombination',
    title: 'No automatic public IPv4 with several interfaces',
    concept:
      'A dynamic public IPv4 is only given to an instance launched with a single new interface; with several interfaces AWS would not know where to NAT it.',
    fix: 'Launch with one interface (attach more later), or use an Elastic IP on the interface you want public.',
    section: 'Public IPv4 address',
    ref: 29,
  },
  'instance.public-ip.not-eth0': {
    code: 'InvalidParameterCombination',
    title: 'Public IPv4 only on device index 0',
    concept: 'The dynamic public IPv4 address is only ever given to the primary interface (eth0).',
    fix: 'Set AssociatePublicIpAddress on the interface with DeviceIndex 0, or use an Elastic IP.',
    section: 'Public IPv4 address',
    ref: 28,
  },
  'instance.public-ip.existing-eni': {
    code: 'InvalidParameterCombination',
    title: 'Public IPv4 only on a new interface',
    concept: 'A dynamic public IPv4 is only given at launch to a newly created primary interface, never to an existing one.',
    fix: 'Let the launch create the primary interface, or associate an Elastic IP with the existing one.',
    section: 'Public IPv4 address',
    ref: 28,
  },

  // --- Elastic IPs (rules 39–46) -----------------------------------------------------------------------
  'eip.quota': {
    code: 'AddressLimitExceeded',
    title: 'Five Elastic IPs per region',
    concept:
      'Elastic IPs are scarce public IPv4 addresses reserved to your account per region; the default quota is five and they stay allocated until released.',
    fix: 'Release an Elastic IP you no longer need.',
    section: 'Elastic IP address',
    ref: 39,
  },
  'eip.associate.instance-state': {
    code: 'IncorrectInstanceState',
    title: 'Associate with a running or stopped instance',
    concept: 'An Elastic IP associates with an instance once its interfaces exist and until it terminates.',
    fix: 'Wait until the instance is running (or stopped), or pick another instance.',
    section: 'Elastic IP address',
    ref: 40,
  },
  'eip.associate.private-ip': {
    code: 'InvalidParameterValue',
    title: 'Private IP of the target interface',
    concept: 'An Elastic IP is NAT’ed to one private IPv4 address of the interface: that address must be on the interface.',
    fix: 'Use one of the interface’s private addresses (or assign it first).',
    section: 'Elastic IP address',
    ref: 41,
  },
  'eip.associate.already': {
    code: 'Resource.AlreadyAssociated',
    title: 'Elastic IP already associated',
    concept:
      'Reassociation moves an Elastic IP automatically, unless you send AllowReassociation=false to make sure you never steal it from another resource.',
    fix: 'Disassociate it first, or omit AllowReassociation.',
    section: 'Elastic IP address',
    ref: 42,
  },
  'eip.associate.no-igw': {
    code: 'Gateway.NotAttached',
    title: 'VPC needs an internet gateway',
    concept:
      'Public IPv4 addresses are translated to private ones by the VPC’s internet gateway; without one an Elastic IP would lead nowhere.',
    fix: 'Attach an internet gateway to the VPC first.',
    section: 'Public IPv4 address',
    ref: 43,
  },
  'eip.release.associated': {
    code: 'InvalidIPAddress.InUse',
    title: 'Disassociate before releasing',
    concept: 'In a non-default VPC an Elastic IP still in use can’t be released; the association must be removed first.',
    fix: 'Disassociate the address, then release it.',
    section: 'Elastic IP address',
    ref: 44,
  },
  'eip.release.public-ip': {
    code: 'InvalidParameterValue',
    title: 'Release a VPC address by its allocation id',
    concept:
      'An Elastic IP of a VPC is identified by its allocation id; naming it by public IP is the retired EC2-Classic form, which ReleaseAddress refuses for VPC addresses.',
    fix: 'Find the AllocationId with DescribeAddresses (PublicIps) and release by AllocationId.',
    section: 'Elastic IP address',
    ref: 45,
  },
  'eip.associate.public-ip': {
    code: 'InvalidParameterCombination',
    title: 'Associate a VPC address by its allocation id',
    concept:
      'An Elastic IP of a VPC is named by its allocation id; mapping it by public IP alone is the retired EC2-Classic form, which AssociateAddress refuses for VPC addresses.',
    fix: 'Find the AllocationId with DescribeAddresses (PublicIps) and associate by AllocationId.',
    section: 'Elastic IP address',
    ref: 45,
  },
  'eip.disassociate.public-ip': {
    code: 'InvalidParameterValue',
    title: 'Disassociate a VPC address by its association id',
    concept:
      'Each mapping of a VPC Elastic IP to a private address has its own association id, and that id is what DisassociateAddress removes; the public IP alone is the retired EC2-Classic form.',
    fix: 'Read the AssociationId from DescribeAddresses (PublicIps) and disassociate by AssociationId.',
    section: 'Elastic IP address',
    ref: 45,
  },
  'eip.release.ip-and-allocation': {
    code: 'InvalidParameterCombination',
    title: 'Public IP or allocation id, not both',
    concept: 'ReleaseAddress names one address one way: by allocation id (VPC) or by public IP (EC2-Classic), never both.',
    fix: 'Send only AllocationId.',
    section: 'Elastic IP address',
    ref: 45,
  },
  'eip.release.not-owner': {
    code: 'AuthFailure',
    title: 'Release only your own addresses',
    concept: 'An Elastic IP is allocated to one account; another account cannot release it.',
    fix: 'Release it from the account that owns it.',
    section: 'Elastic IP address',
    ref: 44,
  },
  'eip.association.not-found': {
    code: 'InvalidAssociationID.NotFound',
    title: 'Unknown association id',
    concept: 'An association id (eipassoc-…) names one link between an Elastic IP and a private IP; it ends at disassociation.',
    fix: 'Read the current association id with DescribeAddresses.',
    section: 'Elastic IP address',
    ref: 45,
  },
  'eip.address.not-found': {
    code: 'InvalidAddress.NotFound',
    title: 'Unknown public IP',
    concept: 'Only addresses allocated to your account in this region can be named.',
    fix: 'Check DescribeAddresses in the region you are calling.',
    section: 'Elastic IP address',
    ref: 45,
  },
});
