import { builtInLab } from '../authoring/built-in';
import { customVpc, findAmazonAmi, launch } from './common';

export const natInstance = builtInLab({
  id: 'nat-instance',
  title: 'Build a NAT instance: the source/destination check',
  sections: ['Elastic Network Interface', 'EC2 Network Interfaces, Instance IPs and DNS', 'Considerations'],
  summary: [
    'Let a private subnet reach the internet through an instance you run yourself.',
    'Learn why a router instance must turn off its source/destination check.',
  ],
  minutes: 20,
  start: {
    actions: [
      findAmazonAmi(),
      ...customVpc({
        subnets: { public: ['10.16.0.0/20', 'us-east-1a', true], private: ['10.16.16.0/20', 'us-east-1a', false] },
        internet: true,
      }),
      { type: 'ec2:CreateRouteTable', params: { VpcId: { ref: 'vpc' } }, as: { privateRt: 'RouteTable.RouteTableId' }, note: 'A route table for the private subnet.' },
      { type: 'ec2:AssociateRouteTable', params: { RouteTableId: { ref: 'privateRt' }, SubnetId: { ref: 'private' } }, note: 'The private subnet uses it: no route to the internet.' },
      launch('app', { subnet: 'private', note: 'An app server with no public address.' }),
    ],
  },
  steps: [
    {
      id: 'launch-nat',
      title: 'Launch the NAT instance',
      instruction: 'Launch an instance in the public subnet. It must have a public IPv4.',
      goals: [
        { kind: 'check', check: 'nat-instance/instance-public-ipv4-runs-subnet-routed', label: "An instance with a public IPv4 runs in a subnet routed to the internet gateway" },
      ],
      hints: ['The public subnet gives a public IPv4 on launch.', 'Its subnet uses the main route table, which sends 0.0.0.0/0 to the internet gateway.'],
      why: 'A NAT instance is an ordinary instance that forwards other machines’ traffic. It needs a public address and a route to the internet gateway, like any public server.',
      solution: [launch('nat', { subnet: 'public', note: 'Launch the NAT instance in the public subnet.' })],
    },
    {
      id: 'source-dest',
      title: 'Turn off the check',
      instruction: 'Turn off the source/destination check on the NAT instance.',
      goals: [
        { kind: 'check', check: 'nat-instance/public-instance-has-source-destination-check', label: "A public instance has its source/destination check turned off" },
      ],
      hints: [
        'ec2:ModifyInstanceAttribute with SourceDestCheck: { Value: false }…',
        '…or ec2:ModifyNetworkInterfaceAttribute on its interface: the check is a setting of each interface.',
      ],
      why: 'By default an interface drops any packet that is not from or to one of its own addresses. A NAT instance forwards packets for other machines, so it must turn this check off.',
      solution: [{ type: 'ec2:ModifyInstanceAttribute', params: { InstanceId: { ref: 'nat' }, SourceDestCheck: { Value: false } }, note: 'Turn the check off.' }],
    },
    {
      id: 'route',
      title: 'Route through it',
      instruction: 'Make the private subnet send its internet traffic (0.0.0.0/0) to the NAT instance.',
      goals: [
        { kind: 'check', check: 'nat-instance/subnets-route-table-sends-0-0', label: "A subnet’s route table sends 0.0.0.0/0 to an interface with the check turned off" },
      ],
      hints: ['Add a route to the private subnet’s route table with ec2:CreateRoute.', 'Target the NAT instance’s interface with NetworkInterfaceId (or its InstanceId).'],
      why: 'The private subnet now sends internet traffic to the NAT instance. It swaps the private source address for its own, and the internet gateway translates that to its public IPv4.',
      solution: [
        { type: 'ec2:CreateRoute', params: { RouteTableId: { ref: 'privateRt' }, DestinationCidrBlock: '0.0.0.0/0', NetworkInterfaceId: { ref: 'natEni' } }, note: 'Route 0.0.0.0/0 to the NAT interface.' },
      ],
    },
    {
      id: 'inside',
      title: 'Where is the public address?',
      instruction: 'Look inside the NAT instance with sim:GuestInterfaces. Then ask the metadata service for its public-ipv4.',
      goals: [
        { kind: 'check', check: 'nat-instance/inside-instance-public-ipv4-only-private', label: "Inside an instance with a public IPv4 you saw only private addresses" },
        { kind: 'imds', path: 'public-ipv4', status: 200, label: 'The metadata service told you the public IPv4' },
      ],
      hints: ['sim:GuestInterfaces is `ip addr` inside the OS.', 'sim:QueryIMDS with Path /latest/meta-data/public-ipv4.'],
      why: 'The OS only has private addresses. The public IPv4 exists in the internet gateway, which translates it; the instance can still learn it from the metadata service.',
      solution: [
        { type: 'sim:GuestInterfaces', params: { InstanceId: { ref: 'nat' } }, note: 'Look at the interfaces inside the NAT instance.' },
        { type: 'sim:QueryIMDS', params: { InstanceId: { ref: 'nat' }, Method: 'GET', Path: '/latest/meta-data/public-ipv4' }, note: 'Ask the metadata service.' },
      ],
    },
  ],
  questions: [
    {
      prompt: 'A NAT instance forwards nothing, though the route is right. What is the likely cause?',
      choices: [
        { text: 'Its source/destination check is still on', correct: true, explanation: 'The interface drops packets not addressed to it.' },
        { text: 'It has no Elastic IP', correct: false, explanation: 'A dynamic public IPv4 works too.' },
        { text: 'The private subnet is in another AZ', correct: false, explanation: 'Routes work across AZs in one VPC.' },
      ],
    },
  ],
});
