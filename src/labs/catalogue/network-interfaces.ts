import { builtInLab } from '../authoring/built-in';
import { customVpc, findAmazonAmi, findAttachment, launch } from './common';

export const networkInterfaces = builtInLab({
  id: 'network-interfaces',
  title: 'Elastic network interfaces: two subnets, one AZ, a MAC that moves',
  sections: ['EC2 Network Interfaces, Instance IPs and DNS', 'Elastic Network Interface', 'Considerations'],
  summary: [
    'Give an instance a second network interface in another subnet, with its own security group.',
    'Hit the same-AZ rule, then move the interface and its MAC address to a standby server.',
  ],
  minutes: 20,
  start: {
    actions: [
      findAmazonAmi(),
      ...customVpc({
        subnets: {
          webA: ['10.16.0.0/20', 'us-east-1a', true],
          adminA: ['10.16.32.0/20', 'us-east-1a', false],
          webB: ['10.16.16.0/20', 'us-east-1b', true],
        },
        internet: true,
      }),
      launch('web', { subnet: 'webA', note: 'The licensed server.' }),
      launch('standby', { subnet: 'webA', note: 'Its standby.' }),
    ],
  },
  steps: [
    {
      id: 'second-eni',
      title: 'A second interface',
      instruction: 'Create a network interface in the admin subnet (us-east-1a) and attach it to web as eth1.',
      goals: [
        { kind: 'check', check: 'network-interfaces/instance-has-interfaces-two-different-subnets', label: "An instance has interfaces in two different subnets" },
      ],
      hints: [
        'ec2:CreateNetworkInterface with the SubnetId of the admin subnet.',
        'Then ec2:AttachNetworkInterface with the new interface, the web instance and DeviceIndex 1.',
      ],
      why: 'Every instance has a primary interface (eth0). You can add secondary ones in other subnets, for example a separate admin network. Each has its own MAC address and private IPv4 from its own subnet.',
      solution: [
        { type: 'ec2:CreateNetworkInterface', params: { SubnetId: { ref: 'adminA' }, Description: 'licence' }, as: { licence: 'NetworkInterface.NetworkInterfaceId' }, note: 'Create an interface in the admin subnet.' },
        { type: 'ec2:AttachNetworkInterface', params: { NetworkInterfaceId: { ref: 'licence' }, InstanceId: { ref: 'web' }, DeviceIndex: 1 }, as: { licenceAttachment: 'AttachmentId' }, note: 'Attach it to web as eth1.' },
      ],
    },
    {
      id: 'other-az',
      title: 'An interface from another AZ',
      instruction: 'Create an interface in subnet webB (us-east-1b) and try to attach it to web.',
      goals: [{ kind: 'refused', rule: 'eni.attach.same-az', label: 'You saw an attach refused because the interface is in another AZ' }],
      hints: ['The subnet decides the interface’s AZ.', 'Attach it at DeviceIndex 2 and read the refusal.'],
      why: 'An interface is the host’s network port into a subnet, and both the host and the subnet sit in one AZ. Interfaces can come from different subnets, but all in the instance’s AZ.',
      solution: [
        { type: 'ec2:CreateNetworkInterface', params: { SubnetId: { ref: 'webB' } }, as: { far: 'NetworkInterface.NetworkInterfaceId' }, note: 'Create an interface in us-east-1b.' },
        {
          type: 'ec2:AttachNetworkInterface',
          params: { NetworkInterfaceId: { ref: 'far' }, InstanceId: { ref: 'web' }, DeviceIndex: 2 },
          refused: { code: 'InvalidParameterCombination', rule: 'eni.attach.same-az' },
          note: 'Try to attach it to web in us-east-1a.',
        },
      ],
    },
    {
      id: 'groups',
      title: 'Security groups per interface',
      instruction: 'Create a security group "admin" and put it on the admin interface only.',
      goals: [
        { kind: 'check', check: 'network-interfaces/secondary-interface-has-security-group-eth0', label: "A secondary interface has a security group that its eth0 does not have" },
      ],
      hints: [
        'ec2:CreateSecurityGroup with GroupName, Description and the VpcId.',
        'ec2:ModifyNetworkInterfaceAttribute with Groups: [your group] on the admin interface.',
      ],
      why: 'Security groups belong to interfaces, not instances, and a group covers every address of its interface. If two addresses need different rules, put them on two interfaces with different groups.',
      solution: [
        { type: 'ec2:CreateSecurityGroup', params: { GroupName: 'admin', Description: 'Admin access only', VpcId: { ref: 'vpc' } }, as: { adminSg: 'GroupId' }, note: 'Create the admin group.' },
        { type: 'ec2:ModifyNetworkInterfaceAttribute', params: { NetworkInterfaceId: { ref: 'licence' }, Groups: [{ ref: 'adminSg' }] }, note: 'Put it on the admin interface.' },
      ],
    },
    {
      id: 'primary',
      title: 'eth0 stays',
      instruction: 'Try to detach web’s primary interface (eth0).',
      goals: [{ kind: 'refused', rule: 'eni.detach.primary', label: 'You saw the primary interface refuse to detach' }],
      hints: ['Find eth0’s AttachmentId with ec2:DescribeNetworkInterfaces.', 'Then ec2:DetachNetworkInterface with it.'],
      why: 'eth0 is created with the instance and dies with it. Only secondary interfaces can be detached and moved.',
      solution: [
        findAttachment('web', 0, 'webEth0'),
        {
          type: 'ec2:DetachNetworkInterface',
          params: { AttachmentId: { ref: 'webEth0' } },
          refused: { code: 'OperationNotPermitted', rule: 'eni.detach.primary' },
          note: 'Try to detach eth0.',
        },
      ],
    },
    {
      id: 'move',
      title: 'Move the licence',
      instruction: 'The software licence is tied to the admin interface’s MAC address. Move that interface from web to standby.',
      goals: [{ kind: 'check', check: 'network-interfaces/interface-moved-one-instance-another', label: "An interface moved from one instance to another" }],
      hints: ['Detach it from web (ec2:DetachNetworkInterface), then attach it to standby at DeviceIndex 1.', 'Watch the MAC in the events: it does not change.'],
      why: 'A secondary interface keeps its MAC, private IPs, Elastic IPs and security groups when it moves. Software licensed to a MAC address follows the interface to the new instance.',
      solution: [
        { type: 'ec2:DetachNetworkInterface', params: { AttachmentId: { ref: 'licenceAttachment' } }, note: 'Detach the admin interface from web.' },
        { type: 'ec2:AttachNetworkInterface', params: { NetworkInterfaceId: { ref: 'licence' }, InstanceId: { ref: 'standby' }, DeviceIndex: 1 }, note: 'Attach it to standby.' },
      ],
    },
    {
      id: 'inside',
      title: 'What the OS sees',
      instruction: 'Look inside standby with sim:GuestInterfaces. Find both interfaces. Look for the public IPv4 too.',
      goals: [
        { kind: 'check', check: 'network-interfaces/inside-instance-two-interfaces-private-addresses', label: "Inside an instance you saw two interfaces, with private addresses only" },
      ],
      hints: ['sim:GuestInterfaces is what `ip addr` shows.', 'The public IPv4 is not there: it lives in the internet gateway.'],
      why: 'The OS only ever sees private addresses. The public IPv4 is translated to the primary private IPv4 by the internet gateway, so never configure a public address inside the OS.',
      solution: [{ type: 'sim:GuestInterfaces', params: { InstanceId: { ref: 'standby' } }, note: 'Look inside standby.' }],
    },
  ],
  questions: [
    {
      prompt: 'Two websites on one instance need different firewall rules. What do you do?',
      choices: [
        { text: 'Put them on two interfaces with different security groups', correct: true, explanation: 'A group covers every address on its interface.' },
        { text: 'Add a second IP on eth0 with its own group', correct: false, explanation: 'Groups apply per interface, not per address.' },
      ],
    },
  ],
});
