/**
 * Building blocks the labs share: finding Amazon's AMI and the default subnets, launching an instance, a small
 * custom VPC. Every block is an ordinary lab action; ids come back through `as` bindings.
 */
import type { LabAction, LabStart, Template } from '../types';

/** A second AWS account, for sharing and cross-account copies. */
export const OTHER_ACCOUNT = '444455556666';

/** Amazon's public Amazon Linux AMI of a region (EBS-backed unless asked otherwise), bound as `as`. */
export function findAmazonAmi(as = 'ami', options: { root?: 'ebs' | 'instance-store'; region?: string } = {}): LabAction {
  return {
    type: 'ec2:DescribeImages',
    params: { Owners: ['amazon'], Filters: [{ Name: 'root-device-type', Values: [options.root ?? 'ebs'] }] },
    ...(options.region ? { region: options.region } : {}),
    as: { [as]: 'Images.0.ImageId' },
    note: "Find Amazon's public Amazon Linux AMI.",
  };
}

/** The default subnet of an Availability Zone (default VPC), bound as `as`. */
export function findDefaultSubnet(az: string, as: string): LabAction {
  return {
    type: 'ec2:DescribeSubnets',
    params: {
      Filters: [
        { Name: 'availability-zone', Values: [az] },
        { Name: 'default-for-az', Values: ['true'] },
      ],
    },
    region: az.slice(0, -1),
    as: { [as]: 'Subnets.0.SubnetId' },
    note: `Find the default subnet of ${az}.`,
  };
}

/**
 * A start in the default VPC of us-east-1: Amazon's AMI as `ami`, the default subnet of each zone letter as
 * `subnetA`, `subnetB`…, then `actions`.
 */
export function defaultVpcStart(zones: readonly ('a' | 'b' | 'c')[], ...actions: LabAction[]): LabStart {
  const subnets = zones.map((zone) => findDefaultSubnet(`us-east-1${zone}`, `subnet${zone.toUpperCase()}`));
  return { defaultVpc: true, actions: [findAmazonAmi(), ...subnets, ...actions] };
}

interface LaunchOptions {
  /** Binding of the subnet. */
  subnet: string;
  /** Binding of the AMI; default `ami`. */
  ami?: string;
  type?: string;
  region?: string;
  params?: { [key: string]: Template };
  note?: string;
  refused?: LabAction['refused'];
}

/**
 * RunInstances of one instance, named after its binding (a Name tag `web`, so the canvas shows what the lab's text
 * calls it). Binds `as` to the instance id and `${as}Eni` to its primary interface.
 */
export function launch(as: string, options: LaunchOptions): LabAction {
  return {
    type: 'ec2:RunInstances',
    params: {
      ImageId: { ref: options.ami ?? 'ami' },
      InstanceType: options.type ?? 't3.micro',
      MinCount: 1,
      MaxCount: 1,
      SubnetId: { ref: options.subnet },
      TagSpecifications: [{ ResourceType: 'instance', Tags: [{ Key: 'Name', Value: as }] }],
      ...options.params,
    },
    ...(options.region ? { region: options.region } : {}),
    ...(options.refused ? { refused: options.refused } : { as: { [as]: 'Instances.0.InstanceId', [`${as}Eni`]: 'Instances.0.NetworkInterfaces.0.NetworkInterfaceId' } }),
    note: options.note ?? `Launch ${as} (${options.type ?? 't3.micro'}).`,
  };
}

export function instanceIds(...refs: string[]): Template[] {
  return refs.map((ref) => ({ ref }));
}

export function stop(ref: string): LabAction {
  return { type: 'ec2:StopInstances', params: { InstanceIds: instanceIds(ref) }, note: `Stop ${ref}.` };
}

export function start(ref: string): LabAction {
  return { type: 'ec2:StartInstances', params: { InstanceIds: instanceIds(ref) }, note: `Start ${ref}.` };
}

export function advance(seconds: number, note?: string): LabAction {
  return { type: 'sim:AdvanceTime', params: { Seconds: seconds }, note: note ?? `Let ${seconds} seconds pass.` };
}

/** Binds `${as}` to the id of the attachment of an instance's interface at a device index (DescribeInstances). */
export function findAttachment(instance: string, deviceIndex: number, as: string): LabAction {
  return {
    type: 'ec2:DescribeNetworkInterfaces',
    params: {
      Filters: [
        { Name: 'attachment.instance-id', Values: [{ ref: instance }] },
        { Name: 'attachment.device-index', Values: [String(deviceIndex)] },
      ],
    },
    as: { [as]: 'NetworkInterfaces.0.Attachment.AttachmentId' },
    note: `Find the attachment of ${instance}'s interface at device index ${deviceIndex}.`,
  };
}

