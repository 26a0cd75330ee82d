import { builtInLab } from '../authoring/built-in';
import { customVpc, findAmazonAmi, launch, sshAccess, start, stop, type TerminalScript } from './common';

const describeApp = {
  type: 'ec2:DescribeInstances',
  params: { InstanceIds: [{ ref: 'app' }] },
  as: { appPrivateName: 'Reservations.0.Instances.0.PrivateDnsName', appPublicName: 'Reservations.0.Instances.0.PublicDnsName' },
  note: 'Read the instance’s DNS names.',
};

const Q = (field: string) => `--query 'Reservations[0].Instances[0].${field}' --output text`;
const MD = 'http://169.254.169.254/latest/meta-data';

/** What the learner types (src/terminal/inside-labs.test.ts runs every line against this lab). */
const T = {
  subnet: "SUBNET=$(aws ec2 describe-subnets --filters Name=tag:Name,Values=app --query 'Subnets[0].SubnetId' --output text)",
  mapPublic: 'aws ec2 modify-subnet-attribute --subnet-id $SUBNET --map-public-ip-on-launch',
  ami: "AMI=$(aws ec2 describe-images --owners amazon --query 'Images[0].ImageId' --output text)",
  sg: "SG=$(aws ec2 describe-security-groups --filters Name=group-name,Values=ssh-from-me --query 'SecurityGroups[0].GroupId' --output text)",
  run: "APP=$(aws ec2 run-instances --image-id $AMI --instance-type t3.micro --subnet-id $SUBNET --security-group-ids $SG --key-name lab-key --query 'Instances[0].InstanceId' --output text)",
  showIp: `aws ec2 describe-instances --instance-ids $APP ${Q('PublicIpAddress')}`,
  reboot: 'aws ec2 reboot-instances --instance-ids $APP',
  stop: 'aws ec2 stop-instances --instance-ids $APP',
  start: 'aws ec2 start-instances --instance-ids $APP',
  ip: `IP=$(aws ec2 describe-instances --instance-ids $APP ${Q('PublicIpAddress')})`,
  ssh: 'ssh -i lab-key.pem ec2-user@$IP',
  hostname: 'hostname',
  digHostname: 'dig +short $(hostname)',
  privateName: `NAME=$(aws ec2 describe-instances --instance-ids $APP ${Q('PrivateDnsName')})`,
  digName: 'dig $NAME',
  publicName: `PUBLIC=$(aws ec2 describe-instances --instance-ids $APP ${Q('PublicDnsName')})`,
  digPublic: 'dig +short $PUBLIC',
  digPublicInside: `dig +short $(curl -s ${MD}/public-hostname)`,
};

export const publicIpv4Script: TerminalScript = [
  ['get-one', [T.subnet, T.mapPublic, T.ami, T.sg, T.run, T.showIp]],
  ['reboot', [T.reboot, T.showIp]],
  ['stop-start', [T.stop, T.start, T.showIp]],
  ['private-dns', [T.ip, T.ssh, T.hostname, T.digHostname, 'exit', T.privateName, T.digName]],
  ['public-dns', [T.publicName, T.digPublic, T.ssh, T.digPublicInside]],
];

