import { ruleTable } from './sections';

/**
 * Elastic network interfaces (rules 14–27 of docs/reference/ec2-rules.md): attaching, detaching, deleting, their
 * addresses, groups and IPv6. actions/network-interfaces/ applies them.
 */
export const NETWORK_INTERFACE_RULES = ruleTable({
  'eni.attach.same-az': {
    code: 'InvalidParameterCombination',
    title: 'Interface and instance in the same AZ',
    concept:
      'An interface is created in a subnet, and a subnet is in one AZ. An instance can take interfaces from other subnets, but only from subnets in its own Availability Zone.',
    fix: 'Create the interface in a subnet of the instance’s AZ.',
    section: 'EC2 Network Interfaces, Instance IPs and DNS',
    ref: 15,
  },
  'eni.in-use': {
    code: 'InvalidNetworkInterface.InUse',
    title: 'An interface attaches to one instance',
    concept: 'A network interface is attached to at most one instance at a time; move it by detaching it first.',
    fix: 'Detach the interface from its current instance, or create a new one.',
    section: 'Elastic Network Interface',
    ref: 16,
  },
  'eni.attach.device-index': {
    code: 'InvalidParameterValue',
    title: 'Device index unique per instance',
    concept: 'Each interface of an instance sits at its own device index (eth0, eth1, …); index 0 is the primary interface.',
    fix: 'Choose a device index that is free on the instance.',
    section: 'Elastic Network Interface',
    ref: 17,
  },
  'eni.attach.limit': {
    code: 'AttachmentLimitExceeded',
    title: 'Interfaces per instance type',
    concept: 'Each instance type supports a fixed maximum number of network interfaces; bigger types take more.',
    fix: 'Detach an interface, or resize the instance to a type with more interfaces.',
    section: 'Elastic Network Interface',
    ref: 18,
  },
  'eni.ip-limit': {
    code: 'PrivateIpAddressLimitExceeded',
    title: 'Private IPv4 addresses per interface',
    concept: 'The instance type caps how many private IPv4 addresses (primary included) one interface can hold.',
    fix: 'Assign fewer addresses, add another interface, or use a larger instance type.',
    section: 'Elastic Network Interface',
    ref: 19,
  },
  'eni.ip-limit.instance-type': {
    code: 'InvalidInterface.IpAddressLimitExceeded',
    title: 'Interface has more addresses than the type allows',
    concept: 'The instance type caps how many private IPv4 addresses (primary included) one interface can hold.',
    fix: 'Ask for fewer secondary addresses, or use a larger instance type.',
    section: 'Elastic Network Interface',
    ref: 19,
  },
  'eni.detach.primary': {
    code: 'OperationNotPermitted',
    title: 'The primary interface stays',
    concept:
      'Every instance has a primary interface (eth0, device index 0) for its whole life. Only secondary interfaces can be detached and moved.',
    fix: 'Detach a secondary interface instead; to move the primary one, launch a new instance.',
    section: 'Elastic Network Interface',
    ref: 20,
  },
  'eni.delete.attached': {
    code: 'InvalidNetworkInterface.InUse',
    title: 'Detach before deleting',
    concept: 'An interface still attached to an instance carries its traffic; detach it before deleting it.',
    fix: 'Detach the interface, then delete it.',
    section: 'Elastic Network Interface',
    ref: 21,
  },
  'eni.attachment.not-found': {
    code: 'InvalidAttachmentID.NotFound',
    title: 'Unknown attachment id',
    concept: 'An attachment id (eni-attach-…) names one attachment of an interface to an instance; it ends with the detach.',
    fix: 'Read the current attachment id with DescribeNetworkInterfaces.',
    section: 'Elastic Network Interface',
    ref: 25,
  },
  'eni.attach.instance-state': {
    code: 'IncorrectInstanceState',
    title: 'Attach to running or stopped instances',
    concept: 'Interfaces attach hot (running), warm (stopped) or cold (at launch), never to an instance that is going away.',
    fix: 'Attach the interface to a running or stopped instance.',
    section: 'Elastic Network Interface',
    ref: 25,
  },
  'eni.groups.at-least-one': {
    code: 'MissingParameter',
    title: 'At least one security group',
    concept: 'Security groups are on the interface, and every interface has at least one; changing them replaces the whole set.',
    fix: 'Send the full list of group ids the interface should have.',
    section: 'Elastic Network Interface',
    ref: 22,
  },
  'eni.modify.one-attribute': {
    code: 'InvalidParameterCombination',
    title: 'One attribute per call',
    concept: 'ModifyNetworkInterfaceAttribute and ModifyInstanceAttribute change one attribute per request.',
    fix: 'Send one attribute per request.',
    section: 'Elastic Network Interface',
  },
  'instance.multiple-enis': {
    code: 'InvalidInstanceID',
    title: 'Instance with several interfaces',
    concept:
      'Network settings really belong to interfaces. With one interface, AWS applies an instance-level request to it; with several it cannot guess which one you mean.',
    fix: 'Name the network interface id instead of the instance id.',
    section: 'Elastic Network Interface',
    ref: 23,
  },
  'eni.source-dest-check': {
    // Not a refusal: AWS accepts a route through an interface whose check is on, and the traffic is dropped.
    // The lab says so with a `notice` event carrying this rule (CreateRoute/ReplaceRoute).
    code: 'SourceDestCheckEnabled',
    title: 'Source/destination check drops forwarded traffic',
    concept:
      'With the source/destination check on (the default), an interface discards every packet whose source or destination is not one of its own IP addresses. A NAT instance or router forwards other hosts’ traffic, so its interface needs the check turned off.',
    fix: 'Turn the check off on the NAT instance’s interface: ModifyNetworkInterfaceAttribute SourceDestCheck={Value:false} (or ModifyInstanceAttribute when it has one interface).',
    section: 'Elastic Network Interface',
    ref: 24,
  },
  'ipv6.subnet-none': {
    code: 'InvalidParameterValue',
    title: 'IPv6 needs an IPv6 subnet',
    concept: 'IPv6 addresses come from the subnet’s /64 block; a subnet without an IPv6 block cannot hand any out.',
    fix: 'Give the VPC an IPv6 /56 and the subnet a /64 first.',
    section: 'Elastic Network Interface',
    ref: 27,
  },
  'ipv6.outside-subnet': {
    code: 'InvalidParameterValue',
    title: 'IPv6 address inside the subnet’s /64',
    concept: 'Every IPv6 address of an interface comes from its subnet’s /64 block.',
    fix: 'Choose an address inside the subnet’s IPv6 block, or ask for a count instead.',
    section: 'Elastic Network Interface',
    ref: 27,
  },
  'ipv6.in-use': {
    code: 'InvalidIPAddress.InUse',
    title: 'An IPv6 address belongs to one interface',
    concept: 'An IPv6 address can’t be assigned to an interface while another interface holds it.',
    fix: 'Unassign it from the other interface first, or pick another address.',
    section: 'Elastic Network Interface',
    ref: 27,
  },
  'ipv6.limit': {
    code: 'PrivateIpAddressLimitExceeded',
    title: 'IPv6 addresses per interface',
    concept: 'The instance type caps how many IPv6 addresses one interface can hold.',
    fix: 'Assign fewer IPv6 addresses, or use a larger instance type.',
    section: 'Elastic Network Interface',
    ref: 27,
  },
});
