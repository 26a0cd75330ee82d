import { ruleTable } from './sections';

/**
 * Access to instances (scope B of docs/reference/scaling-and-access-rules.md; the rule each entry comes from is
 * named in its comment): key pairs, security group rules, EC2 Instance Connect and the hops of an SSH connection.
 * The `ssh.*` codes are what `sim:Ssh` answers: the OpenSSH client's three failure signatures (rule A19).
 */
const SSH = 'EC2 SSH vs EC2 Instance Connect management' as const;
const NETWORK = 'EC2 Network Interfaces, Instance IPs and DNS' as const;

export const ACCESS_RULES = ruleTable({
  // --- Key pairs ----------------------------------------------------------------------------------------------------
  'keypair.name.duplicate': {
    // A1, A2
    code: 'InvalidKeyPair.Duplicate',
    title: 'Key pair name already used in this region',
    concept:
      'A key pair is known by its name within a region: RunInstances names the key with KeyName, so two key pairs with one name could not be told apart.',
    fix: 'Pick another name, or delete the old key pair first (instances launched with it keep their key).',
    section: SSH,
  },
  'keypair.not-found': {
    // A3, A4
    code: 'InvalidKeyPair.NotFound',
    title: 'No key pair with that name here',
    concept:
      'Key pairs are regional: EC2 copies the public key of the named key pair into the instance at launch, so the key pair must exist in the region you launch in. A deleted key pair cannot be named any more, although instances launched with it keep its key.',
    fix: 'Create or import the key pair in this region (CreateKeyPair or ImportKeyPair), or name one that DescribeKeyPairs lists.',
    section: SSH,
  },
  'keypair.limit': {
    // A1
    code: 'KeyPairLimitExceeded',
    title: 'Too many key pairs in the region',
    concept: 'A region holds at most 5,000 key pairs per account.',
    fix: 'Delete key pairs you no longer use.',
    section: SSH,
  },
  'keypair.import.format': {
    // A2
    code: 'InvalidKey.Format',
    title: 'Not an RSA or ED25519 public key',
    concept:
      'ImportKeyPair takes only the public half of an RSA or ED25519 key, in OpenSSH format (ssh-rsa AAAA… or ssh-ed25519 AAAA…). The private key never leaves your machine; DSA and ECDSA keys are not accepted.',
    fix: 'Send the content of the .pub file, e.g. the output of ssh-keygen -t ed25519 (id_ed25519.pub).',
    section: SSH,
  },
  // --- Security group rules -----------------------------------------------------------------------------------------
  'sg-rule.duplicate': {
    // A8
    code: 'InvalidPermission.Duplicate',
    title: 'That rule already exists',
    concept:
      'A security group rule is identified by its direction, protocol, port range and source or destination. Adding the same rule again changes nothing, so AWS refuses the whole request instead.',
    fix: 'Leave the existing rule (DescribeSecurityGroupRules lists it), or change the ports or the source.',
    section: NETWORK,
  },
  'sg-rule.not-found': {
    // A9
    code: 'InvalidPermission.NotFound',
    title: 'No rule matches what you asked to revoke',
    concept:
      'Revoking removes a rule only when protocol, ports and source or destination match it exactly (or when you name its sgr- id). Security groups only allow: there is no deny rule to add instead.',
    fix: 'Copy the rule as DescribeSecurityGroupRules shows it, or revoke it by SecurityGroupRuleIds.',
    section: NETWORK,
  },
  'sg-rule.id.not-found': {
    // A9
    code: 'InvalidSecurityGroupRuleId.NotFound',
    title: 'No rule with that id in the group',
    concept: 'Every security group rule has its own sgr- id, which belongs to one group.',
    fix: 'List the group’s rules with DescribeSecurityGroupRules (filter group-id) and use one of their ids.',
    section: NETWORK,
  },
  'sg-rule.id.malformed': {
    // A9
    code: 'InvalidSecurityGroupRuleId.Malformed',
    title: 'Not a security group rule id',
    concept: 'Security group rule ids look like sgr- followed by 17 hexadecimal digits.',
    fix: 'Copy the SecurityGroupRuleId from DescribeSecurityGroupRules.',
    section: NETWORK,
  },
  'sg-rule.malformed': {
    // A7
    code: 'InvalidPermission.Malformed',
    title: 'The rule is not well formed',
    concept:
      'Each rule needs a protocol (tcp, udp, icmp, a number, or -1 for all), a port range for TCP and UDP, and one source: an IPv4 CIDR such as 203.0.113.7/32, an IPv6 CIDR, a prefix list or a security group.',
    fix: 'Give IpProtocol, FromPort and ToPort, and a source such as IpRanges: [{ CidrIp: "0.0.0.0/0" }].',
    section: NETWORK,
  },
  'sg-rule.group.other-vpc': {
    // A7
    code: 'InvalidGroup.NotFound',
    title: 'Referenced group is in another network',
    concept:
      'A rule may name another security group as its source, meaning “the network interfaces in that group”. That group must be in the same VPC (or a peered one), where those interfaces can actually send traffic.',
    fix: 'Reference a security group of the same VPC, or use the other network’s CIDR block instead.',
    section: NETWORK,
  },
  'sg-rule.limit': {
    // A11
    code: 'RulesPerSecurityGroupLimitExceeded',
    title: 'At most 60 rules each way',
    concept: 'A security group holds at most 60 inbound and 60 outbound rules (counted separately for IPv4 and IPv6).',
    fix: 'Merge rules with a wider CIDR or port range, or reference a security group instead of many addresses.',
    section: NETWORK,
  },
  'sg.per-interface.limit': {
    // A11
    code: 'SecurityGroupsPerInterfaceLimitExceeded',
    title: 'At most 5 security groups per network interface',
    concept:
      'A network interface can be in at most 5 security groups (a quota that can be raised to 16). Its rules are the union of all its groups, so one group with the combined rules does the same job.',
    fix: 'Give the interface at most 5 groups, or merge the rules of several groups into one.',
    section: NETWORK,
  },
  // --- EC2 Instance Connect -----------------------------------------------------------------------------------------
  'eic.instance.not-found': {
    // A21
    code: 'EC2InstanceNotFoundException',
    title: 'Instance Connect cannot find the instance',
    concept: 'SendSSHPublicKey pushes a key to one instance in one region (and Availability Zone, when you give it).',
    fix: 'Check the instance id, the region and the AvailabilityZone.',
    section: SSH,
  },
  'eic.instance.not-running': {
    // A21
    code: 'EC2InstanceStateInvalidException',
    title: 'Instance Connect needs a running instance',
    concept:
      'The key is handed to the Instance Connect agent inside the operating system, which only runs while the instance runs.',
    fix: 'Start the instance, then push the key and connect within 60 seconds.',
    section: SSH,
  },
  'eic.key.invalid': {
    // A20, A21
    code: 'InvalidArgsException',
    title: 'Not a usable SSH public key or user',
    concept:
      'SendSSHPublicKey takes an OpenSSH RSA or ED25519 public key (80 to 4,096 characters) and the Linux user (1 to 32 characters) who may use it.',
    fix: 'Send the .pub half of a key made with ssh-keygen -t ed25519, and a user such as ec2-user.',
    section: SSH,
  },
  // --- SSH hops (sim:Ssh, rules A14–A19) -------------------------------------------------------------------------
  'ssh.no-public-address': {
    // A14
    code: 'Ssh.ConnectionTimedOut',
    title: 'No public IPv4 address: nothing answers from the internet',
    concept:
      'Private addresses are not routable on the internet. An instance is reachable from outside only through a public IPv4 or Elastic IP, which the internet gateway translates to its private IP.',
    fix: 'Associate an Elastic IP with the instance, or launch it with a public IPv4 (subnet setting or AssociatePublicIpAddress).',
    section: 'Public IPv4 address',
  },
  'ssh.no-internet-gateway': {
    // A15
    code: 'Ssh.ConnectionTimedOut',
    title: 'No internet gateway attached to the VPC',
    concept:
      'The internet gateway is the VPC’s door to the internet and the device that translates public addresses to private ones. Without one attached, a public address leads nowhere.',
    fix: 'CreateInternetGateway, then AttachInternetGateway to the instance’s VPC.',
    section: 'Public IPv4 address',
  },
  'ssh.no-route': {
    // A15
    code: 'Ssh.ConnectionTimedOut',
    title: 'The subnet has no route to the internet gateway',
    concept:
      'Replies leave by the subnet’s route table: it needs a route covering the client’s address (normally 0.0.0.0/0) whose target is the attached internet gateway. That route is what makes a subnet “public”.',
    fix: 'CreateRoute with DestinationCidrBlock 0.0.0.0/0 and GatewayId of the internet gateway, in the route table of the instance’s subnet.',
    section: 'Public IPv4 address',
  },
  'ssh.security-group': {
    // A16, A22
    code: 'Ssh.ConnectionTimedOut',
    title: 'No security group rule admits TCP 22 from the client',
    concept:
      'Security groups start closed inbound and drop silently what no rule allows, so the client waits and times out. For EC2 Instance Connect in the console, the connection comes from the region’s EC2 Instance Connect address range, not from your own IP.',
    fix: 'AuthorizeSecurityGroupIngress on one of the instance’s groups: TCP port 22 from your address (x.x.x.x/32) or, for the console, the region’s EC2 Instance Connect range.',
    section: NETWORK,
  },
  'ssh.network-acl': {
    // A13, A16
    code: 'Ssh.ConnectionTimedOut',
    title: 'The subnet’s network ACL drops the connection or its replies',
    concept:
      'A network ACL is stateless: the request must match an allow rule inbound (TCP 22 from the client) and the replies an allow rule outbound to the client’s ephemeral port, before any deny with a lower number. The lab’s client uses ephemeral port 50000, so an outbound rule for 1024-65535 lets the replies out and one for port 22 only does not. Dropped packets are silent, so the client times out.',
    fix: 'In the ACL of the instance’s subnet, add an inbound allow for TCP 22 from your address and an outbound allow for TCP 1024-65535 to it, numbered below any deny that matches — or associate the subnet with the default ACL again.',
    section: NETWORK,
    source: 'A13',
  },
  'ssh.instance-not-running': {
    // A17
    code: 'Ssh.ConnectionTimedOut',
    title: 'The instance is not running',
    concept: 'A pending, stopping, stopped or terminated instance has no operating system to answer, so the client times out.',
    fix: 'Start the instance and wait until it is running with its status checks passed.',
    section: SSH,
  },
  'ssh.not-listening': {
    // A17
    code: 'Ssh.ConnectionRefused',
    title: 'Nothing listens on that port',
    concept:
      'The packet reached a running instance, but no program listens on the port (or sshd has not started yet while the status checks initialize), so the OS answers with a reset: “Connection refused”. The network path is fine.',
    fix: 'Connect to port 22, where sshd listens, and wait for the status checks to pass after a launch or start.',
    section: SSH,
  },
  'ssh.permission-denied': {
    // A5, A18
    code: 'Ssh.PermissionDenied',
    title: 'The key or the user does not match',
    concept:
      'The network path worked and sshd answered, but it found no authorized key for that user matching the private key offered. The instance trusts only the key pair it was launched with (and Instance Connect keys pushed less than 60 s ago), for the AMI’s default user (ec2-user on Amazon Linux).',
    fix: 'Use the private key of the key pair the instance was launched with and the user ec2-user, or connect with EC2 Instance Connect.',
    section: SSH,
  },
  'ssh.eic-key-expired': {
    // A20
    code: 'Ssh.PermissionDenied',
    title: 'The Instance Connect key has expired',
    concept:
      'EC2 Instance Connect keys are one-time: a key pushed with SendSSHPublicKey is accepted for 60 seconds, then forgotten. Nothing is written to authorized_keys.',
    fix: 'Push the key again with SendSSHPublicKey and connect within 60 seconds.',
    section: SSH,
  },
});