export const publicIpv4 = builtInLab({
  id: 'public-ipv4',
  title: 'The life of a public IPv4 address',
  sections: ['Public IPv4 address', 'Primary IPv4 private address'],
  summary: [
    'Give an instance a public IPv4, then watch what a reboot and a stop/start do to it.',
    'Resolve its private and public DNS names from inside the VPC and from the internet.',
  ],
  minutes: 15,
  start: {
    actions: [
      findAmazonAmi(),
      ...customVpc({ subnets: { app: ['10.16.0.0/20', 'us-east-1a', false] }, internet: true }),
      { type: 'ec2:CreateTags', params: { Resources: [{ ref: 'app' }], Tags: [{ Key: 'Name', Value: 'app' }] }, note: 'Name the subnet "app".' },
      ...sshAccess('vpc'),
    ],
  },
  steps: [
    {
      id: 'get-one',
      title: 'Ask for a public address',
      instruction: `Launch an instance in the subnet "app" so that it gets a public IPv4: this subnet does not give one by default. In the terminal (\`): ${T.subnet}, then ${T.mapPublic}. Launch with the key pair lab-key and the security group ssh-from-me: ${T.ami}, ${T.sg}, ${T.run}. Read its address: ${T.showIp}`,
      goals: [{ kind: 'instance', where: { state: 'running', publicIp: true, hasElasticIp: false }, label: 'A running instance has a dynamic public IPv4 address' }],
      hints: [
        'Either turn on MapPublicIpOnLaunch on the subnet before you launch (modify-subnet-attribute)…',
        '…or ask at launch: run-instances --associate-public-ip-address.',
      ],
      why: 'A public IPv4 is never automatic: the subnet setting or the launch request must ask for it. It comes from Amazon’s pool and belongs to the instance only while it runs.',
      solution: [
        { type: 'ec2:ModifySubnetAttribute', params: { SubnetId: { ref: 'app' }, MapPublicIpOnLaunch: { Value: true } }, note: 'Make the subnet hand out public IPv4 addresses.' },
        launch('app', { subnet: 'app', params: { KeyName: 'lab-key', SecurityGroupIds: [{ ref: 'sshSg' }] }, note: 'Launch the instance.' }),
      ],
    },
    {
      id: 'reboot',
      title: 'Reboot',
      instruction: `Note the public IPv4. Reboot the instance — ${T.reboot} (or sudo reboot inside it) — and read the address again: ${T.showIp}`,
      goals: [{ kind: 'check', check: 'public-ipv4/reboot-kept-public-ipv4-instance', label: "A reboot kept the public IPv4 of an instance" }],
      hints: ['The timeline’s event says it: the address is kept.', 'The SDK call is ec2:RebootInstances.'],
      why: 'A reboot restarts the OS on the same host. Nothing about the instance’s placement changes, so it keeps its public IPv4, private IPv4 and DNS names.',
      solution: [{ type: 'ec2:RebootInstances', params: { InstanceIds: [{ ref: 'app' }] }, note: 'Reboot.' }],
    },
    {
      id: 'stop-start',
      title: 'Stop and start',
      instruction: `Now stop the instance and start it again: ${T.stop}, then ${T.start}. Compare the public IPv4: ${T.showIp}`,
      goals: [{ kind: 'check', check: 'public-ipv4/stop-start-gave-instance-new-public', label: "A stop and start gave an instance a new public IPv4" }],
      hints: ['The stop releases the address; the start takes a new one from the pool.', 'sudo shutdown -h now inside the instance stops it too (its shutdown behaviour is stop).'],
      why: 'When the instance stops, AWS takes the dynamic address back. The start picks a new host and a brand-new address. If you need an address that stays, use an Elastic IP.',
      solution: [stop('app'), start('app')],
    },
    {
      id: 'private-dns',
      title: 'The private DNS name',
      instruction: `Resolve the instance’s private DNS name (ip-10-16-….ec2.internal) from inside the VPC, then from the internet. Log in with its new address: ${T.ip}, then ${T.ssh}. Inside, ${T.hostname} prints the name and ${T.digHostname} asks the VPC’s resolver. Type exit; back in CloudShell (on the internet), ${T.privateName}, then ${T.digName}`,
      goals: [
        { kind: 'dns', from: 'inside-vpc', namePrefix: 'ip-', answer: 'private', label: 'Inside the VPC, the private DNS name gave the private IPv4' },
        { kind: 'dns', from: 'internet', namePrefix: 'ip-', rcode: 'NXDOMAIN', label: 'From the internet, the private DNS name did not resolve' },
      ],
      hints: ['Inside, dig asks the VPC’s resolver (the VPC’s base address plus two); in CloudShell, dig asks a public resolver.', 'From the internet, dig shows status: NXDOMAIN — no such name.'],
      why: 'The primary private IPv4 has a DNS name that only the VPC’s resolver knows. It always points to the private address, which stays with the instance for life.',
      solution: [
        describeApp,
        { type: 'sim:ResolveDns', params: { Name: { ref: 'appPrivateName' }, From: 'inside-vpc', VpcId: { ref: 'vpc' } }, note: 'Resolve it inside the VPC.' },
        { type: 'sim:ResolveDns', params: { Name: { ref: 'appPrivateName' }, From: 'internet' }, note: 'Resolve it from the internet.' },
      ],
    },
    {
      id: 'public-dns',
      title: 'The public DNS name',
      instruction: `Resolve the public DNS name (ec2-….compute-1.amazonaws.com) from the internet and from inside the VPC. In CloudShell: ${T.publicName}, then ${T.digPublic}. Then ${T.ssh} and ask the same name inside: ${T.digPublicInside}`,
      goals: [
        { kind: 'dns', from: 'inside-vpc', namePrefix: 'ec2-', answer: 'private', label: 'Inside the VPC, the public DNS name gave the private IPv4' },
        { kind: 'dns', from: 'internet', namePrefix: 'ec2-', answer: 'public', label: 'From the internet, the public DNS name gave the public IPv4' },
      ],
      hints: ['The metadata service’s public-hostname is the same name the EC2 API calls PublicDnsName.', 'Compare the two answers: one is the public IPv4, one the private.'],
      why: 'The public name answers differently depending on who asks. Inside the VPC it gives the private address, so traffic stays inside. Outside it gives the public one, which the internet gateway translates to the private address.',
      solution: [
        { type: 'sim:ResolveDns', params: { Name: { ref: 'appPublicName' }, From: 'inside-vpc', VpcId: { ref: 'vpc' } }, note: 'Resolve the public name inside the VPC.' },
        { type: 'sim:ResolveDns', params: { Name: { ref: 'appPublicName' }, From: 'internet' }, note: 'Resolve it from the internet.' },
      ],
    },
  ],
  questions: [
    {
      prompt: 'Which action gives an instance a new public IPv4?',
      choices: [
        { text: 'A reboot', correct: false, explanation: 'A reboot keeps the host and the address.' },
        { text: 'A stop and start', correct: true, explanation: 'The stop releases the address; the start takes a new one.' },
        { text: 'Changing its security group', correct: false, explanation: 'Groups filter traffic; they do not touch addresses.' },
      ],
    },
  ],
});
