import type { RuleId } from '../../engine';
import { generatedPublicKey } from '../../engine/net/ssh-keys';
import { builtInLab } from '../authoring/built-in';
import type { LabAction } from '../types';
import { customVpc, findAmazonAmi, launch, start, stop } from './common';

/** The learner's own computer, as the engine sees it on the internet (net/reachability.ts CLIENT_IP). */
const MY_IP = '203.0.113.25';
const SSH = 'EC2 SSH vs EC2 Instance Connect management';
/** The one-time key `mssh` would make and push (any valid public key does). */
const PUSHED_KEY = generatedPublicKey('why-cant-i-ssh', 'ed25519');

/** `ssh -i <key>.pem ec2-user@<address>` from CloudShell, as the engine receives it. */
function ssh(keyName: string, note: string, refused?: LabAction['refused']): LabAction {
  return {
    type: 'sim:Ssh',
    params: { InstanceId: { ref: 'web' }, From: 'internet', User: 'ec2-user', KeyName: keyName },
    ...(refused ? { refused } : {}),
    note,
  };
}

const timedOut = (rule: RuleId): LabAction['refused'] => ({ code: 'Ssh.ConnectionTimedOut', rule });

/** The colleague's network ACL on web's subnet: SSH allowed in, nothing allowed out (replies included). */
function inboundOnlyAcl(): LabAction[] {
  return [
    { type: 'ec2:CreateNetworkAcl', params: { VpcId: { ref: 'vpc' } }, as: { acl: 'NetworkAcl.NetworkAclId' }, note: 'A custom network ACL (it denies all).' },
    {
      type: 'ec2:DescribeNetworkAcls',
      params: { Filters: [{ Name: 'association.subnet-id', Values: [{ ref: 'subnetA' }] }] },
      as: { aclAssoc: 'NetworkAcls.0.Associations.0.NetworkAclAssociationId' },
      note: 'The subnet’s association with the default ACL.',
    },
    { type: 'ec2:ReplaceNetworkAclAssociation', params: { AssociationId: { ref: 'aclAssoc' }, NetworkAclId: { ref: 'acl' } }, note: 'The subnet uses the custom ACL.' },
    {
      type: 'ec2:CreateNetworkAclEntry',
      params: { NetworkAclId: { ref: 'acl' }, RuleNumber: 100, Protocol: '6', RuleAction: 'allow', Egress: false, CidrBlock: '0.0.0.0/0', PortRange: { From: 22, To: 22 } },
      note: 'It lets SSH in — and nothing out.',
    },
  ];
}

