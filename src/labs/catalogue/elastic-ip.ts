import { builtInLab } from '../authoring/built-in';
import { defaultVpcStart, launch, start, stop, type TerminalScript } from './common';

/** What the learner types in the DNS step (src/terminal/inside-labs.test.ts runs the lines after the steps before). */
const T = {
  name: "NAME=$(aws ec2 describe-instances --filters Name=tag:Name,Values=web --query 'Reservations[0].Instances[0].PublicDnsName' --output text)",
  dig: 'dig +short $NAME',
};

export const elasticIpScript: TerminalScript = [['dns', [T.name, T.dig]]];

export const elasticIp = builtInLab({
  id: 'elastic-ip',
  title: 'Elastic IPs: an address that stays',
  sections: ['Elastic IP address', 'Public IPv4 address', 'Considerations'],
  summary: [
    'Put an Elastic IP on a server, stop and start it, and see the address stay.',
    'Watch the dynamic address go and come back, and map a second Elastic IP to a secondary private IP.',
  ],
  minutes: 15,
  start: defaultVpcStart(['a'], launch('web', { subnet: 'subnetA', note: 'A web server with a dynamic public IPv4.' })),
  steps: [
    {
      id: 'associate',
      title: 'Allocate and associate',
      instruction: 'Allocate an Elastic IP and associate it with the web server.',
      goals: [
        { kind: 'instance', where: { hasElasticIp: true }, label: 'An instance has an Elastic IP' },
        { kind: 'action', type: 'ec2:AssociateAddress', label: 'Its dynamic public IPv4 was released when the Elastic IP arrived', event: 'public-ip-released' },
      ],
      hints: ['ec2:AllocateAddress gives you an AllocationId.', 'ec2:AssociateAddress with the AllocationId and the InstanceId.'],
      why: 'An Elastic IP is allocated to your account, not to an instance. Associating it replaces the dynamic address, which is gone for good: you cannot get the old one back.',
      solution: [
        { type: 'ec2:AllocateAddress', params: { Domain: 'vpc' }, as: { eip: 'AllocationId' }, note: 'Allocate an Elastic IP.' },
        { type: 'ec2:AssociateAddress', params: { AllocationId: { ref: 'eip' }, InstanceId: { ref: 'web' } }, as: { eipAssociation: 'AssociationId' }, note: 'Associate it with web.' },
      ],
    },
    {
      id: 'stop-start',
      title: 'Stop and start',
      instruction: 'Stop the web server and start it again. Does the address change?',
      goals: [{ kind: 'check', check: 'elastic-ip/instance-kept-elastic-ip-across-stop', label: "An instance kept its Elastic IP across a stop and start" }],
      hints: ['ec2:StopInstances, then ec2:StartInstances.', 'Compare PublicIpAddress before and after in ec2:DescribeInstances.'],
      why: 'The Elastic IP stays associated while the instance is stopped, so the start needs no new address. That is why you use one for a server people must find at a fixed address. (A stopped instance’s Elastic IP is billed while idle.)',
      solution: [stop('web'), start('web')],
    },
    {
      id: 'dns',
      title: 'DNS follows the Elastic IP',
      instruction: `Resolve the web server’s public DNS name from the internet. In the terminal (\`): ${T.name}, then ${T.dig}`,
      goals: [{ kind: 'dns', from: 'internet', answer: 'elastic', label: 'From the internet, the public DNS name gave the Elastic IP' }],
      hints: ['The terminal’s dig asks a public resolver, as your own computer would.', 'Compare with aws ec2 describe-addresses: the same address.'],
      why: 'The public DNS name is built from the public address, so it changes with the Elastic IP. Inside the VPC the same name still gives the private IPv4.',
      solution: [
        { type: 'ec2:DescribeInstances', params: { InstanceIds: [{ ref: 'web' }] }, as: { webName: 'Reservations.0.Instances.0.PublicDnsName' }, note: 'Read the public DNS name.' },
        { type: 'sim:ResolveDns', params: { Name: { ref: 'webName' }, From: 'internet' }, note: 'Resolve it from the internet.' },
      ],
    },
    {
      id: 'disassociate',
      title: 'Take it away',
      instruction: 'Disassociate the Elastic IP from the web server. What public address does it have now?',
      goals: [
        { kind: 'action', type: 'ec2:DisassociateAddress', label: 'Removing the Elastic IP gave the instance a new dynamic public IPv4', event: 'public-ip-assigned' },
      ],
      hints: ['ec2:DisassociateAddress with the AssociationId.', 'The Elastic IP stays allocated to your account.'],
      why: 'Without its Elastic IP the instance falls back to a dynamic address, a brand-new one from Amazon’s pool.',
      solution: [{ type: 'ec2:DisassociateAddress', params: { AssociationId: { ref: 'eipAssociation' } }, note: 'Disassociate the Elastic IP.' }],
    },
    {
      id: 'secondary',
      title: 'One Elastic IP per private IP',
      instruction: 'Give the web server’s eth0 a secondary private IPv4, and associate the Elastic IP with that address.',
      goals: [{ kind: 'check', check: 'elastic-ip/elastic-ip-mapped-secondary-private-ipv4', label: "An Elastic IP is mapped to a secondary private IPv4" }],
      hints: [
        'ec2:AssignPrivateIpAddresses with the interface id and SecondaryPrivateIpAddressCount 1.',
        'ec2:AssociateAddress with AllocationId, NetworkInterfaceId and PrivateIpAddress.',
      ],
      why: 'Each private IPv4, primary or secondary, can have one Elastic IP. The interface can have only one dynamic public address, on its primary private IP.',
      solution: [
        { type: 'ec2:AssignPrivateIpAddresses', params: { NetworkInterfaceId: { ref: 'webEni' }, SecondaryPrivateIpAddressCount: 1 }, as: { secondIp: 'AssignedPrivateIpAddresses.0.PrivateIpAddress' }, note: 'Add a secondary private IPv4.' },
        { type: 'ec2:AssociateAddress', params: { AllocationId: { ref: 'eip' }, NetworkInterfaceId: { ref: 'webEni' }, PrivateIpAddress: { ref: 'secondIp' } }, note: 'Map the Elastic IP to it.' },
      ],
    },
  ],
  questions: [
    {
      prompt: 'You associate an Elastic IP with an instance, then disassociate it. What happens to the first dynamic address?',
      choices: [
        { text: 'It comes back', correct: false, explanation: 'It was released for good when the Elastic IP arrived.' },
        { text: 'The instance gets a new dynamic address', correct: true, explanation: 'AWS assigns a fresh one from its pool.' },
        { text: 'The instance has no public address until it reboots', correct: false, explanation: 'The new address arrives at once.' },
      ],
    },
  ],
});
