import { ruleTable } from './sections';

/**
 * Where and how many instances a launch may place (rules 10, 11 and 13 of docs/reference/ec2-rules.md): zone, VPC and
 * subnet of its network interfaces, address counts, the launch limit. actions/launch.ts applies them.
 */
export const LAUNCH_RULES = ruleTable({
  'instance.launch.az-mismatch': {
    code: 'InvalidParameterValue',
    title: 'Placement AZ must match the subnet',
    concept: 'A subnet sits in exactly one Availability Zone, so an instance launched into it runs in that AZ.',
    fix: 'Drop Placement.AvailabilityZone or choose a subnet in the AZ you want.',
    section: 'EC2 Architecture and Resilience',
    ref: 10,
  },
  'instance.launch.sg-vpc': {
    code: 'InvalidParameter',
    title: 'Security groups from the subnet’s VPC',
    concept:
      'Security groups belong to one VPC and apply to network interfaces, which belong to a subnet of a VPC: both must be in the same VPC.',
    fix: 'Use security groups created in the subnet’s VPC.',
    section: 'EC2 Network Interfaces, Instance IPs and DNS',
    ref: 11,
  },
  'eni.sg.same-vpc': {
    code: 'InvalidGroup.NotFound',
    title: 'Interface security groups from its VPC',
    concept:
      'Security groups are attached to network interfaces, and an interface can only use groups of its own VPC.',
    fix: 'Use security groups created in the interface’s VPC.',
    section: 'Elastic Network Interface',
    ref: 11,
  },
  'instance.launch.nic-and-subnet': {
    code: 'InvalidParameterCombination',
    title: 'NetworkInterfaces or instance-level network settings',
    concept:
      'The instance’s network settings are really the settings of its interfaces: either describe the interfaces, or give the instance-level shortcut (SubnetId, PrivateIpAddress, SecurityGroupIds), not both.',
    fix: 'Move SubnetId, PrivateIpAddress and the groups into the NetworkInterfaces entry with DeviceIndex 0.',
    section: 'EC2 Network Interfaces, Instance IPs and DNS',
    ref: 13,
  },
  'instance.launch.private-ip-count': {
    code: 'InvalidParameterCombination',
    title: 'One fixed private IP, one instance',
    concept: 'A private IPv4 address can be held by only one interface, so a fixed address cannot be given to several instances.',
    fix: 'Launch one instance with that address, or leave PrivateIpAddress out when launching several.',
    section: 'Primary IPv4 private address',
    ref: 13,
  },
  'instance.launch.no-default-vpc': {
    code: 'VPCIdNotSpecified',
    title: 'No default VPC',
    concept: 'A launch without a subnet goes to the region’s default VPC; without one, EC2 does not know where to put the instance.',
    fix: 'Name a SubnetId, or create a default VPC in this region.',
    section: 'EC2 Network Interfaces, Instance IPs and DNS',
  },
  'instance.launch.limit': {
    code: 'InstanceLimitExceeded',
    title: 'Instance limit per request',
    concept: 'Accounts have quotas on how many instances they can run; the lab caps one request at 100 instances.',
    fix: 'Ask for fewer instances in one request.',
    section: 'EC2 Architecture and Resilience',
  },
});