export const whyCantISsh = builtInLab({
  id: 'why-cant-i-ssh',
  title: 'Why can’t I SSH?',
  sections: [SSH, 'Public IPv4 address', 'EC2 Network Interfaces, Instance IPs and DNS', 'Instance Metadata'],
  summary: [
    'A colleague left you a server and lab-key.pem. ssh just hangs: find each hop that blocks, from the terminal, and fix it.',
    'Public address, route, network ACL, security group, instance state, key pair — then look inside, and use EC2 Instance Connect.',
  ],
  minutes: 25,
  start: {
    actions: [
      ...customVpc({ subnets: { subnetA: ['10.16.1.0/24', 'us-east-1a', false] } }),
      {
        type: 'ec2:CreateSecurityGroup',
        params: { GroupName: 'web-sg', Description: 'web servers', VpcId: { ref: 'vpc' } },
        as: { sg: 'GroupId' },
        note: 'A security group with no inbound rule.',
      },
      { type: 'ec2:CreateKeyPair', params: { KeyName: 'team-key' }, note: 'The key pair the server is launched with.' },
      { type: 'ec2:CreateKeyPair', params: { KeyName: 'lab-key' }, note: 'The key your colleague told you to use.' },
      { type: 'ec2:CreateInternetGateway', params: {}, as: { igw: 'InternetGateway.InternetGatewayId' }, note: 'An internet gateway.' },
      { type: 'ec2:AttachInternetGateway', params: { InternetGatewayId: { ref: 'igw' }, VpcId: { ref: 'vpc' } }, note: 'Attached to the VPC.' },
      ...inboundOnlyAcl(),
      findAmazonAmi(),
      launch('web', { subnet: 'subnetA', params: { KeyName: 'team-key', SecurityGroupIds: [{ ref: 'sg' }] }, note: 'The server, in a private subnet.' }),
      stop('web'),
    ],
  },
  steps: [
    {
      id: 'address',
      title: 'Nothing answers',
      instruction:
        'Open the terminal (`) and try: find web’s address with aws ec2 describe-instances, then ssh -i lab-key.pem ec2-user@<address>. It times out. Give web an address the internet can reach.',
      goals: [
        { kind: 'refused', actionType: 'sim:Ssh', rule: 'ssh.no-public-address', label: 'Your ssh timed out: web has no public IPv4 address' },
        { kind: 'ssh-hop', hop: 'public-address', label: 'web has a public IPv4 or an Elastic IP' },
      ],
      hints: [
        'aws ec2 describe-instances --query "Reservations[].Instances[].[InstanceId,PrivateIpAddress,PublicIpAddress]" --output text: only a private address.',
        'EIP=$(aws ec2 allocate-address --query AllocationId --output text), then aws ec2 associate-address --allocation-id $EIP --instance-id <web>.',
      ],
      why: 'Private addresses are not routed on the internet: from your computer, 10.16.1.x leads nowhere. An instance is reachable from outside only through a public IPv4 or an Elastic IP, which the internet gateway translates to its private address. An Elastic IP also stays through stop and start.',
      solution: [
        ssh('lab-key', 'ssh to the private address: it times out.', timedOut('ssh.no-public-address')),
        { type: 'ec2:AllocateAddress', params: { Domain: 'vpc' }, as: { eip: 'AllocationId' }, note: 'Allocate an Elastic IP.' },
        { type: 'ec2:AssociateAddress', params: { AllocationId: { ref: 'eip' }, InstanceId: { ref: 'web' } }, note: 'Associate it with web.' },
      ],
    },
    {
      id: 'route',
      title: 'A way back',
      instruction: 'ssh to the Elastic IP now. Still a timeout: read the explanation beside the terminal. The VPC has an internet gateway, but the subnet does not use it. Fix the route.',
      goals: [
        { kind: 'refused', actionType: 'sim:Ssh', rule: 'ssh.no-route', label: 'Your ssh timed out: no route to the internet gateway' },
        { kind: 'ssh-hop', hop: 'route', label: 'web’s subnet routes the internet to the internet gateway' },
      ],
      hints: [
        'aws ec2 describe-route-tables --filters Name=vpc-id,Values=<vpc> --query "RouteTables[].RouteTableId" --output text finds the subnet’s (main) route table.',
        'aws ec2 create-route --route-table-id <rtb> --destination-cidr-block 0.0.0.0/0 --gateway-id <igw> (aws ec2 describe-internet-gateways finds it).',
      ],
      why: 'Replies leave by the subnet’s route table. A route for 0.0.0.0/0 to the internet gateway is what makes a subnet “public”.',
      solution: [
        ssh('lab-key', 'ssh again: it times out.', timedOut('ssh.no-route')),
        {
          type: 'ec2:DescribeRouteTables',
          params: { Filters: [{ Name: 'vpc-id', Values: [{ ref: 'vpc' }] }] },
          as: { mainRt: 'RouteTables.0.RouteTableId' },
          note: 'Find the route table.',
        },
        {
          type: 'ec2:CreateRoute',
          params: { RouteTableId: { ref: 'mainRt' }, DestinationCidrBlock: '0.0.0.0/0', GatewayId: { ref: 'igw' } },
          note: 'Route the internet through the gateway.',
        },
      ],
    },
    {
      id: 'network-acl',
      title: 'Stateless at the subnet edge',
      instruction:
        'ssh again: still a timeout, and the explanation beside the terminal names web’s subnet’s network ACL. It lets TCP 22 in, yet nothing comes back. Let the replies out.',
      goals: [
        { kind: 'refused', actionType: 'sim:Ssh', rule: 'ssh.network-acl', label: 'Your ssh timed out: the subnet’s network ACL drops the replies' },
        { kind: 'ssh-hop', hop: 'network-acl', label: 'web’s network ACL lets SSH in and the replies out' },
      ],
      hints: [
        'aws ec2 describe-network-acls --filters Name=default,Values=false --query "NetworkAcls[0].Entries": an inbound rule for 22, no outbound rule but the final deny.',
        'aws ec2 create-network-acl-entry --network-acl-id <acl> --egress --rule-number 100 --protocol tcp --port-range From=1024,To=65535 --cidr-block 0.0.0.0/0 --rule-action allow',
      ],
      why: 'A network ACL checks every packet on its own, in both directions, by rule number: it does not remember that a reply belongs to an allowed request. Your ssh client talks from a high (ephemeral) port, so the replies need an outbound rule for 1024–65535. A security group, being stateful, never needs one.',
      solution: [
        ssh('lab-key', 'ssh again: it times out.', timedOut('ssh.network-acl')),
        {
          type: 'ec2:CreateNetworkAclEntry',
          params: { NetworkAclId: { ref: 'acl' }, RuleNumber: 100, Protocol: '6', RuleAction: 'allow', Egress: true, CidrBlock: '0.0.0.0/0', PortRange: { From: 1024, To: 65535 } },
          note: 'Let the replies out to the client’s ephemeral ports.',
        },
      ],
    },
    {
      id: 'security-group',
      title: 'Let port 22 in',
      instruction: `ssh once more. The packets arrive, but something drops them silently. Allow SSH from your address only (${MY_IP}).`,
      goals: [
        { kind: 'refused', actionType: 'sim:Ssh', rule: 'ssh.security-group', label: 'Your ssh timed out: no security group rule admits TCP 22 from you' },
        { kind: 'ssh-hop', hop: 'security-group', label: 'A rule of web’s security group admits TCP 22 from your address' },
      ],
      hints: [
        'A new security group allows nothing in. Which group is web in? describe-instances shows SecurityGroups.',
        `aws ec2 authorize-security-group-ingress --group-id <sg> --protocol tcp --port 22 --cidr ${MY_IP}/32.`,
      ],
      why: 'A security group drops what no rule allows, without an answer, so the client waits and times out. Open SSH to your own address (/32), not to 0.0.0.0/0: the whole internet scans port 22.',
      solution: [
        ssh('lab-key', 'ssh again: it times out.', timedOut('ssh.security-group')),
        {
          type: 'ec2:AuthorizeSecurityGroupIngress',
          params: { GroupId: { ref: 'sg' }, IpPermissions: [{ IpProtocol: 'tcp', FromPort: 22, ToPort: 22, IpRanges: [{ CidrIp: `${MY_IP}/32` }] }] },
          note: 'Allow TCP 22 from your address.',
        },
      ],
    },
    {
      id: 'running',
      title: 'Is anybody home?',
      instruction: 'The whole path is open, and ssh still times out. Look at the instance itself, and fix it.',
      goals: [
        { kind: 'refused', actionType: 'sim:Ssh', rule: 'ssh.instance-not-running', label: 'Your ssh timed out: web is not running' },
        { kind: 'ssh-hop', hop: 'listener', label: 'web is running and sshd listens on port 22' },
      ],
      hints: ['aws ec2 describe-instances --query "Reservations[].Instances[].State.Name" --output text.', 'aws ec2 start-instances --instance-ids <web>.'],
      why: 'A stopped instance has no operating system to answer, so packets go unanswered: the same timeout as a blocked network. Its Elastic IP stayed while it was stopped; a dynamic public IPv4 would have changed.',
      solution: [ssh('lab-key', 'ssh again: it times out.', timedOut('ssh.instance-not-running')), start('web')],
    },
    {
      id: 'key',
      title: 'The right key',
      instruction: 'ssh with lab-key.pem: now the server answers — and says no. Find the key pair web was launched with and log in.',
      goals: [
        { kind: 'refused', actionType: 'sim:Ssh', rule: 'ssh.permission-denied', label: 'You saw Permission denied (publickey)' },
        { kind: 'ssh-key', label: 'You logged in to web with ssh and its key pair' },
      ],
      hints: [
        'aws ec2 describe-instances --query "Reservations[].Instances[].KeyName" --output text.',
        'ssh -i team-key.pem ec2-user@<Elastic IP>.',
      ],
      why: 'Permission denied is good news about the network: the path works and sshd answered. An instance trusts only the public key of the key pair it was launched with (for ec2-user on Amazon Linux); AWS never stores your private key, so keep the .pem file.',
      solution: [
        ssh('lab-key', 'ssh with the wrong key: Permission denied (publickey).', { code: 'Ssh.PermissionDenied', rule: 'ssh.permission-denied' }),
        ssh('team-key', 'ssh with the key pair web was launched with.'),
      ],
    },
    {
      id: 'inside',
      title: 'Look around inside',
      instruction:
        'Inside web, run ip addr: where is the Elastic IP? Then ask the metadata service with an IMDSv2 token: TOKEN=$(curl -s -X PUT http://169.254.169.254/latest/api/token -H "X-aws-ec2-metadata-token-ttl-seconds: 21600"), and read meta-data/public-ipv4 with it.',
      goals: [
        { kind: 'action', type: 'sim:GuestInterfaces', label: 'You looked at the interfaces from inside the OS' },
        { kind: 'imds', path: 'public-ipv4', status: 200, withToken: true, label: 'With a session token, the metadata service told you the public address' },
      ],
      hints: [
        'ip addr shows only private addresses: the internet gateway does the translation.',
        'curl -s -H "X-aws-ec2-metadata-token: $TOKEN" http://169.254.169.254/latest/meta-data/public-ipv4',
      ],
      why: 'The OS only ever has private IPv4 addresses. Software on the instance learns its public address from the metadata service at 169.254.169.254; IMDSv2 asks for a session token with a PUT first.',
      solution: [
        { type: 'sim:GuestInterfaces', params: { InstanceId: { ref: 'web' } }, note: 'ip addr: private addresses only.' },
        {
          type: 'sim:QueryIMDS',
          params: { InstanceId: { ref: 'web' }, Method: 'PUT', Path: '/latest/api/token', Headers: { 'X-aws-ec2-metadata-token-ttl-seconds': '21600' } },
          as: { token: 'Token' },
          note: 'Get a session token.',
        },
        {
          type: 'sim:QueryIMDS',
          params: { InstanceId: { ref: 'web' }, Method: 'GET', Path: '/latest/meta-data/public-ipv4', Token: { ref: 'token' } },
          note: 'Read the public IPv4 with the token.',
        },
      ],
    },
    {
      id: 'instance-connect',
      title: 'No key file: EC2 Instance Connect',
      instruction: 'Type exit, then connect again without any .pem file: mssh <web’s instance id> (or the Connect button in web’s inspector).',
      goals: [{ kind: 'instance-connect', label: 'You connected with EC2 Instance Connect' }],
      hints: [
        'mssh makes a one-time key, pushes it with SendSSHPublicKey, and connects within 60 seconds.',
        'The Connect button connects from AWS’s EC2 Instance Connect range (18.206.107.24/29): your security group must admit that too.',
      ],
      why: 'EC2 Instance Connect pushes a one-time public key through the EC2 API: IAM decides who may connect and CloudTrail logs it; nobody keeps a .pem file. The connection is still SSH on port 22, through the same hops.',
      solution: [
        {
          type: 'ec2-instance-connect:SendSSHPublicKey',
          params: { InstanceId: { ref: 'web' }, InstanceOSUser: 'ec2-user', SSHPublicKey: PUSHED_KEY },
          note: 'Push a one-time key (mssh does it).',
        },
        { type: 'sim:Ssh', params: { InstanceId: { ref: 'web' }, From: 'internet', User: 'ec2-user', PublicKey: PUSHED_KEY }, note: 'Connect with it.' },
      ],
    },
  ],
  questions: [
    {
      prompt: 'ssh prints “Connection timed out”. Which of these can it NOT be?',
      choices: [
        { text: 'The wrong key pair', correct: true, explanation: 'A wrong key means sshd answered: Permission denied (publickey). A timeout means nothing answered at all.' },
        { text: 'A security group without a rule for TCP 22', correct: false, explanation: 'Security groups drop silently: the client waits and times out.' },
        { text: 'A stopped instance', correct: false, explanation: 'Nothing runs to answer, so the client times out.' },
      ],
    },
    {
      prompt: 'Why does ip addr inside the instance not show its Elastic IP?',
      choices: [
        { text: 'The internet gateway translates the public address to the private one; the OS never has it', correct: true, explanation: 'Ask the metadata service (meta-data/public-ipv4) to learn it from inside.' },
        { text: 'Elastic IPs only show after a reboot', correct: false, explanation: 'No reboot changes it: the OS only ever sees private IPv4 addresses.' },
      ],
    },
  ],
});