interface CustomVpcOptions {
  /** Subnets to create: binding name → [CIDR, AZ, public on launch]. */
  subnets: Record<string, [string, string, boolean]>;
  /** Attach an internet gateway (bound as `igw`) and route 0.0.0.0/0 of the main route table to it. */
  internet?: boolean;
}

/**
 * A VPC 10.16.0.0/16 (bound as `vpc`) with DNS hostnames on, the given subnets and, optionally, an internet gateway
 * on the main route table (bound as `mainRt`).
 */
export function customVpc(options: CustomVpcOptions): LabAction[] {
  const actions: LabAction[] = [
    { type: 'ec2:CreateVpc', params: { CidrBlock: '10.16.0.0/16' }, as: { vpc: 'Vpc.VpcId' }, note: 'Create a VPC.' },
    {
      type: 'ec2:ModifyVpcAttribute',
      params: { VpcId: { ref: 'vpc' }, EnableDnsHostnames: { Value: true } },
      note: 'Turn DNS hostnames on.',
    },
  ];
  for (const [name, [cidr, az, open]] of Object.entries(options.subnets)) {
    actions.push({
      type: 'ec2:CreateSubnet',
      params: { VpcId: { ref: 'vpc' }, CidrBlock: cidr, AvailabilityZone: az },
      as: { [name]: 'Subnet.SubnetId' },
      note: `Create subnet ${name} (${cidr}, ${az}).`,
    });
    if (open) {
      actions.push({
        type: 'ec2:ModifySubnetAttribute',
        params: { SubnetId: { ref: name }, MapPublicIpOnLaunch: { Value: true } },
        note: `Give instances in ${name} a public IPv4 on launch.`,
      });
    }
  }
  if (options.internet) {
    actions.push(
      { type: 'ec2:CreateInternetGateway', params: {}, as: { igw: 'InternetGateway.InternetGatewayId' }, note: 'Create an internet gateway.' },
      { type: 'ec2:AttachInternetGateway', params: { InternetGatewayId: { ref: 'igw' }, VpcId: { ref: 'vpc' } }, note: 'Attach it.' },
      {
        type: 'ec2:DescribeRouteTables',
        params: { Filters: [{ Name: 'vpc-id', Values: [{ ref: 'vpc' }] }] },
        as: { mainRt: 'RouteTables.0.RouteTableId' },
        note: 'Find the main route table.',
      },
      {
        type: 'ec2:CreateRoute',
        params: { RouteTableId: { ref: 'mainRt' }, DestinationCidrBlock: '0.0.0.0/0', GatewayId: { ref: 'igw' } },
        note: 'Route the internet through the gateway.',
      },
    );
  }
  return actions;
}

/** The learner's own computer (and CloudShell), as the engine sees it on the internet (net/reachability.ts CLIENT_IP). */
const MY_IP = '203.0.113.25';

/**
 * What `ssh -i lab-key.pem ec2-user@<address>` needs besides a public address and a route: a key pair "lab-key" (its
 * .pem is in the terminal's home) and a security group "ssh-from-me" (bound as `sshSg`) admitting TCP 22 from the
 * learner's address only. `vpc` is the binding of the VPC; the default VPC when omitted.
 */
export function sshAccess(vpc?: string): LabAction[] {
  return [
    { type: 'ec2:CreateKeyPair', params: { KeyName: 'lab-key' }, note: 'A key pair, lab-key: its private key is lab-key.pem in your terminal.' },
    {
      type: 'ec2:CreateSecurityGroup',
      params: { GroupName: 'ssh-from-me', Description: 'SSH from my address', ...(vpc ? { VpcId: { ref: vpc } } : {}) },
      as: { sshSg: 'GroupId' },
      note: 'A security group for SSH.',
    },
    {
      type: 'ec2:AuthorizeSecurityGroupIngress',
      params: { GroupId: { ref: 'sshSg' }, IpPermissions: [{ IpProtocol: 'tcp', FromPort: 22, ToPort: 22, IpRanges: [{ CidrIp: `${MY_IP}/32` }] }] },
      note: 'It admits TCP 22 from your address only.',
    },
  ];
}

/**
 * The command lines a lab's text names, step by step (step id → lines), in the order a learner types them at the
 * terminal. src/terminal/inside-labs.test.ts types them against the lab's start world and checks that each line
 * appears word for word in the lab's text and that each step is done after its lines.
 */
export type TerminalScript = readonly (readonly [stepId: string, lines: readonly string[]])[];
